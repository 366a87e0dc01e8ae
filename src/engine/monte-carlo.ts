/**
 * @module Monte Carlo over a scenario's `uncertainty` list: per draw, sample each parameter (seeded
 * per draw, so any split across workers gives the same draws), run the scenario, keep selected series;
 * then P5/P50/P95 bands per year and a Spearman sensitivity ranking against one output.
 */
import { quantileSorted } from "./quantile.ts";
import { createRandom, sample } from "./random.ts";
import { rankCorrelation } from "./rank-correlation.ts";
import { runScenario, type ScenarioResult } from "./run-scenario.ts";
import type { Scenario } from "./scenario-schema.ts";
import { scalePoints } from "./points.ts";

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
  bands: Record<string, Band>;
  sensitivity: { output: string; ranking: { path: string; rho: number }[] };
}
/** Raw per-draw values: inputs[i][k] for parameter i, series[name] as draws × years, output[k]. */
export interface DrawBatch {
  inputs: number[][];
  series: Record<string, Float64Array>;
  output: number[];
}

/**
 * The series that get bands: totals, each application, REO and balance per element, recycling, exports, unmet
 * demand, HHI per stage and China's share of each stage.
 */
export function bandSeries(r: ScenarioResult): Record<string, number[]> {
  const out: Record<string, number[]> = {
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
export function readOutput(r: ScenarioResult, output: string): number {
  const parts = output.split(".");
  const year = Number(parts.pop());
  let v: unknown = r;
  for (const p of parts) v = (v as Record<string, unknown>)?.[p];
  const i = year - r.years[0]!;
  const x = Array.isArray(v) ? v[i] : undefined;
  if (typeof x !== "number") throw new Error(`invalid sensitivity output: ${output}`);
  return x;
}

function setPath(root: unknown, path: string, mode: "set" | "scale", value: number): void {
  const parts = path.split(".");
  const last = parts.pop()!;
  let o = root as Record<string, unknown>;
  for (const p of parts) o = o[p] as Record<string, unknown>;
  o[last] = mode === "set" ? value : scalePoints(o[last] as number | Record<string, number>, value);
}

/** Seed of draw k: a hash of (seed, k), so draws are independent of how they are split. */
export function drawSeed(seed: number, k: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(k + 1, 0xc2b2ae35);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) >>> 0;
}

/** Runs draws [from, to) and returns their raw values (what a worker sends back). */
export function runDraws(
  s: Scenario,
  seed: number,
  from: number,
  to: number,
  onDraw?: () => void,
): DrawBatch {
  const n = to - from;
  const inputs = s.uncertainty.map(() => new Array<number>(n));
  const output = new Array<number>(n);
  let series: Record<string, Float64Array> | undefined;
  for (let k = 0; k < n; k++) {
    const rng = createRandom(drawSeed(seed, from + k));
    const sc = structuredClone(s);
    s.uncertainty.forEach((u, i) => {
      const v = sample(u.dist, rng);
      inputs[i]![k] = v;
      setPath(sc, u.path, u.mode, v);
    });
    const r = runScenario(sc);
    const bs = bandSeries(r);
    const T = r.years.length;
    series ??= Object.fromEntries(Object.keys(bs).map((key) => [key, new Float64Array(n * T)]));
    for (const [key, v] of Object.entries(bs)) series[key]?.set(v, k * T);
    output[k] = readOutput(r, s.sensitivityOutput);
    onDraw?.();
  }
  return { inputs, series: series ?? {}, output };
}

/** Merges batches (in draw order) into bands and the sensitivity ranking. */
export function summarizeDraws(s: Scenario, seed: number, batches: DrawBatch[], T: number): MonteCarloResult {
  const draws = batches.reduce((a, b) => a + b.output.length, 0);
  const bands: Record<string, Band> = {};
  const col = new Float64Array(draws);
  for (const key of Object.keys(batches[0]?.series ?? {})) {
    const band: Band = { p5: [], p50: [], p95: [] };
    for (let t = 0; t < T; t++) {
      let k = 0;
      for (const b of batches) {
        const v = b.series[key]!;
        for (let d = 0; d < b.output.length; d++) col[k++] = v[d * T + t]!;
      }
      col.sort();
      band.p5.push(quantileSorted(col, 0.05));
      band.p50.push(quantileSorted(col, 0.5));
      band.p95.push(quantileSorted(col, 0.95));
    }
    bands[key] = band;
  }
  const output = batches.flatMap((b) => b.output);
  const ranking = s.uncertainty
    .map((u, i) => ({
      path: u.path,
      rho: rankCorrelation(
        batches.flatMap((b) => b.inputs[i]!),
        output,
      ),
    }))
    .sort((a, b) => Math.abs(b.rho) - Math.abs(a.rho));
  return { seed, draws, bands, sensitivity: { output: s.sensitivityOutput, ranking } };
}

/** Single-threaded, pure Monte Carlo (browser-friendly); the CLI spreads runDraws over worker threads. */
export function runMonteCarlo(s: Scenario, options: MonteCarloOptions): MonteCarloResult {
  const batch = runDraws(s, options.seed, 0, options.draws);
  return summarizeDraws(s, options.seed, [batch], s.years.end - s.years.start + 1);
}
