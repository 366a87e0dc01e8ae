/**
 * @module Monte Carlo over a scenario's `uncertainty` list: per draw, sample each parameter (seeded
 * per draw, so any split across workers gives the same draws), run the scenario, keep selected series;
 * then P5/P50/P95 bands per year and a Spearman sensitivity ranking against one output.
 */
import { bandSeries, bandView, readOutput } from "./band-series.ts";
import { drawScenario } from "./draw.ts";
import { correlationOfRanks, ranks } from "./rank-correlation.ts";
import { runSteps } from "./run-scenario.ts";
import { scenarioOutput } from "./scenario-output.ts";
import { runCache, scenarioFrame } from "./scenario-frame.ts";
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
  const sensKey = s.sensitivityOutput.slice(0, s.sensitivityOutput.lastIndexOf("."));
  const sensYear = s.sensitivityOutput.slice(s.sensitivityOutput.lastIndexOf(".") + 1);
  const sensT = /^\d+$/.test(sensYear) ? Number(sensYear) - s.years.start : -1;
  for (let k = 0; k < n; k++) {
    const d = drawScenario(s, seed, from + k);
    d.inputs.forEach((v, i) => {
      inputs[i]![k] = v;
      clamped[i]![k] = d.clamped[i] ? 1 : 0;
    });
    // the band series straight from the steps (no result object); the full result only for an output not among them
    const steps = runSteps(d.scenario, cache);
    const bs = bandSeries(bandView(steps));
    if ((from + k) % stride === 0) {
      series ??= Object.fromEntries(Object.keys(bs).map((key) => [key, new Float64Array(keptN * T)]));
      for (const [key, v] of Object.entries(bs)) {
        assertFiniteSeries(v, `draw ${from + k}: ${key}`);
        const col = series[key];
        if (col) for (let t = 0; t < T; t++) col[t * keptN + kept] = v[t]!;
      }
      kept++;
    }
    const sens = bs[sensKey];
    const out =
      sens && sensT >= 0 && sensT < T
        ? sens[sensT]!
        : readOutput(
            scenarioOutput(scenarioFrame(d.scenario), steps, (x) => x),
            s.sensitivityOutput,
          );
    assertFiniteSeries([out], `draw ${from + k}: ${s.sensitivityOutput}`);
    output[k] = out;
    // the first draw ran in full; when the sensitivity output is a band series, the rest compute the bands only
    cache.bandsOnly = sens !== undefined && sensT >= 0 && sensT < T;
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
