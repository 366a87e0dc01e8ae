/** @module scenarioOutput: the steps' typed arrays as the public ScenarioResult (plain arrays, JSON paths kept). */
import { blankFromFinished } from "../domain/mass-conversions.ts";
import { tonnesFinished as fin } from "../domain/mass.ts";
import type { Balance } from "./balance-step.ts";
import type { Demand } from "./demand-step.ts";
import type { Elements } from "./elements-step.ts";
import type { MagnetSupply } from "./magnet-supply-step.ts";
import type { PrimarySupply } from "./primary-supply-step.ts";
import type { Recycling } from "./recycling-step.ts";
import type { ScenarioFrame } from "./scenario-frame.ts";
import type { ScenarioResultOf } from "./scenario-result.ts";
import type { Stocks } from "./stocks-step.ts";

/** Every step's output of one run. */
export interface ScenarioSteps {
  demand: Demand;
  stocks: Stocks;
  elements: Elements;
  recycling: Recycling;
  primary: PrimarySupply;
  magnets: MagnetSupply;
  balance: Balance;
}

/**
 * The steps' arrays in the result's shape; `arr` turns each series into the output's kind (`Array.from` for the public
 * result, the typed array itself for a Monte Carlo draw, which only reads it).
 */
export function scenarioOutput<S extends ArrayLike<number>>(
  f: ScenarioFrame,
  x: ScenarioSteps,
  arr: (x: Float64Array) => S,
): ScenarioResultOf<S> {
  const rec = (o: Record<string, Float64Array>) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, arr(v)]));
  const { demand, stocks, elements, recycling, primary, magnets, balance } = x;
  const { market } = balance;
  const ec = magnets.exportControls;
  const yBlank = f.s.levers.yields.blank.value;
  return {
    id: f.s.id,
    years: Array.from({ length: f.T }, (_, t) => f.first + t),
    massBasis: "finished",
    demand: {
      total: arr(demand.total),
      blankBasis: arr(demand.total.map((v) => blankFromFinished(fin(v), yBlank))),
      byApplication: Object.fromEntries(demand.apps.map((a) => [a.id, arr(a.ndfeb)])),
      byTechnology: rec(demand.byTech),
      byRegion: rec(demand.byRegion),
      byMagnetType: {
        sintered_ndfeb: arr(demand.types.sintered_ndfeb),
        bonded_ndfeb: arr(demand.types.bonded_ndfeb),
        smco: arr(demand.types.smco),
        substituted: arr(demand.types.substituted),
      },
    },
    elements: { inMagnet: rec(elements.inMagnet), reo: rec(balance.reo), reoTotal: arr(balance.reoTotal) },
    stock: { byApplication: rec(stocks.byApp), total: arr(stocks.total) },
    eol: { total: arr(stocks.eolTotal), byElement: rec(elements.eolByEl) },
    recycling: {
      byElement: rec(recycling.recycled),
      total: arr(recycling.recycledTotal),
      collected: arr(recycling.collected),
      feed: arr(recycling.feed),
      preConsumer: rec(recycling.preConsumer),
    },
    supply: {
      mineTotal: arr(primary.mineTotal),
      mineByCountry: rec(primary.mine),
      primaryByElement: rec(primary.primary),
      primaryByCountry: rec(primary.primaryByCountry),
      unrecordedByElement: rec(primary.unrecorded),
      undocumentedTotal: arr(primary.undocumentedTotal),
      stageShares: Object.fromEntries(Object.entries(magnets.stageShares).map(([k, v]) => [k, rec(v)])),
      hhi: rec(magnets.hhi),
      chinaMagnetProduction: arr(magnets.magnetProd.china!),
      chinaMagnetExports: arr(magnets.chinaExports),
    },
    balance: rec(balance.balance),
    market: {
      consumption: rec(market.consumption),
      unmetDemand: rec(market.unmetDemand),
      surplus: rec(market.surplus),
      historyGap: rec(market.historyGap),
      requiredNewSupply: rec(market.requiredNewSupply),
      magnet: {
        demand: arr(market.magnet.demand),
        consumption: arr(market.magnet.consumption),
        unmetDemand: arr(market.magnet.unmetDemand),
      },
    },
    requiredMine: rec(balance.required),
    exportControls: {
      shortfall: rec(ec.shortfall),
      stockpileRelease: rec(ec.stockpileRelease),
      withheldMagnets: arr(ec.withheldMagnets),
      exChinaProductionLoss: arr(ec.productionLoss),
      unmetMagnetDemand: arr(ec.unmetMagnetDemand),
    },
    checks: {
      maxMassBalanceResidual: stocks.maxResidual,
      minStock: Number.isFinite(stocks.minStock) ? stocks.minStock : 0,
    },
  };
}
