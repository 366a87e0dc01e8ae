/** @module Series periods: which metrics add up over time, the period grid, and which periods a period is made of. */
import { getMetric } from "./metric.ts";
import { periodSpan } from "./period.ts";
import type { SeriesFigure, SeriesPer } from "./series-types.ts";
import { dimensionOf, type Unit } from "./units.ts";

/**
 * Metrics whose values add up over time (a year is the sum of its months). Stocks (reserves, installed
 * capacity, EV stock), prices, shares and changes never do.
 */
const FLOW_METRICS: ReadonlySet<string> = new Set([
  "mine_production",
  "us_production",
  "us_imports",
  "us_exports",
  "export_volume",
  "export_value",
  "us_trade_value",
  "us_trade_quantity",
  "us_import_value",
  "us_export_value",
  "us_import_quantity",
  "us_export_quantity",
  "ev_sales",
  "magnet_production",
  "magnet_demand",
]);

/** The metric a series is named by, and the metrics that report it: `x` and its year-to-date twin `x_ytd`. */
export function seriesFamily(metric: string): { base: string; members: string[] } {
  const base = metric.replace(/_ytd$/, "");
  return { base, members: [base, `${base}_ytd`].filter((m) => getMetric(m)) };
}

/** True when values of `metric` in `unit` may be summed over time. */
export function isAdditive(metric: string, unit: string): boolean {
  if (!FLOW_METRICS.has(metric.replace(/_ytd$/, ""))) return false;
  const d = dimensionOf(unit as Unit);
  return d === "mass" || d === "money" || d === "count";
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The periods of kind `per` that cover `start..end` (YYYY-MM-DD), in order. */
export function periodGrid(per: SeriesPer, start: string, end: string): string[] {
  const out: string[] = [];
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7));
  if (per === "quarter") m = Math.floor((m - 1) / 3) * 3 + 1;
  if (per === "year") m = 1;
  const step = per === "month" ? 1 : per === "quarter" ? 3 : 12;
  for (;;) {
    const p = per === "month" ? `${y}-${pad(m)}` : per === "quarter" ? `${y}-Q${(m + 2) / 3}` : `${y}`;
    if (periodSpan(p)!.start > end) break;
    out.push(p);
    m += step;
    if (m > 12) {
      y += Math.floor((m - 1) / 12);
      m = ((m - 1) % 12) + 1;
    }
  }
  return out;
}

/** The finer periods a period is the sum of: a year of quarters, a quarter of months; none for a month. */
export function children(p: string): string[] {
  if (/^\d{4}$/.test(p)) return [1, 2, 3, 4].map((q) => `${p}-Q${q}`);
  const q = /^(\d{4})-Q([1-4])$/.exec(p);
  if (q) return [0, 1, 2].map((i) => `${q[1]}-${pad((Number(q[2]) - 1) * 3 + 1 + i)}`);
  return [];
}

/** The finest period kind the base metric is reported in: month, else quarter, else year. */
export function finest(rows: readonly SeriesFigure[]): SeriesPer {
  if (rows.some((r) => /^\d{4}-\d{2}$/.test(r.period))) return "month";
  if (rows.some((r) => /-Q[1-4]$/.test(r.period))) return "quarter";
  return "year";
}
