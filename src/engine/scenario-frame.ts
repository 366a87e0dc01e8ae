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
}

/**
 * Parsed year points by points object, kept across the draws of a Monte Carlo batch: a draw shares every points object
 * no uncertainty path touches with the base scenario, so each is sorted once per batch, not once per draw. The series
 * are still written fresh on every call.
 */
/** Series per allocated block. */
const ARENA_SERIES = 64;

export type PointsCache = WeakMap<object, PointPairs>;

export function scenarioFrame(s: Scenario, cache?: PointsCache): ScenarioFrame {
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
    let pairs = cache?.get(p);
    if (!pairs) {
      pairs = pointPairs(p);
      cache?.set(p, pairs);
    }
    return fromPointPairs(pairs, first, T, out);
  };
  return { s, first, T, P, zeros };
}

/** acc += x · f, year by year. */
export function addTo(acc: Float64Array, x: Float64Array, f = 1): void {
  for (let t = 0; t < acc.length; t++) acc[t]! += x[t]! * f;
}
