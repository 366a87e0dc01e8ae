/**
 * @module magnetSupplyStep: magnet production by country (ex-China capacity first, China the rest), export controls
 * (src/engine/export-controls.ts: withheld magnets are neither exported nor made in China; ex-China production lost
 * for want of controlled elements is not made either), China's magnet exports, stage shares and HHI per stage.
 */
import type { Demand } from "./demand-step.ts";
import type { Elements } from "./elements-step.ts";
import { applyExportControls, type ExportControlResult } from "./export-controls.ts";
import type { PrimarySupply } from "./primary-supply-step.ts";
import { addTo, type ScenarioFrame } from "./scenario-frame.ts";
import { hhi, magnetCapacityByCountry, sharesOf } from "./supply.ts";

export interface MagnetSupply {
  magnetProd: Record<string, Float64Array>;
  chinaExports: Float64Array;
  exportControls: ExportControlResult;
  stageShares: Record<string, Record<string, Float64Array>>;
  hhi: Record<string, Float64Array>;
}

export function magnetSupplyStep(
  f: ScenarioFrame,
  demand: Demand,
  elements: Elements,
  primary: PrimarySupply,
): MagnetSupply {
  const { s, first, T, P } = f;
  const { total, byRegion } = demand;
  const capBy = magnetCapacityByCountry(s, first, T, P, f.zeros);
  const exCap = f.zeros();
  for (const v of Object.values(capBy)) addTo(exCap, v);
  const magnetProd: Record<string, Float64Array> = { china: f.zeros() };
  const exChinaDemand = f.zeros();
  const china = byRegion.china;
  for (let t = 0; t < T; t++) exChinaDemand[t] = total[t]! - (china?.[t] ?? 0);
  for (const [c, cap] of Object.entries(capBy)) {
    const prod = f.zeros();
    for (let t = 0; t < T; t++)
      prod[t] = exCap[t]! > 0 ? (cap[t]! * Math.min(exCap[t]!, total[t]!)) / exCap[t]! : 0;
    magnetProd[c] = prod;
  }
  for (let t = 0; t < T; t++) magnetProd.china![t] = total[t]! - Math.min(exCap[t]!, total[t]!);
  const exProduction = f.zeros();
  for (let t = 0; t < T; t++) exProduction[t] = Math.min(exCap[t]!, total[t]!);
  const ec = applyExportControls({
    s,
    first,
    T,
    byRegion,
    inMagnetByRegion: elements.inMagnetByRegion,
    exProduction,
    exChinaDemand,
    oxidePerMagnetElement: 1 / s.levers.yields.magnet.value / s.levers.yields.metal.value,
    P,
    zeros: f.zeros,
  });
  const chinaExports = f.zeros();
  for (let t = 0; t < T; t++)
    chinaExports[t] = Math.max(0, exChinaDemand[t]! - exProduction[t]! - ec.withheldMagnets[t]!);
  for (let t = 0; t < T; t++) {
    magnetProd.china![t]! -= ec.withheldMagnets[t]!;
    const keep = exProduction[t]! > 0 ? 1 - ec.productionLoss[t]! / exProduction[t]! : 1;
    for (const c of Object.keys(capBy)) magnetProd[c]![t]! *= keep;
  }
  const pointsByCountry = (v: Record<string, Parameters<typeof P>[0]>) =>
    Object.fromEntries(Object.entries(v).map(([c, p]) => [c, P(p)]));
  const stageShares: Record<string, Record<string, Float64Array>> = {
    mining: sharesOf(primary.mine, T, f.zeros),
    separation: pointsByCountry(s.supply.stageShares.separation.value),
    metal: pointsByCountry(s.supply.stageShares.metal.value),
    magnet: sharesOf(magnetProd, T, f.zeros),
  };
  const hhiBy = Object.fromEntries(Object.entries(stageShares).map(([k, v]) => [k, hhi(v, T, f.zeros)]));
  return { magnetProd, chinaExports, exportControls: ec, stageShares, hhi: hhiBy };
}
