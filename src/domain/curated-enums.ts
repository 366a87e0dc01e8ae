/** @module The closed vocabularies of the curated tables, without zod, so the dashboard can offer them as filters. */

/** Stages of a capacity project. */
export const STAGES = ["mining", "separation", "metal_alloy", "magnet", "recycling"] as const;
/** Statuses of a capacity project. */
export const PROJECT_STATUSES = [
  "operating",
  "commissioning",
  "construction",
  "planned",
  "uncertain",
  "unknown",
] as const;
/** Instruments of a policy event. */
export const INSTRUMENTS = [
  "export_control",
  "suspension",
  "licence",
  "funding",
  "regulation",
  "tariff",
  "price_floor",
  "stockpile",
  "trade_agreement",
  "production_quota",
  "investigation",
  "offtake",
  "other",
] as const;
/** Statuses of a policy event. */
export const POLICY_STATUSES = [
  "in_force",
  "suspended",
  "expired",
  "planned",
  "completed",
  "superseded",
  "reported",
] as const;
/** Kinds of market estimate: market value (MV-), volume (DM-), humanoid robots (HR-). */
export const ESTIMATE_KINDS = ["market_value", "volume", "humanoid"] as const;
