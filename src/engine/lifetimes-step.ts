/** @module lifetimesStep: survival by age and the outflow-by-age shares of each application's lifetime. */
import { APPLICATIONS } from "./ids.ts";
import { survivalByAge } from "./lifetimes.ts";
import type { ApplicationId, ScenarioFrame } from "./scenario-frame.ts";
import { outflowByAge } from "./stock-flow.ts";

export interface Lifetimes {
  /** S(k), the share of a cohort still in use at age k, k = 0..T−1. */
  survival: Float64Array;
  /** Outflow-by-age shares: pdf[0] = 1 − S(0), pdf[k] = S(k−1) − S(k). */
  pdf: Float64Array;
}

export function lifetimesStep(f: ScenarioFrame): Partial<Record<ApplicationId, Lifetimes>> {
  const out: Partial<Record<ApplicationId, Lifetimes>> = {};
  for (const a of APPLICATIONS) {
    const app = f.s.applications[a];
    if (!app) continue;
    const survival = f.zeros();
    const pdf = f.zeros();
    survivalByAge(app.lifetime, f.T, survival);
    outflowByAge(f.T, survival, 0, pdf, 0);
    out[a] = { survival, pdf };
  }
  return out;
}
