/**
 * @module primarySupplyStep: mine output by country × element basket = primary REO per element (the ionic-clay part of
 * a country's output on its own basket), primary REO by country, and undocumented output, official × u / (1 − u) with
 * u the sourced share of actual output that official figures omit, at the country's average grade that year.
 */
import { RE_ELEMENTS } from "./ids.ts";
import { addTo, type ScenarioFrame } from "./scenario-frame.ts";
import { mineByCountry } from "./supply.ts";

export interface PrimarySupply {
  mine: Record<string, Float64Array>;
  mineTotal: Float64Array;
  /** t REO/yr per element. */
  primary: Record<string, Float64Array>;
  primaryByCountry: Record<string, Float64Array>;
  undocumentedTotal: Float64Array;
  unrecorded: Record<string, Float64Array>;
}

export function primarySupplyStep(f: ScenarioFrame): PrimarySupply {
  const { s, first, T, P } = f;
  const mine = mineByCountry(s, first, T, P);
  const mineTotal = f.zeros();
  for (const v of Object.values(mine)) addTo(mineTotal, v);
  const basket = s.supply.basket.value;
  const primary: Record<string, Float64Array> = {};
  const ionic = s.supply.ionicClay;
  const ionicT = ionic && mine[ionic.country] ? P(ionic.tonnes) : f.zeros();
  if (ionic && mine[ionic.country]) {
    const m = mine[ionic.country]!;
    for (let t = 0; t < T; t++) ionicT[t] = Math.min(ionicT[t]!, m[t]!);
  }
  for (const e of RE_ELEMENTS) {
    primary[e] = f.zeros();
    for (const [c, v] of Object.entries(mine)) addTo(primary[e]!, v, (basket[c] ?? basket.default)?.[e] ?? 0);
    // the ionic-clay part of a country's output takes its own basket instead of the country's
    if (ionic)
      addTo(
        primary[e]!,
        ionicT,
        (ionic.basket[e] ?? 0) - ((basket[ionic.country] ?? basket.default)?.[e] ?? 0),
      );
  }
  // primary REO of the balanced elements by country (ionic clay inside its country), for flow charts
  const primaryByCountry: Record<string, Float64Array> = {};
  for (const [c, v] of f.bandsOnly ? [] : Object.entries(mine)) {
    const b = basket[c] ?? basket.default ?? {};
    const g = RE_ELEMENTS.reduce((a, e) => a + (b[e] ?? 0), 0);
    const own = ionic?.country === c;
    const gi = own ? RE_ELEMENTS.reduce((a, e) => a + (ionic.basket[e] ?? 0), 0) : g;
    primaryByCountry[c] = v.map((x, t) => (own ? (x - ionicT[t]!) * g + ionicT[t]! * gi : x * g));
  }
  const undoc = s.supply.undocumented;
  const uFactor = undoc ? P(undoc.value) : f.zeros();
  if (undoc) for (let t = 0; t < T; t++) uFactor[t] = uFactor[t]! / (1 - uFactor[t]!);
  const undocMine = (undoc && mine[undoc.country]) || f.zeros();
  const undocumentedTotal = f.zeros();
  for (let t = 0; t < T; t++) undocumentedTotal[t] = undocMine[t]! * uFactor[t]!;
  const unrecorded: Record<string, Float64Array> = {};
  for (const e of RE_ELEMENTS) {
    const lightGrade = undoc ? ((basket[undoc.country] ?? basket.default)?.[e] ?? 0) : 0;
    const ionicGrade =
      ionic && undoc && ionic.country === undoc.country ? (ionic.basket[e] ?? 0) : lightGrade;
    const un = f.zeros();
    for (let t = 0; t < T; t++) {
      const m = undocMine[t]!;
      const share = m > 0 ? ionicT[t]! / m : 0;
      un[t] = undocumentedTotal[t]! * ((1 - share) * lightGrade + share * ionicGrade);
    }
    unrecorded[e] = un;
  }
  return { mine, mineTotal, primary, primaryByCountry, undocumentedTotal, unrecorded };
}
