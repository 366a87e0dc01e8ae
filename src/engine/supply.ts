/** @module Supply side: mine output by country (history, growth, ramped projects), stage shares and HHI. */
import { fromPoints, type Points } from "./points.ts";
import type { Scenario } from "./scenario-schema.ts";

/** The last year of a country's recorded history (the base year for a constant). */
export function lastHistoryYear(s: Scenario, country: string): number {
  const p = s.supply.mine.history[country];
  if (p === undefined) return Number.NEGATIVE_INFINITY;
  return typeof p === "number" ? s.baseYear : Math.max(...Object.keys(p).map(Number));
}

/**
 * Mine production (t REO/yr) by country for years first..first+T−1. History is recorded output and wins: growth
 * and projects add only after a country's last history year (a project's ramp still counts from its start).
 * `P` writes a fresh series from points (a run passes its frame's, which keeps parsed points across draws).
 */
export function mineByCountry(
  s: Scenario,
  first: number,
  T: number,
  P: (p: Points) => Float64Array = (p) => fromPoints(p, first, T),
): Record<string, Float64Array> {
  const out: Record<string, Float64Array> = {};
  const { history, growth, projects } = s.supply.mine;
  for (const [country, p] of Object.entries(history)) {
    const series = P(p);
    const last = lastHistoryYear(s, country);
    const g = P(growth[country] ?? growth.default ?? 0);
    for (let t = 0; t < T; t++) {
      const y = first + t;
      if (y > last) series[t] = series[t - 1]! * (1 + g[t]!);
    }
    out[country] = series;
  }
  for (const pr of projects) {
    if (!out[pr.country]) out[pr.country] = new Float64Array(T);
    const { weight, start } = statusAdjusted(s, pr.status, pr.start);
    const from = Math.max(start, lastHistoryYear(s, pr.country) + 1);
    addRamp(out[pr.country]!, first, pr.capacity * weight, start, pr.rampYears, from);
  }
  return out;
}

/** A project's expected share of nameplate and its start after the status delay (no status: as stated). */
export function statusAdjusted(s: Scenario, status: string | undefined, start: number) {
  const st = s.supply.projectStatus;
  if (!status || !st) return { weight: 1, start };
  const key = status as keyof typeof st.weight;
  return { weight: st.weight[key] ?? 1, start: start + (st.delayYears[key] ?? 0) };
}

/** Adds capacity ramped linearly over rampYears from `start` (full from start + rampYears), counting from `from`. */
function addRamp(
  series: Float64Array,
  first: number,
  cap: number,
  start: number,
  ramp: number,
  from = start,
) {
  for (let t = 0; t < series.length; t++) {
    const y = first + t;
    if (y >= from) series[t]! += cap * Math.min(1, (y - start + 1) / (ramp + 1));
  }
}

/**
 * Ex-China magnet capacity (t finished/yr) by country: existing capacity without a project row
 * (`magnetCapacityExChina`) plus the status-weighted, delayed and ramped rows of `magnetProjects`.
 */
export function magnetCapacityByCountry(
  s: Scenario,
  first: number,
  T: number,
  P: (p: Points) => Float64Array = (p) => fromPoints(p, first, T),
  zeros: () => Float64Array = () => new Float64Array(T),
): Record<string, Float64Array> {
  const out: Record<string, Float64Array> = {};
  for (const [c, p] of Object.entries(s.supply.magnetCapacityExChina.value)) out[c] = P(p);
  for (const pr of s.supply.magnetProjects) {
    if (!out[pr.country]) out[pr.country] = zeros();
    const { weight, start } = statusAdjusted(s, pr.status, pr.start);
    addRamp(out[pr.country]!, first, pr.capacity * weight, start, pr.rampYears);
  }
  return out;
}

/** Shares of a stage by country from quantities; Σ = 1 where the total is positive. */
export function sharesOf(
  byCountry: Record<string, Float64Array>,
  T: number,
  zeros: () => Float64Array = () => new Float64Array(T),
): Record<string, Float64Array> {
  const total = zeros();
  for (const v of Object.values(byCountry)) for (let t = 0; t < T; t++) total[t]! += v[t]!;
  const out: Record<string, Float64Array> = {};
  for (const [c, v] of Object.entries(byCountry)) {
    const sh = zeros();
    for (let t = 0; t < T; t++) sh[t] = total[t]! > 0 ? v[t]! / total[t]! : 0;
    out[c] = sh;
  }
  return out;
}

/** Herfindahl–Hirschman index, 0–10,000 (shares in %, squared and summed). */
export function hhi(
  shares: Record<string, Float64Array>,
  T: number,
  zeros: () => Float64Array = () => new Float64Array(T),
): Float64Array {
  const out = zeros();
  for (const v of Object.values(shares)) for (let t = 0; t < T; t++) out[t]! += (100 * v[t]!) ** 2;
  return out;
}
