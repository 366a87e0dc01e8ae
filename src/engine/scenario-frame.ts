/** @module ScenarioFrame: the scenario and its year axis shared by every step of a run, with the series helpers. */
import type { APPLICATIONS } from "./ids.ts";
import { fromPoints, type Points } from "./points.ts";
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

export function scenarioFrame(s: Scenario): ScenarioFrame {
  const first = s.years.start;
  const T = s.years.end - first + 1;
  return { s, first, T, P: (p) => fromPoints(p, first, T), zeros: () => new Float64Array(T) };
}

/** acc += x · f, year by year. */
export function addTo(acc: Float64Array, x: Float64Array, f = 1): void {
  for (let t = 0; t < acc.length; t++) acc[t]! += x[t]! * f;
}
