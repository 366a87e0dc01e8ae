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
export type PointsCache = WeakMap<object, PointPairs>;

export function scenarioFrame(s: Scenario, cache?: PointsCache): ScenarioFrame {
  const first = s.years.start;
  const T = s.years.end - first + 1;
  const P = (p: Points) => {
    const out = new Float64Array(T);
    if (typeof p === "number") return out.fill(p);
    let pairs = cache?.get(p);
    if (!pairs) {
      pairs = pointPairs(p);
      cache?.set(p, pairs);
    }
    return fromPointPairs(pairs, first, T, out);
  };
  return { s, first, T, P, zeros: () => new Float64Array(T) };
}

/** acc += x · f, year by year. */
export function addTo(acc: Float64Array, x: Float64Array, f = 1): void {
  for (let t = 0; t < acc.length; t++) acc[t]! += x[t]! * f;
}
