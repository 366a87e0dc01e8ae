/**
 * @module runScenario: demand → elements → stocks and end of life → supply and balance, for one scenario.
 * Pure and deterministic. Longer than house style (≈250 lines) because the steps share year buffers;
 * each step is a commented block in the order of docs/model.md. Mass basis: finished NdFeB magnet (t);
 * elements in t element; REO in t oxide.
 */
import { fromPoints } from "./points.ts";
import { survivalByAge } from "./lifetimes.ts";
import { convolve, inflowDriven, outflowByAge, stockDriven } from "./stock-flow.ts";
import { APPLICATIONS, RE_ELEMENTS } from "./ids.ts";
import type { Scenario } from "./scenario-schema.ts";
import { applyExportControls } from "./export-controls.ts";
import { closeMarket } from "./market.ts";
import { hhi, magnetCapacityByCountry, mineByCountry, sharesOf } from "./supply.ts";
import { blankFromFinished, elementInMagnet, OXIDE_PER_ELEMENT } from "../domain/mass-conversions.ts";
import { tonnesFinished as fin } from "../domain/mass.ts";

/** Sm₂Co₁₇ magnet composition (textbook; domain-parameters §2.1 marks it U): Sm 25%, Co 50%. */
const SMCO = { Sm: 0.25, Co: 0.5 };
const MAGNET_ELEMENTS = ["Nd", "Pr", "Dy", "Tb", "B"] as const;

export type Series = number[];
export interface ScenarioResult {
  id: string;
  years: number[];
  massBasis: "finished";
  demand: {
    total: Series;
    blankBasis: Series;
    byApplication: Record<string, Series>;
    byTechnology: Record<string, Series>;
    byRegion: Record<string, Series>;
    byMagnetType: { sintered_ndfeb: Series; bonded_ndfeb: Series; smco: Series; substituted: Series };
  };
  elements: { inMagnet: Record<string, Series>; reo: Record<string, Series>; reoTotal: Series };
  stock: { byApplication: Record<string, Series>; total: Series };
  eol: { total: Series; byElement: Record<string, Series> };
  recycling: { byElement: Record<string, Series>; total: Series };
  supply: {
    mineTotal: Series;
    mineByCountry: Record<string, Series>;
    primaryByElement: Record<string, Series>;
    /**
     * Undocumented output (t REO per element) of `supply.undocumented.country`: official × u / (1 − u) with u the
     * sourced undocumented share. Kept under this name (it held a fitted calibration term before 2026-12).
     */
    unrecordedByElement: Record<string, Series>;
    /** All undocumented output, t REO (not in `mineTotal`, which stays the published USGS figure). */
    undocumentedTotal: Series;
    stageShares: Record<string, Record<string, Series>>;
    hhi: Record<string, Series>;
    chinaMagnetProduction: Series;
    chinaMagnetExports: Series;
  };
  /** Supply − demand per element (t REO), signed; see `market` for how a gap is read. */
  balance: Record<string, Series>;
  market: {
    consumption: Record<string, Series>;
    unmetDemand: Record<string, Series>;
    surplus: Record<string, Series>;
    historyGap: Record<string, Series>;
    requiredNewSupply: Record<string, Series>;
    magnet: { demand: Series; consumption: Series; unmetDemand: Series };
  };
  requiredMine: Record<string, Series>;
  /** Gross shortfalls by item (t finished magnet or t REO), stockpile releases, and the consequences (t finished). */
  exportControls: {
    shortfall: Record<string, Series>;
    stockpileRelease: Record<string, Series>;
    withheldMagnets: Series;
    exChinaProductionLoss: Series;
    unmetMagnetDemand: Series;
  };
  checks: { maxMassBalanceResidual: number; minStock: number };
}

const arr = (x: Float64Array): Series => Array.from(x);
const add = (acc: Float64Array, x: Float64Array, f = 1) => {
  for (let t = 0; t < acc.length; t++) acc[t]! += x[t]! * f;
};

