/**
 * @module balanceStep: demand in REO (magnet elements through the magnet and metal yields, plus non-magnet uses), the
 * element balance (supply − demand, the basket problem), the mine output each element alone would require, and the
 * market closure (src/engine/market.ts).
 */
import { OXIDE_PER_ELEMENT } from "../domain/mass-conversions.ts";
import type { Demand } from "./demand-step.ts";
import type { Elements } from "./elements-step.ts";
import { RE_ELEMENTS } from "./ids.ts";
import { closeMarket, type Market } from "./market.ts";
import type { PrimarySupply } from "./primary-supply-step.ts";
import type { Recycling } from "./recycling-step.ts";
import { addTo, type ScenarioFrame } from "./scenario-frame.ts";

export interface Balance {
  reo: Record<string, Float64Array>;
  reoTotal: Float64Array;
  balance: Record<string, Float64Array>;
  required: Record<string, Float64Array>;
  market: Market;
}

export function balanceStep(
  f: ScenarioFrame,
  demand: Demand,
  elements: Elements,
  recycling: Recycling,
  supply: PrimarySupply,
): Balance {
  const { s, P } = f;
  const L = s.levers;
  const yMag = L.yields.magnet.value;
  const yMet = L.yields.metal.value;
  const { primary, unrecorded, mineTotal } = supply;
  const { recycled } = recycling;
  const reo: Record<string, Float64Array> = {};
  const reoTotal = f.zeros();
  const balance: Record<string, Float64Array> = {};
  const available: Record<string, Float64Array> = {};
  const minePerTonne: Record<string, Float64Array> = {};
  const required: Record<string, Float64Array> = {};
  for (const e of RE_ELEMENTS) {
    const other = P(L.nonMagnetDemand.value[e] ?? 0);
    const ox = OXIDE_PER_ELEMENT[e];
    const inMagnet = elements.inMagnet[e]!;
    const [pri, unrec, rec] = [primary[e]!, unrecorded[e]!, recycled[e]!];
    const r = f.zeros();
    const av = f.zeros();
    const bal = f.zeros();
    for (let t = 0; t < f.T; t++) {
      r[t] = (inMagnet[t]! / yMag / yMet) * ox + other[t]!;
      av[t] = pri[t]! + unrec[t]! + rec[t]!;
      bal[t] = av[t]! - r[t]!;
    }
    reo[e] = r;
    addTo(reoTotal, r);
    available[e] = av;
    balance[e] = bal;
    if (f.bandsOnly) continue; // the mine output each element would require: not in a band
    minePerTonne[e] = primary[e]!.map((x, t) => (x > 0 ? mineTotal[t]! / x : 0));
    required[e] = reo[e]!.map((x, t) => {
      const grade = mineTotal[t]! > 0 ? primary[e]![t]! / mineTotal[t]! : 0;
      return grade > 0 ? Math.max(0, x - recycled[e]![t]! - unrecorded[e]![t]!) / grade : 0;
    });
  }
  const market = closeMarket({
    first: f.first,
    baseYear: s.baseYear,
    demand: reo,
    supply: available,
    minePerTonne,
    magnetDemand: demand.total,
    zeros: f.zeros,
  });
  return { reo, reoTotal, balance, required, market };
}
