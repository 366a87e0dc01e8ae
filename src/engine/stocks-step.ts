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
  /** End-of-life magnets per application, in the order of `demand.apps`. */
  eolByApp: Float64Array[];
  maxResidual: number;
  minStock: number;
}

/**
 * The cohort model is linear in the inflow: a region's stock and outflow are its share of the application's, so each
 * application is solved once (not once per region; equal to the per-region solves up to rounding, ~1e-16 relative).
 */
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
    eolByApp: [],
    maxResidual: 0,
    minStock: Number.POSITIVE_INFINITY,
  };
  const stock = f.zeros();
  const outflow = f.zeros();
  for (const { id, app, d } of demand.apps) {
    const { survival, pdf } = lifetimes[id]!;
    const eol = f.zeros();
    convolve(T, pdf, 0, d, 0, eol, 0);
    out.eolByApp.push(eol);
    addTo(out.eolTotal, eol);
    if (f.bandsOnly) continue;
    inflowDriven(T, d, 0, survival, 0, stock, outflow, 0);
    let prev = 0;
    for (let t = 0; t < T; t++) {
      const res = d[t]! - outflow[t]! - (stock[t]! - prev);
      out.maxResidual = Math.max(out.maxResidual, Math.abs(res));
      prev = stock[t]!;
    }
    const appStock = f.zeros();
    for (const share of Object.values(app.regionShare))
      for (let t = 0; t < T; t++) {
        const st = stock[t]! * share;
        appStock[t]! += st;
        out.minStock = Math.min(out.minStock, st);
      }
    out.byApp[id] = appStock;
    addTo(out.total, appStock);
  }
  return out;
}
