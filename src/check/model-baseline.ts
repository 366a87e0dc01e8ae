/**
 * @module modelBaseline: the scenario model's Monte Carlo band (P5/P50/P95 per year) for every quantity a news claim
 * can be compared with — magnet demand (world, region, application), China's magnet production, oxide and metal
 * demand per element and for NdPr, mine output (world, country). Run once per check run by the caller (deterministic
 * seed) and handed to the checks inside the knowledge base (`KnowledgeBase.model`).
 */
import { elementFromOxide, type OxideElement } from "../domain/mass-conversions.ts";
import { tonnesOxide } from "../domain/mass.ts";
import { drawScenario } from "../engine/draw.ts";
import { quantileSorted } from "../engine/quantile.ts";
import { runScenario, type ScenarioResult } from "../engine/run-scenario.ts";
import type { Scenario } from "../engine/scenario-schema.ts";
import type { SourceRef } from "./knowledge-base.ts";

/** A model quantity's 90% band per year (index = year − `ModelBaseline.years[0]`), in its `unit`. */
export interface ModelSeries {
  p5: number[];
  p50: number[];
  p95: number[];
  /** `t finished magnet`, `t oxide`, `t element`, `t REO`. */
  unit: string;
  /** Every draw's series (draw × year), for bands of derived quantities such as growth rates; absent: no growth bands. */
  runs?: number[][];
}

export interface ModelBaseline {
  scenarioId: string;
  seed: number;
  draws: number;
  years: number[];
  series: Record<string, ModelSeries>;
  /** Finished magnet per sintered blank (the scenario's `levers.yields.blank`), to state a band on the blank basis. */
  blankYield: number;
  /** Last recorded (history) year of mine output by country: up to it, output is data, not model. */
  mineRecordedUntil: Record<string, number>;
  /** The scenario's shared citations (`x-sources`), by key. */
  sources: Record<string, SourceRef>;
}

/**
 * The run every caller uses (CLI, API, eval:checks), so the same claim gets the same band everywhere: the bundled
 * baseline scenario, 200 draws (P5 and P95 then rest on the 10 outermost draws each side; about 1 s), seed 1.
 */
export const MODEL_RUN = { scenario: "baseline", draws: 200, seed: 1 } as const;

/** The P5, P50 and P95 of one value per draw (Hyndman–Fan type 7, as the engine's bands). */
export function bandOfDraws(values: readonly number[]): { p5: number; p50: number; p95: number } {
  const sorted = Float64Array.from(values).sort();
  return {
    p5: quantileSorted(sorted, 0.05),
    p50: quantileSorted(sorted, 0.5),
    p95: quantileSorted(sorted, 0.95),
  };
}

/** Years for which bands are kept: the data era of the knowledge base (country mine rows start in 2018) to the horizon. */
const FIRST_YEAR = 2018;
const ELEMENTS: OxideElement[] = ["Nd", "Pr", "Dy", "Tb"];

/** The quantities of one run that claims can be compared with, by key (see `modelQuantity`). */
function quantities(r: ScenarioResult): Record<string, number[]> {
  const out: Record<string, number[]> = { "magnet.demand.world": r.demand.total };
  for (const [k, v] of Object.entries(r.demand.byRegion)) out[`magnet.demand.region.${k}`] = v;
  for (const [k, v] of Object.entries(r.demand.byApplication)) out[`magnet.demand.app.${k}`] = v;
  out["magnet.production.china"] = r.supply.chinaMagnetProduction;
  const reo = (e: OxideElement) => r.elements.reo[e] ?? r.years.map(() => 0);
  const metal = (e: OxideElement) => reo(e).map((x) => elementFromOxide(e, tonnesOxide(x)) as number);
  for (const e of ELEMENTS) {
    out[`oxide.demand.${e}`] = reo(e);
    out[`element.demand.${e}`] = metal(e);
  }
  // NdPr: the sum of two oxides (or two metals) on one basis each, never an oxide plus a metal.
  out["oxide.demand.NdPr"] = reo("Nd").map((x, t) => x + reo("Pr")[t]!);
  const nd = metal("Nd");
  out["element.demand.NdPr"] = metal("Pr").map((x, t) => x + nd[t]!);
  out["mine.world"] = r.supply.mineTotal;
  for (const [k, v] of Object.entries(r.supply.mineByCountry)) if (k !== "other") out[`mine.${k}`] = v;
  return out;
}

const UNIT_OF = (key: string) =>
  key.startsWith("magnet.")
    ? "t finished magnet"
    : key.startsWith("oxide.")
      ? "t oxide"
      : key.startsWith("element.")
        ? "t element"
        : "t REO";

/**
 * Runs the scenario's Monte Carlo (`draws` draws, `seed`) and keeps the band of every comparable quantity. Draw k is
 * `drawScenario(scenario, seed, k)`, exactly as `runMonteCarlo` draws it (clamped, changes after the base year), so the bands of
 * quantities both keep are the same numbers as `lodestone scenario run --draws N --seed S` prints.
 */
export function modelBaseline(scenario: Scenario, options: { draws: number; seed: number }): ModelBaseline {
  if (!Number.isInteger(options.draws) || options.draws < 1)
    throw new RangeError(`modelBaseline: draws must be a positive integer, got ${options.draws}`);
  const per: Record<string, number[][]> = {};
  let years: number[] = [];
  for (let k = 0; k < options.draws; k++) {
    const r = runScenario(drawScenario(scenario, options.seed, k).scenario);
    const from = Math.max(0, r.years.indexOf(FIRST_YEAR));
    years = r.years.slice(from);
    for (const [key, v] of Object.entries(quantities(r))) {
      const runs = per[key] ?? [];
      runs.push(v.slice(from));
      per[key] = runs;
    }
  }
  const series: Record<string, ModelSeries> = {};
  const col = new Float64Array(options.draws);
  for (const [key, runs] of Object.entries(per)) {
    const s: ModelSeries = { p5: [], p50: [], p95: [], unit: UNIT_OF(key), runs };
    for (let t = 0; t < years.length; t++) {
      for (let d = 0; d < runs.length; d++) col[d] = runs[d]![t]!;
      col.sort();
      s.p5.push(quantileSorted(col, 0.05));
      s.p50.push(quantileSorted(col, 0.5));
      s.p95.push(quantileSorted(col, 0.95));
    }
    series[key] = s;
  }
  const mineRecordedUntil = Object.fromEntries(
    Object.entries(scenario.supply.mine.history).map(([c, p]) => [
      c,
      typeof p === "number" ? scenario.baseYear : Math.max(...Object.keys(p).map(Number)),
    ]),
  );
  const sources = Object.fromEntries(
    Object.entries(scenario["x-sources"] ?? {}).map(([key, s]) => [
      key,
      "url" in s
        ? { id: `scenario:${scenario.id}#${key}`, publisher: s.publisher, url: s.url }
        : { id: `scenario:${scenario.id}#${key}`, publisher: `assumption: ${s.assumption}`, url: "" },
    ]),
  );
  return {
    scenarioId: scenario.id,
    seed: options.seed,
    draws: options.draws,
    years,
    series,
    blankYield: scenario.levers.yields.blank.value,
    mineRecordedUntil,
    sources,
  };
}
