/**
 * @module drawScenario: draw k of a scenario's Monte Carlo, the one way every caller (engine, CLI workers, check
 * layer) perturbs a scenario. Seeded by (seed, k), so any split of draws over workers gives the same draws.
 * - Each sampled value is clamped to the path's physical range (`leverBounds`); the draw says which were clamped.
 * - Draws change the future, not the record: where the path takes year points, years up to the base year keep their
 *   values and the change ramps in linearly, to the next later point or over `RAMP_YEARS` when the series has none,
 *   so the base year still reproduces in every draw. Constants without points (yields, lifetimes, GBD reduction)
 *   move every year.
 */
import { leverBounds } from "./lever-bounds.ts";
import { fromPoints, type Points } from "./points.ts";
import { createRandom, sample } from "./random.ts";
import type { Scenario } from "./scenario-schema.ts";

/** Years over which a perturbed constant ramps in after the base year. */
export const RAMP_YEARS = 5;

export interface Draw {
  scenario: Scenario;
  /** The sampled value of each uncertainty entry, in order (before clamping). */
  inputs: number[];
  /** Per uncertainty entry: true when the draw pushed some value outside its range and it was clamped. */
  clamped: boolean[];
}

/** Seed of draw k: a hash of (seed, k), so draws are independent of how they are split. */
export function drawSeed(seed: number, k: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(k + 1, 0xc2b2ae35);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) >>> 0;
}

const clampTo = (x: number, min: number, max: number) => Math.max(min, Math.min(x, max));

/** Applies one sampled value to `root` at `path`; returns whether anything had to be clamped. */
export function applyValue(root: Scenario, path: string, mode: "set" | "scale", value: number): boolean {
  const parts = path.split(".");
  const last = parts.pop()!;
  let o = root as unknown as Record<string, unknown>;
  for (const p of parts) o = o[p] as Record<string, unknown>;
  const b = leverBounds(path) ?? {
    min: Number.NEGATIVE_INFINITY,
    max: Number.POSITIVE_INFINITY,
    points: false,
  };
  const old = o[last] as Points;
  let clamped = false;
  const fit = (x: number) => {
    const c = clampTo(x, b.min, b.max);
    if (c !== x) clamped = true;
    return c;
  };
  const next = (x: number) => fit(mode === "set" ? value : x * value);
  if (!b.points) {
    o[last] = typeof old === "number" ? next(old) : mapPoints(old, next);
    return clamped;
  }
  const base = root.baseYear;
  const atBase = fromPoints(old, base, 1)[0]!;
  const out: Record<string, number> = {};
  let later = false;
  if (typeof old !== "number")
    for (const [y, x] of Object.entries(old)) {
      if (Number(y) < base) out[y] = x;
      else if (Number(y) > base) {
        out[y] = next(x);
        later = true;
      }
    }
  out[String(base)] = atBase;
  if (!later) out[String(base + RAMP_YEARS)] = next(atBase);
  o[last] = out;
  return clamped;
}

function mapPoints(p: Record<string, number>, f: (x: number) => number): Record<string, number> {
  return Object.fromEntries(Object.entries(p).map(([y, x]) => [y, f(x)]));
}

/**
 * Makes the objects along `path` (all but its last key) fresh shallow copies inside `root`, whose top level is already
 * a copy: applyValue then changes the copy only (copy on write instead of cloning the whole scenario).
 */
function copyPath(root: Scenario, path: string): void {
  const parts = path.split(".");
  parts.pop();
  let o = root as unknown as Record<string, unknown>;
  for (const p of parts) {
    const v = o[p];
    o[p] = Array.isArray(v) ? [...v] : { ...(v as object) };
    o = o[p] as Record<string, unknown>;
  }
}

/**
 * Draw k of the scenario's uncertainty list. The drawn scenario shares every part no uncertainty path touches with
 * `s` (copy on write): treat both as read-only, as the engine does.
 */
export function drawScenario(s: Scenario, seed: number, k: number): Draw {
  const rng = createRandom(drawSeed(seed, k));
  const scenario = { ...s };
  const inputs: number[] = [];
  const clamped: boolean[] = [];
  for (const u of s.uncertainty) {
    const v = sample(u.dist, rng);
    inputs.push(v);
    copyPath(scenario, u.path);
    clamped.push(applyValue(scenario, u.path, u.mode, v));
  }
  return { scenario, inputs, clamped };
}
