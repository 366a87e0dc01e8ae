/** @module Identifiers of applications, regions and elements (no dependencies, so worker bundles stay small). */

export const APPLICATIONS = [
  "ev_traction",
  "ev_commercial",
  "auto_micromotors",
  "wind",
  "humanoid_robots",
  "industrial_robots",
  "industrial_motors",
  "hvac_compressors",
  "consumer_electronics",
  "e_bikes",
  "other",
] as const;
export type ApplicationId = (typeof APPLICATIONS)[number];
export const REGIONS = [
  "china",
  "japan",
  "korea",
  "europe",
  "north_america",
  "india",
  "southeast_asia",
  "rest_of_world",
] as const;
export type RegionId = (typeof REGIONS)[number];
export const ELEMENTS = ["Nd", "Pr", "Dy", "Tb", "B", "Sm", "Co"] as const;
export type ElementId = (typeof ELEMENTS)[number];
/** Rare-earth elements whose oxide (REO) equivalents are reported and balanced. */
export const RE_ELEMENTS = ["Nd", "Pr", "Dy", "Tb", "Sm"] as const;
export const STAGES = ["mining", "separation", "metal", "magnet"] as const;
