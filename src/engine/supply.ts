/** @module Supply side: mine output by country (history, growth, ramped projects), stage shares and HHI. */
import { fromPoints } from "./points.ts";
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
 */
export function mineByCountry(s: Scenario, first: number, T: number): Record<string, Float64Array> {
  const out: Record<string, Float64Array> = {};
  const { history, growth, projects } = s.supply.mine;
  for (const [country, p] of Object.entries(history)) {
    const series = fromPoints(p, first, T);
    const last = lastHistoryYear(s, country);
    const g = growth[country] ?? growth.default ?? 0;
    for (let t = 0; t < T; t++) {
      const y = first + t;
      if (y > last) series[t] = series[t - 1]! * (1 + g);
    }
    out[country] = series;
  }
  for (const pr of projects) {
    if (!out[pr.country]) out[pr.country] = new Float64Array(T);
    const series = out[pr.country]!;
    const from = Math.max(pr.start, lastHistoryYear(s, pr.country) + 1);
    for (let t = 0; t < T; t++) {
      const y = first + t;
      if (y >= from) series[t]! += pr.capacity * Math.min(1, (y - pr.start + 1) / (pr.rampYears + 1));
    }
  }
  return out;
}

/** Shares of a stage by country from quantities; Σ = 1 where the total is positive. */
export function sharesOf(byCountry: Record<string, Float64Array>, T: number): Record<string, Float64Array> {
  const total = new Float64Array(T);
  for (const v of Object.values(byCountry)) for (let t = 0; t < T; t++) total[t]! += v[t]!;
  const out: Record<string, Float64Array> = {};
  for (const [c, v] of Object.entries(byCountry))
    out[c] = v.map((x, t) => (total[t]! > 0 ? x / total[t]! : 0));
  return out;
}

/** Herfindahl–Hirschman index, 0–10,000 (shares in %, squared and summed). */
export function hhi(shares: Record<string, Float64Array>, T: number): Float64Array {
  const out = new Float64Array(T);
  for (const v of Object.values(shares)) for (let t = 0; t < T; t++) out[t]! += (100 * v[t]!) ** 2;
  return out;
}