/** Runs one scenario (already validated by parseScenario). */
export function runScenario(s: Scenario): ScenarioResult {
  const first = s.years.start;
  const T = s.years.end - first + 1;
  const L = s.levers;
  const P = (p: Parameters<typeof fromPoints>[0]) => fromPoints(p, first, T);
  const zeros = () => new Float64Array(T);
  const subst = {
    ferrite: P(L.substitution.ferrite.value),
    fe16n2: P(L.substitution.ironNitride.value),
    refree: P(L.substitution.reFreeMotors.value),
  };
  const gbdShare = P(L.gbd.share.value);
  const collection = P(L.recycling.collection.value);
  const recovery = P(L.recycling.recovery.value);
  const yMag = L.yields.magnet.value;
  const yMet = L.yields.metal.value;

  const total = zeros();
  const byApp: Record<string, Float64Array> = {};
  const byTech: Record<string, Float64Array> = {};
  const byRegion: Record<string, Float64Array> = Object.fromEntries(s.regions.map((r) => [r, zeros()]));
  const types = { sintered_ndfeb: zeros(), bonded_ndfeb: zeros(), smco: zeros(), substituted: zeros() };
  const inMagnet: Record<string, Float64Array> = Object.fromEntries(
    [...MAGNET_ELEMENTS, "Sm", "Co"].map((e) => [e, zeros()]),
  );
  const inMagnetByRegion: Record<string, Record<string, Float64Array>> = {};
  const stockByApp: Record<string, Float64Array> = {};
  const stockTotal = zeros();
  const eolTotal = zeros();
  const eolByEl: Record<string, Float64Array> = Object.fromEntries(
    [...MAGNET_ELEMENTS, "Sm"].map((e) => [e, zeros()]),
  );
  let maxResidual = 0;
  let minStock = Number.POSITIVE_INFINITY;
  const sAge = zeros();
  const pdf = zeros();
  const tmp = zeros();
  const stockR = zeros();
  const outR = zeros();
  const inflowR = zeros();

  for (const a of APPLICATIONS) {
    const app = s.applications[a];
    if (!app) continue;
    // 1. demand: activity × share × PM share × kg/unit × thrifting × (1 − substitution), t finished magnet
    const act = P(app.activity.points);
    const d = zeros();
    for (const [name, tech] of Object.entries(app.technologies)) {
      const sh = P(tech.share);
      const pm = P(tech.pmShare);
      const kg = P(tech.kgPerUnit);
      const td = zeros();
      for (let t = 0; t < T; t++) {
        const thrift = (1 - L.thrifting.value) ** Math.max(0, first + t - s.baseYear);
        td[t] = (act[t]! * sh[t]! * pm[t]! * kg[t]! * thrift) / 1000;
      }
      byTech[`${a}.${name}`] = td;
      add(d, td);
    }
    const applies = L.substitution.applies.includes(a);
    for (let t = 0; t < T; t++) {
      const sub = applies ? Math.min(1, subst.ferrite[t]! + subst.fe16n2[t]! + subst.refree[t]!) : 0;
      types.substituted[t]! += d[t]! * sub;
      d[t]! *= 1 - sub;
    }
    // 2. stocks: regional split, cohort model per region (inflow-driven, or stock-driven with a target)
    survivalByAge(app.lifetime, T, sAge);
    outflowByAge(T, sAge, 0, pdf, 0);
    const appStock = zeros();
    if (app.stockTarget) {
      const target = P(app.stockTarget);
      stockDriven(T, target, 0, sAge, 0, inflowR, outR, 0);
      for (let t = 0; t < T; t++) d[t] = Math.max(0, inflowR[t]!);
    }
    const fs = 1 - app.bondedShare - app.smcoShare;
    const ndfeb = zeros();
    for (let t = 0; t < T; t++) {
      ndfeb[t] = d[t]! * (1 - app.smcoShare);
      types.sintered_ndfeb[t]! += d[t]! * fs;
      types.bonded_ndfeb[t]! += d[t]! * app.bondedShare;
      types.smco[t]! += d[t]! * app.smcoShare;
    }
    for (const [r, share] of Object.entries(app.regionShare)) {
      for (let t = 0; t < T; t++) inflowR[t] = d[t]! * share;
      inflowDriven(T, inflowR, 0, sAge, 0, stockR, outR, 0);
      add(appStock, stockR);
      add(byRegion[r]!, inflowR, 1 - app.smcoShare);
      let prev = 0;
      for (let t = 0; t < T; t++) {
        const res = inflowR[t]! - outR[t]! - (stockR[t]! - prev);
        maxResidual = Math.max(maxResidual, Math.abs(res));
        minStock = Math.min(minStock, stockR[t]!);
        prev = stockR[t]!;
      }
    }
    byApp[a] = ndfeb;
    add(total, ndfeb);
    stockByApp[a] = appStock;
    add(stockTotal, appStock);
    // 3. elements: composition with grain-boundary diffusion lowering Dy/Tb; EoL by cohort convolution
    for (const e of [...MAGNET_ELEMENTS, "Sm", "Co"] as const) {
      const frac = e === "Sm" || e === "Co" ? 0 : (app.composition[e] ?? 0);
      const hreGrade = (e === "Dy" || e === "Tb") && app.gbdApplicable;
      const bulkHre = (app.composition.Dy ?? 0) + (app.composition.Tb ?? 0);
      const tbShare = L.gbd.tbShare?.value;
      for (let t = 0; t < T; t++) {
        // grain-boundary diffusion: a share g of magnets keeps (1 − h) of the bulk Dy+Tb, a share τ of it as Tb
        let f = frac;
        if (hreGrade) {
          const g = gbdShare[t]!;
          const h = L.gbd.hreReduction.value;
          if (tbShare === undefined) f = frac * (1 - g * h);
          else f = (1 - g) * frac + g * bulkHre * (1 - h) * (e === "Tb" ? tbShare : 1 - tbShare);
        }
        const smco = e === "Sm" || e === "Co" ? elementInMagnet(fin(d[t]! * app.smcoShare), SMCO[e]) : 0;
        tmp[t] = elementInMagnet(fin(ndfeb[t]!), f) + smco;
      }
      add(inMagnet[e]!, tmp);
      for (const [r, share] of Object.entries(app.regionShare)) {
        if (!inMagnetByRegion[r]) inMagnetByRegion[r] = {};
        const reg = inMagnetByRegion[r]!;
        if (!reg[e]) reg[e] = zeros();
        add(reg[e]!, tmp, share);
      }
      if (e !== "Co") {
        convolve(T, pdf, 0, tmp, 0, outR, 0);
        add(eolByEl[e]!, outR);
      }
    }
    convolve(T, pdf, 0, d, 0, outR, 0);
    add(eolTotal, outR);
  }

  // 4. recycling: EoL element content × collection × recovery, in t REO equivalent
  const recycled: Record<string, Float64Array> = {};
  const recycledTotal = zeros();
  for (const e of RE_ELEMENTS) {
    const ox = OXIDE_PER_ELEMENT[e];
    recycled[e] = eolByEl[e]!.map((x, t) => x * collection[t]! * recovery[t]! * ox);
    add(recycledTotal, recycled[e]!);
  }
  // 5. supply: mine by country × element basket = primary REO per element; stage shares and HHI
  const mine = mineByCountry(s, first, T);
  const mineTotal = zeros();
  for (const v of Object.values(mine)) add(mineTotal, v);
  const basket = s.supply.basket.value;
  const primary: Record<string, Float64Array> = {};
  const ionic = s.supply.ionicClay;
  const ionicT =
    ionic && mine[ionic.country]
      ? P(ionic.tonnes).map((x, t) => Math.min(x, mine[ionic.country]![t]!))
      : zeros();
  for (const e of RE_ELEMENTS) {
    primary[e] = zeros();
    for (const [c, v] of Object.entries(mine)) add(primary[e]!, v, (basket[c] ?? basket.default)?.[e] ?? 0);
    // the ionic-clay part of a country's output takes its own basket instead of the country's
    if (ionic)
      add(
        primary[e]!,
        ionicT,
        (ionic.basket[e] ?? 0) - ((basket[ionic.country] ?? basket.default)?.[e] ?? 0),
      );
  }
  // undocumented output: official × u / (1 − u), u the sourced share of actual output that official figures omit
  const undoc = s.supply.undocumented;
  const uFactor = undoc ? P(undoc.value).map((u) => u / (1 - u)) : zeros();
  const undocMine = (undoc && mine[undoc.country]) || zeros();
  const undocumentedTotal = undocMine.map((x, t) => x * uFactor[t]!);
  const unrecorded: Record<string, Float64Array> = {};
  for (const e of RE_ELEMENTS) {
    // at the country's average grade that year (ionic clay included)
    const lightGrade = undoc ? ((basket[undoc.country] ?? basket.default)?.[e] ?? 0) : 0;
    const ionicGrade =
      ionic && undoc && ionic.country === undoc.country ? (ionic.basket[e] ?? 0) : lightGrade;
    unrecorded[e] = undocumentedTotal.map((x, t) => {
      const m = undocMine[t]!;
      const f = m > 0 ? ionicT[t]! / m : 0;
      return x * ((1 - f) * lightGrade + f * ionicGrade);
    });
  }
  const capBy = magnetCapacityByCountry(s, first, T);
  const exCap = zeros();
  for (const v of Object.values(capBy)) add(exCap, v);
  const magnetProd: Record<string, Float64Array> = { china: zeros() };
  const exChinaDemand = total.map((x, t) => x - (byRegion.china?.[t] ?? 0));
  for (const [c, cap] of Object.entries(capBy))
    magnetProd[c] = cap.map((x, t) => (exCap[t]! > 0 ? (x * Math.min(exCap[t]!, total[t]!)) / exCap[t]! : 0));
  for (let t = 0; t < T; t++) magnetProd.china![t] = total[t]! - Math.min(exCap[t]!, total[t]!);
  const exProduction = total.map((x, t) => Math.min(exCap[t]!, x));
  // 7. export controls (src/engine/export-controls.ts): withheld magnets are neither exported nor made in China;
  // ex-China production lost for want of controlled elements is not made either
  const ec = applyExportControls({
    s,
    first,
    T,
    byRegion,
    inMagnetByRegion,
    exProduction,
    exChinaDemand,
    oxidePerMagnetElement: 1 / yMag / yMet,
  });
  const chinaExports = exChinaDemand.map((x, t) =>
    Math.max(0, x - exProduction[t]! - ec.withheldMagnets[t]!),
  );
  for (let t = 0; t < T; t++) {
    magnetProd.china![t]! -= ec.withheldMagnets[t]!;
    const keep = exProduction[t]! > 0 ? 1 - ec.productionLoss[t]! / exProduction[t]! : 1;
    for (const c of Object.keys(capBy)) magnetProd[c]![t]! *= keep;
  }
  const stageShares: Record<string, Record<string, Float64Array>> = {
    mining: sharesOf(mine, T),
    separation: Object.fromEntries(
      Object.entries(s.supply.stageShares.separation.value).map(([c, p]) => [c, P(p)]),
    ),
    metal: Object.fromEntries(Object.entries(s.supply.stageShares.metal.value).map(([c, p]) => [c, P(p)])),
    magnet: sharesOf(magnetProd, T),
  };
  const hhiBy = Object.fromEntries(Object.entries(stageShares).map(([k, v]) => [k, hhi(v, T)]));
  // 6. demand in REO (with yields and non-magnet uses) and the element balance (the basket problem)
  const reo: Record<string, Float64Array> = {};
  const reoTotal = zeros();
  const balance: Record<string, Float64Array> = {};
  const available: Record<string, Float64Array> = {};
  const minePerTonne: Record<string, Float64Array> = {};
  const required: Record<string, Float64Array> = {};
  for (const e of RE_ELEMENTS) {
    const other = P(L.nonMagnetDemand.value[e] ?? 0);
    const ox = OXIDE_PER_ELEMENT[e];
    reo[e] = inMagnet[e]!.map((x, t) => (x / yMag / yMet) * ox + other[t]!);
    add(reoTotal, reo[e]!);
    available[e] = primary[e]!.map((x, t) => x + unrecorded[e]![t]! + recycled[e]![t]!);
    balance[e] = reo[e]!.map((x, t) => available[e]![t]! - x);
    minePerTonne[e] = primary[e]!.map((x, t) => (x > 0 ? mineTotal[t]! / x : 0));
    required[e] = reo[e]!.map((x, t) => {
      const grade = mineTotal[t]! > 0 ? primary[e]![t]! / mineTotal[t]! : 0;
      return grade > 0 ? Math.max(0, x - recycled[e]![t]! - unrecorded[e]![t]!) / grade : 0;
    });
  }
  const market = closeMarket({
    first,
    baseYear: s.baseYear,
    demand: reo,
    supply: available,
    minePerTonne,
    magnetDemand: total,
  });
  const rec = (o: Record<string, Float64Array>) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, arr(v)]));
  const result: ScenarioResult = {
    id: s.id,
    years: Array.from({ length: T }, (_, t) => first + t),
    massBasis: "finished",
    demand: {
      total: arr(total),
      blankBasis: arr(total.map((x) => blankFromFinished(fin(x), L.yields.blank.value))),
      byApplication: rec(byApp),
      byTechnology: rec(byTech),
      byRegion: rec(byRegion),
      byMagnetType: {
        sintered_ndfeb: arr(types.sintered_ndfeb),
        bonded_ndfeb: arr(types.bonded_ndfeb),
        smco: arr(types.smco),
        substituted: arr(types.substituted),
      },
    },
    elements: { inMagnet: rec(inMagnet), reo: rec(reo), reoTotal: arr(reoTotal) },
    stock: { byApplication: rec(stockByApp), total: arr(stockTotal) },
    eol: { total: arr(eolTotal), byElement: rec(eolByEl) },
    recycling: { byElement: rec(recycled), total: arr(recycledTotal) },
    supply: {
      mineTotal: arr(mineTotal),
      mineByCountry: rec(mine),
      primaryByElement: rec(primary),
      unrecordedByElement: rec(unrecorded),
      undocumentedTotal: arr(undocumentedTotal),
      stageShares: Object.fromEntries(Object.entries(stageShares).map(([k, v]) => [k, rec(v)])),
      hhi: rec(hhiBy),
      chinaMagnetProduction: arr(magnetProd.china!),
      chinaMagnetExports: arr(chinaExports),
    },
    balance: rec(balance),
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
    requiredMine: rec(required),
    exportControls: {
      shortfall: rec(ec.shortfall),
      stockpileRelease: rec(ec.stockpileRelease),
      withheldMagnets: arr(ec.withheldMagnets),
      exChinaProductionLoss: arr(ec.productionLoss),
      unmetMagnetDemand: arr(ec.unmetMagnetDemand),
    },
    checks: { maxMassBalanceResidual: maxResidual, minStock: Number.isFinite(minStock) ? minStock : 0 },
  };
  assertFinite(result, "result");
  return result;
}

/** Throws naming the first non-finite number: NaN/Infinity never leave the engine. */
export function assertFinite(v: unknown, path: string): void {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error(`non-finite value at ${path}: ${v}`);
  } else if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) assertFinite(v[i], `${path}.${i}`);
  } else if (v !== null && typeof v === "object")
    for (const [k, x] of Object.entries(v)) assertFinite(x, `${path}.${k}`);
}
