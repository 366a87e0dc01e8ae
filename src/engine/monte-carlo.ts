/**
 * @module Monte Carlo over a scenario's `uncertainty` list: per draw, sample each parameter (seeded
 * per draw, so any split across workers gives the same draws), run the scenario, keep selected series;
 * then P5/P50/P95 bands per year and a Spearman sensitivity ranking against one output.
 */
import { drawScenario } from "./draw.ts";
import { correlationOfRanks, ranks } from "./rank-correlation.ts";
import { runScenarioArrays } from "./run-scenario.ts";
import { runCache } from "./scenario-frame.ts";
import type { ScenarioResultOf } from "./scenario-result.ts";
import type { Scenario } from "./scenario-schema.ts";
import { quantileOfSortedRuns } from "./sorted-runs.ts";

/**
 * Bands rest on at most this many draws, every k-th draw by global index (k = ⌈draws / BAND_DRAWS_MAX⌉), so memory is
 * bounded whatever the number of draws and the bands do not depend on how draws are split over workers. The
 * sensitivity ranking and the clamp counts use every draw (a few numbers per draw).
 */
export const BAND_DRAWS_MAX = 4000;
/** Stride between the draws whose series are kept for the bands. */
export const bandStride = (draws: number): number => Math.max(1, Math.ceil(draws / BAND_DRAWS_MAX));

export interface MonteCarloOptions {
  draws: number;
  seed: number;
}
export interface Band {
  p5: number[];
  p50: number[];
  p95: number[];
}
export interface MonteCarloResult {
  seed: number;
  draws: number;
  /** Draws whose series made the bands (every `bandStride`-th). */
  bandDraws: number;
  /** Draws in which some sampled value left its physical range and was clamped, overall and per uncertainty path. */
  clamped: { draws: number; byPath: Record<string, number> };
  bands: Record<string, Band>;
  sensitivity: { output: string; ranking: { path: string; rho: number }[] };
}
/**
 * Raw per-draw values: inputs[i][k] for parameter i, output[k], clamped[i][k] (0/1). series[name]: years × kept draws
 * (only draws whose global index is a multiple of the stride), each year's `kept` values sorted ascending: the bands
 * read only order statistics, so each batch sorts its own (in parallel, in the workers) and the summary finds the
 * order statistics across batches by binary search instead of gathering and sorting every value.
 */
export interface DrawBatch {
  inputs: number[][];
  clamped: number[][];
  series: Record<string, Float64Array>;
  kept: number;
  output: number[];
}

/**
 * The series that get bands: totals, each application, REO and balance per element, recycling, exports, unmet
 * demand, HHI per stage and China's share of each stage.
 */
export function bandSeries<S extends ArrayLike<number>>(r: ScenarioResultOf<S>): Record<string, S> {
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

/** Throws naming the series and year index of the first non-finite number: NaN/Infinity never leave a draw. */
function assertFiniteSeries(v: ArrayLike<number>, what: string): void {
  for (let i = 0; i < v.length; i++)
    if (!Number.isFinite(v[i])) throw new Error(`non-finite value in ${what} at index ${i}: ${v[i]}`);
}

/** Sorts each year's n values of a years × n block (a year no draw changes, most recorded years, is left as is). */
function sortColumns(col: Float64Array, n: number, T: number): void {
  for (let t = 0; t < T; t++) {
    const c = col.subarray(t * n, (t + 1) * n);
    let same = true;
    for (let i = 1; i < n && same; i++) same = c[i] === c[0];
    if (!same) c.sort();
  }
}

/** Runs draws [from, to) of `total` and returns their raw values (what a worker sends back). */
export function runDraws(
  s: Scenario,
  seed: number,
  from: number,
  to: number,
  onDraw?: () => void,
  total = to,
): DrawBatch {
  const n = to - from;
  const stride = bandStride(total);
  const keptN = Math.ceil(to / stride) - Math.ceil(from / stride);
  const inputs = s.uncertainty.map(() => new Array<number>(n));
  const clamped = s.uncertainty.map(() => new Array<number>(n));
  const output = new Array<number>(n);
  let series: Record<string, Float64Array> | undefined;
  let kept = 0;
  const cache = runCache();
  const T = s.years.end - s.years.start + 1;
  for (let k = 0; k < n; k++) {
    const d = drawScenario(s, seed, from + k);
    d.inputs.forEach((v, i) => {
      inputs[i]![k] = v;
      clamped[i]![k] = d.clamped[i] ? 1 : 0;
    });
    const r = runScenarioArrays(d.scenario, cache);
    if ((from + k) % stride === 0) {
      const bs = bandSeries(r);
      series ??= Object.fromEntries(Object.keys(bs).map((key) => [key, new Float64Array(keptN * T)]));
      for (const [key, v] of Object.entries(bs)) {
        assertFiniteSeries(v, `draw ${from + k}: ${key}`);
        const col = series[key];
        if (col) for (let t = 0; t < T; t++) col[t * keptN + kept] = v[t]!;
      }
      kept++;
    }
    const out = readOutput(r, s.sensitivityOutput);
    assertFiniteSeries([out], `draw ${from + k}: ${s.sensitivityOutput}`);
    output[k] = out;
    onDraw?.();
  }
  for (const col of Object.values(series ?? {})) sortColumns(col, keptN, T);
  return { inputs, clamped, series: series ?? {}, kept, output };
}

/** Merges batches (in draw order) into bands, the clamp counts and the sensitivity ranking. */
export function summarizeDraws(s: Scenario, seed: number, batches: DrawBatch[], T: number): MonteCarloResult {
  const draws = batches.reduce((a, b) => a + b.output.length, 0);
  const kept = batches.reduce((a, b) => a + b.kept, 0);
  const bands: Record<string, Band> = {};
  const withDraws = batches.filter((b) => b.kept > 0);
  for (const key of Object.keys(withDraws[0]?.series ?? {})) {
    const band: Band = { p5: [], p50: [], p95: [] };
    for (let t = 0; t < T; t++) {
      const runs = withDraws.map((b) => b.series[key]!.subarray(t * b.kept, (t + 1) * b.kept));
      band.p5.push(quantileOfSortedRuns(runs, 0.05));
      band.p50.push(quantileOfSortedRuns(runs, 0.5));
      band.p95.push(quantileOfSortedRuns(runs, 0.95));
    }
    bands[key] = band;
  }
  const byPath: Record<string, number> = {};
  let clampedDraws = 0;
  for (const b of batches)
    for (let k = 0; k < b.output.length; k++) {
      let any = false;
      s.uncertainty.forEach((u, i) => {
        if (b.clamped[i]![k]) {
          byPath[u.path] = (byPath[u.path] ?? 0) + 1;
          any = true;
        }
      });
      if (any) clampedDraws++;
    }
  const outputRanks = ranks(batches.flatMap((b) => b.output));
  const ranking = s.uncertainty
    .map((u, i) => ({
      path: u.path,
      rho: correlationOfRanks(ranks(batches.flatMap((b) => b.inputs[i]!)), outputRanks),
    }))
    .sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho));
  return {
    seed,
    draws,
    bandDraws: kept,
    clamped: { draws: clampedDraws, byPath },
    bands,
    sensitivity: { output: s.sensitivityOutput, ranking },
  };
}

/** Single-threaded, pure Monte Carlo (browser-friendly); the CLI spreads runDraws over worker threads. */
export function runMonteCarlo(s: Scenario, options: MonteCarloOptions): MonteCarloResult {
  const batch = runDraws(s, options.seed, 0, options.draws, undefined, options.draws);
  return summarizeDraws(s, options.seed, [batch], s.years.end - s.years.start + 1);
}
