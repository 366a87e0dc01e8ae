/**
 * @module closeMarket: demand (what users would buy) and consumption (what supply allows) kept apart, with one
 * closure rule. Recorded years (up to the base year) are data: supply is recorded output, and the model's gap there
 * is reported as `historyGap` (model error, undocumented output beyond the sourced share, inventory change), never
 * as unmet demand. After the base year the rule is supply-limited allocation: consumption = min(demand, supply) per
 * element; the shortfall is `unmetDemand` (t REO of that element) and `requiredNewSupply` the extra mine output
 * (t REO, at that year's basket grade) that would meet it. A surplus (co-product elements) is reported as `surplus`:
 * it stays unmined or stocked by producers, never a negative stock. Magnets: NdPr is the element without a
 * substitute in the alloy, so finished-magnet consumption = demand × (NdPr consumption / NdPr demand); Dy and Tb
 * shortfalls are reported as element tonnes only (grade switching absorbs them), so no tonne counts twice.
 */

export interface MarketInput {
  first: number;
  baseYear: number;
  /** t REO/yr per element: demand, and supply (primary + undocumented + secondary). */
  demand: Record<string, Float64Array>;
  supply: Record<string, Float64Array>;
  /** t REO mine output per element-tonne of supply (1 / grade), per year; 0 where the grade is 0. */
  minePerTonne: Record<string, Float64Array>;
  /** t finished magnet/yr. */
  magnetDemand: Float64Array;
  /** A zeroed series of the run's length (the run's series blocks); fresh arrays when absent. */
  zeros?: (() => Float64Array) | undefined;
}

export interface Market {
  consumption: Record<string, Float64Array>;
  unmetDemand: Record<string, Float64Array>;
  surplus: Record<string, Float64Array>;
  historyGap: Record<string, Float64Array>;
  requiredNewSupply: Record<string, Float64Array>;
  magnet: { demand: Float64Array; consumption: Float64Array; unmetDemand: Float64Array };
}

export function closeMarket(m: MarketInput): Market {
  const T = m.magnetDemand.length;
  const zeros = m.zeros ?? (() => new Float64Array(T));
  const out: Market = {
    consumption: {},
    unmetDemand: {},
    surplus: {},
    historyGap: {},
    requiredNewSupply: {},
    magnet: {
      demand: m.magnetDemand,
      consumption: zeros(),
      unmetDemand: zeros(),
    },
  };
  for (const [e, d] of Object.entries(m.demand)) {
    const s = m.supply[e]!;
    const c = zeros();
    const unmet = zeros();
    const surplus = zeros();
    const gap = zeros();
    const req = zeros();
    for (let t = 0; t < T; t++) {
      if (m.first + t <= m.baseYear) {
        c[t] = d[t]!;
        gap[t] = s[t]! - d[t]!;
        continue;
      }
      c[t] = Math.min(d[t]!, s[t]!);
      unmet[t] = d[t]! - c[t]!;
      surplus[t] = s[t]! - c[t]!;
      req[t] = unmet[t]! * (m.minePerTonne[e]?.[t] ?? 0);
    }
    Object.assign(out.consumption, { [e]: c });
    Object.assign(out.unmetDemand, { [e]: unmet });
    Object.assign(out.surplus, { [e]: surplus });
    Object.assign(out.historyGap, { [e]: gap });
    Object.assign(out.requiredNewSupply, { [e]: req });
  }
  const nd = m.demand.Nd;
  const pr = m.demand.Pr;
  for (let t = 0; t < T; t++) {
    const dem = (nd?.[t] ?? 0) + (pr?.[t] ?? 0);
    const con = (out.consumption.Nd?.[t] ?? 0) + (out.consumption.Pr?.[t] ?? 0);
    const met = dem > 0 ? con / dem : 1;
    out.magnet.consumption[t] = m.magnetDemand[t]! * met;
    out.magnet.unmetDemand[t] = m.magnetDemand[t]! - out.magnet.consumption[t]!;
  }
  return out;
}
