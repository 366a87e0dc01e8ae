/**
 * @module stocksStep: in-use stock per application from its regional cohort models (inflow-driven), the end-of-life
 * outflow of magnets, and the mass-balance checks (largest |inflow − outflow − Δstock|, lowest regional stock).
 */
import type { Demand } from "./demand-step.ts";
import type { Lifetimes } from "./lifetimes-step.ts";
import { type ApplicationId, addTo, type ScenarioFrame } from "./scenario-frame.ts";
import { convolve, inflowDriven } from "./stock-flow.ts";

export interface Stocks {
  byApp: Record<string, Float64Array>;
  total: Float64Array;
  /** End-of-life magnets (NdFeB and SmCo), t finished/yr. */
  eolTotal: Float64Array;
  maxResidual: number;
  minStock: number;
}

export function stocksStep(
  f: ScenarioFrame,
  demand: Demand,
  lifetimes: Partial<Record<ApplicationId, Lifetimes>>,
): Stocks {
  const { T } = f;
  const out: Stocks = {
    byApp: {},
    total: f.zeros(),
    eolTotal: f.zeros(),
    maxResidual: 0,
    minStock: Number.POSITIVE_INFINITY,
  };
  const inflowR = f.zeros();
  const stockR = f.zeros();
  const outR = f.zeros();
  for (const { id, app, d } of demand.apps) {
    const { survival, pdf } = lifetimes[id]!;
    const appStock = f.zeros();
    for (const share of Object.values(app.regionShare)) {
      for (let t = 0; t < T; t++) inflowR[t] = d[t]! * share;
      inflowDriven(T, inflowR, 0, survival, 0, stockR, outR, 0);
      addTo(appStock, stockR);
      let prev = 0;
      for (let t = 0; t < T; t++) {
        const res = inflowR[t]! - outR[t]! - (stockR[t]! - prev);
        out.maxResidual = Math.max(out.maxResidual, Math.abs(res));
        out.minStock = Math.min(out.minStock, stockR[t]!);
        prev = stockR[t]!;
      }
    }
    out.byApp[id] = appStock;
    addTo(out.total, appStock);
    convolve(T, pdf, 0, d, 0, outR, 0);
    addTo(out.eolTotal, outR);
  }
  return out;
}
