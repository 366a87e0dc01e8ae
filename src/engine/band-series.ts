/**
 * @module bandSeries: the series a Monte Carlo keeps per draw for its bands, read from a run's result or, in a draw,
 * straight from the steps' arrays (`bandView`: no result object is built), and `readOutput` for a sensitivity output.
 */
import type { ScenarioSteps } from "./scenario-output.ts";
import type { ScenarioResultOf } from "./scenario-result.ts";

/** The parts of a result the bands read. */
export type BandView<S extends ArrayLike<number>> = {
  demand: Pick<ScenarioResultOf<S>["demand"], "total" | "byApplication">;
  elements: Pick<ScenarioResultOf<S>["elements"], "reo" | "reoTotal">;
  balance: ScenarioResultOf<S>["balance"];
  recycling: Pick<ScenarioResultOf<S>["recycling"], "byElement">;
  exportControls: Pick<ScenarioResultOf<S>["exportControls"], "shortfall">;
  supply: Pick<ScenarioResultOf<S>["supply"], "chinaMagnetExports" | "hhi" | "stageShares">;
  market: { unmetDemand: Record<string, S>; magnet: { unmetDemand: S } };
};

/** The band parts of a run, over the steps' own arrays: the same series `scenarioOutput` puts at those paths. */
export function bandView(x: ScenarioSteps): BandView<Float64Array> {
  return {
    demand: {
      total: x.demand.total,
      byApplication: Object.fromEntries(x.demand.apps.map((a) => [a.id, a.ndfeb])),
    },
    elements: { reo: x.balance.reo, reoTotal: x.balance.reoTotal },
    balance: x.balance.balance,
    recycling: { byElement: x.recycling.recycled },
    exportControls: { shortfall: x.magnets.exportControls.shortfall },
    supply: {
      chinaMagnetExports: x.magnets.chinaExports,
      hhi: x.magnets.hhi,
      stageShares: x.magnets.stageShares,
    },
    market: {
      unmetDemand: x.balance.market.unmetDemand,
      magnet: { unmetDemand: x.balance.market.magnet.unmetDemand },
    },
  };
}

/**
 * The series that get bands: totals, each application, REO and balance per element, recycling, exports, unmet
 * demand, HHI per stage and China's share of each stage.
 */
export function bandSeries<S extends ArrayLike<number>>(r: BandView<S>): Record<string, S> {
  const out: Record<string, S> = {
    "demand.total": r.demand.total,
    "elements.reoTotal": r.elements.reoTotal,
  };
  for (const [k, v] of Object.entries(r.demand.byApplication)) out[`demand.byApplication.${k}`] = v;
  for (const [k, v] of Object.entries(r.elements.reo)) out[`elements.reo.${k}`] = v;
  for (const [k, v] of Object.entries(r.balance)) out[`balance.${k}`] = v;
  for (const [k, v] of Object.entries(r.recycling.byElement)) out[`recycling.byElement.${k}`] = v;
  for (const [k, v] of Object.entries(r.exportControls.shortfall)) out[`exportControls.shortfall.${k}`] = v;
  out["supply.chinaMagnetExports"] = r.supply.chinaMagnetExports;
  for (const [k, v] of Object.entries(r.market.unmetDemand)) out[`market.unmetDemand.${k}`] = v;
  out["market.magnet.unmetDemand"] = r.market.magnet.unmetDemand;
  for (const [k, v] of Object.entries(r.supply.hhi)) out[`supply.hhi.${k}`] = v;
  for (const [stage, shares] of Object.entries(r.supply.stageShares))
    if (shares.china) out[`supply.stageShares.${stage}.china`] = shares.china;
  return out;
}

/** Reads `balance.Dy.2035` style outputs: a series path then a year. */
export function readOutput(r: ScenarioResultOf<ArrayLike<number>>, output: string): number {
  const parts = output.split(".");
  const year = Number(parts.pop());
  let v: unknown = r;
  for (const p of parts) v = (v as Record<string, unknown>)?.[p];
  const i = year - r.years[0]!;
  const x = Array.isArray(v) || ArrayBuffer.isView(v) ? (v as ArrayLike<number>)[i] : undefined;
  if (typeof x !== "number") throw new Error(`invalid sensitivity output: ${output}`);
  return x;
}
