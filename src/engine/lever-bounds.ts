/**
 * @module leverBounds: the physical range of every number an `uncertainty` path can reach, mirroring
 * `ScenarioSchema` (a test keeps the two equal). Monte Carlo draws are clamped to it, and a distribution whose
 * support lies outside it is refused. Also says whether the path takes year points (so a draw can start after the
 * base year). No zod here: the worker bundle stays small.
 */

export interface LeverBounds {
  min: number;
  max: number;
  /** The schema accepts {year: value} points at this path (a draw may then change only later years). */
  points: boolean;
}

/** Largest magnitude any scenario number may take (t, units or kg per year); keeps every product finite. */
export const MAX_QUANTITY = 1e12;
/** Lifetimes (years) and Weibull shapes: outside these no stock model makes physical sense. */
export const LIFETIME_YEARS = { min: 0.5, max: 200 } as const;
export const WEIBULL_SHAPE = { min: 0.1, max: 50 } as const;

const SHARE: LeverBounds = { min: 0, max: 1, points: false };
const SHARE_POINTS: LeverBounds = { min: 0, max: 1, points: true };
const QUANTITY_POINTS: LeverBounds = { min: 0, max: MAX_QUANTITY, points: true };

/** Bounds of the number(s) at a dotted scenario path, or undefined when the path holds no lever number. */
export function leverBounds(path: string): LeverBounds | undefined {
  const p = path.split(".");
  const last = p.at(-1)!;
  if (p[0] === "applications") {
    if (p[2] === "technologies") {
      if (last === "share" || last === "pmShare") return SHARE_POINTS;
      if (last === "kgPerUnit") return QUANTITY_POINTS;
    }
    if (p[2] === "activity" && last === "points") return QUANTITY_POINTS;
    if (p[2] === "stockTarget") return QUANTITY_POINTS;
    if (p[2] === "lifetime") {
      if (last === "mean" || last === "std") return { ...LIFETIME_YEARS, points: false };
      if (last === "shape") return { ...WEIBULL_SHAPE, points: false };
    }
    if (p[2] === "composition" || p[2] === "regionShare" || last === "bondedShare" || last === "smcoShare")
      return SHARE;
    return undefined;
  }
  if (p[0] === "levers") {
    if (p[1] === "thrifting") return { min: 0, max: 0.2, points: false };
    if (p[1] === "substitution" || p[1] === "recycling") return SHARE_POINTS;
    if (p[1] === "gbd") return p[2] === "share" ? SHARE_POINTS : SHARE;
    if (p[1] === "yields") return SHARE;
    if (p[1] === "exportControls") return SHARE_POINTS;
    if (p[1] === "nonMagnetDemand") return QUANTITY_POINTS;
    return undefined;
  }
  if (p[0] === "supply") {
    if (p[1] === "mine") {
      if (p[2] === "growth") return { min: -0.5, max: 0.5, points: true };
      if (p[2] === "history") return QUANTITY_POINTS;
      if (p[2] === "projects")
        return last === "capacity" ? { min: 0, max: MAX_QUANTITY, points: false } : undefined;
    }
    if (p[1] === "basket") return SHARE;
    if (p[1] === "stageShares") return SHARE_POINTS;
    if (p[1] === "magnetCapacityExChina") return QUANTITY_POINTS;
    if (p[1] === "ionicClay")
      return p[2] === "tonnes" ? QUANTITY_POINTS : p[2] === "basket" ? SHARE : undefined;
    if (p[1] === "undocumented" && last === "value") return { min: 0, max: 0.9, points: true };
    if (p[1] === "projectStatus" && p[2] === "weight") return SHARE;
  }
  return undefined;
}
