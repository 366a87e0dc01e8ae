/** @module Readable names for the engine's identifiers: applications, stages, regions, and input/output paths. */

export const APPLICATION_LABEL: Record<string, string> = {
  ev_traction: "EV traction",
  ev_commercial: "EV vans, buses, trucks",
  auto_micromotors: "Auto micromotors",
  wind: "Wind",
  humanoid_robots: "Humanoid robots",
  industrial_robots: "Industrial robots",
  industrial_motors: "Industrial motors",
  hvac_compressors: "HVAC compressors",
  consumer_electronics: "Consumer electronics",
  e_bikes: "E-bikes",
  other: "Other",
};

export const STAGE_LABEL: Record<string, string> = {
  mining: "Mining",
  separation: "Separation (oxide)",
  metal: "Metal and alloy",
  magnet: "Magnet making",
};

const WORDS: Record<string, string> = {
  ...APPLICATION_LABEL,
  ...STAGE_LABEL,
  china: "China",
  japan: "Japan",
  korea: "Korea",
  europe: "Europe",
  north_america: "North America",
  india: "India",
  southeast_asia: "Southeast Asia",
  rest_of_world: "Rest of world",
  default: "other countries",
  bev: "BEV",
  phev: "PHEV",
  hev: "HEV",
  dd: "direct-drive",
  mspm: "medium-speed PM",
  kgPerUnit: "magnet kg per unit",
  share: "share",
  pmShare: "permanent-magnet share",
  points: "",
  activity: "activity",
  hreReduction: "heavy-RE cut by grain-boundary diffusion",
  gbd: "",
  collection: "end-of-life collection rate",
  recovery: "recovery rate",
  recycling: "",
  thrifting: "thrifting (annual kg/unit cut)",
  growth: "growth",
  mine: "mine output",
  supply: "",
  levers: "",
  applications: "",
  technologies: "",
  value: "",
  balance: "balance",
  shortfall: "export-control shortfall",
  exportControls: "",
};

/** `applications.wind.technologies.dd.share` -> "Wind · direct-drive · share" (unknown parts kept as written). */
export function readablePath(path: string, mode?: "set" | "scale"): string {
  const parts = path
    .split(".")
    .map((p) => (p in WORDS ? WORDS[p]! : p.replace(/_/g, " ")))
    .filter(Boolean);
  const text = parts.join(" · ");
  return mode === "scale" ? `${text} (scaled)` : text;
}

/** `balance.Dy.2035` -> "Dy balance in 2035". */
export function readableOutput(output: string): string {
  const parts = output.split(".");
  const year = /^\d{4}$/.test(parts.at(-1) ?? "") ? parts.pop() : undefined;
  const [head, ...rest] = parts;
  const name = `${rest.join(" ")} ${WORDS[head ?? ""] || head}`.trim();
  return year ? `${name} in ${year}` : name;
}
