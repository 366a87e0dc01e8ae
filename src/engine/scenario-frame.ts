/** @module ScenarioFrame: the scenario and its year axis shared by every step of a run, with the series helpers. */
import type { APPLICATIONS } from "./ids.ts";
import { fromPointPairs, type PointPairs, type Points, pointPairs } from "./points.ts";
import type { Scenario } from "./scenario-schema.ts";

export type ApplicationId = (typeof APPLICATIONS)[number];
export type Application = NonNullable<Scenario["applications"][ApplicationId]>;

export interface ScenarioFrame {
  s: Scenario;
  /** First year and number of years: index t is year first + t. */
  first: number;
  T: number;
  /** A constant or year points as a series over the frame's years. */
  P(p: Points): Float64Array;
  zeros(): Float64Array;
  /** The batch's cache, when the run is one draw of a Monte Carlo batch. */
  cache?: RunCache | undefined;
  /**
   * Compute only what a Monte Carlo band reads (`bandSeries`, src/engine/band-series.ts): the parts nobody reads in a
   * draw (by-technology demand, stocks by application and the stock checks, primary REO by country, pre-consumer scrap,
   * required mine output) are left empty. Every part computed is computed exactly as in a full run.
   */
  bandsOnly: boolean;
}

/** Series per allocated block. */
const ARENA_SERIES = 64;

/**
 * What a Monte Carlo batch keeps across its draws; a draw shares every object no uncertainty path touches with the base
 * scenario (copy on write), so work keyed by those objects is done once per batch, not once per draw:
 * - `points`: parsed year points by points object (the series are still written fresh on every call);
 * - `techProduct`: per technology object, activity × share × PM share × kg/unit over the years (see demandStep).
 */
export interface RunCache {
  points: WeakMap<object, PointPairs>;
  techProduct: WeakMap<object, TechProduct>;
  /** Set once the batch knows its sensitivity output is a band series: the draws then compute the bands only. */
  bandsOnly: boolean;
}
/** A technology's draw-invariant demand product, valid while the application's activity points are `activity`. */
export interface TechProduct {
  activity: Points;
  first: number;
  product: Float64Array;
}
export const runCache = (): RunCache => ({
  points: new WeakMap(),
  techProduct: new WeakMap(),
  bandsOnly: false,
});

export function scenarioFrame(s: Scenario, cache?: RunCache): ScenarioFrame {
  const first = s.years.start;
  const T = s.years.end - first + 1;
  // series are views into blocks of ARENA_SERIES series: one allocation per block, not one per series
  let block = new Float64Array(0);
  let used = 0;
  const zeros = () => {
    if (used === block.length) {
      block = new Float64Array(T * ARENA_SERIES);
      used = 0;
    }
    used += T;
    return block.subarray(used - T, used);
  };
  const P = (p: Points) => {
    const out = zeros();
    if (typeof p === "number") return out.fill(p);
    let pairs = cache?.points.get(p);
    if (!pairs) {
      pairs = pointPairs(p);
      cache?.points.set(p, pairs);
    }
    return fromPointPairs(pairs, first, T, out);
  };
  return { s, first, T, P, zeros, cache, bandsOnly: cache?.bandsOnly ?? false };
}

/** acc += x · f, year by year. */
export function addTo(acc: Float64Array, x: Float64Array, f = 1): void {
  for (let t = 0; t < acc.length; t++) acc[t]! += x[t]! * f;
}
