/** @module companyChart: one company's item over its periods, one line per period length (quarter, half, year ...). */
import type { EChartsOption, SeriesOption } from "echarts";
import { periodSpan } from "../../domain/period.ts";
import { escapeHtml, formatMoney, formatNumber, formatPct, formatValue, sourceHtml } from "../format.ts";
import type { CompanyResult } from "../types.ts";
import { baseGrid, baseTextStyle, baseTooltip, INK, PALETTE, valueAxis } from "./theme.ts";

/** Months covered by a normalised period (2025-Q3 -> 3, 2025-H1 -> 6, 2024-10..2025-09 -> 12), or null. */
export function monthsOf(period: string): number | null {
  const s = periodSpan(period);
  if (!s) return null;
  const [y0, m0] = s.start.split("-").map(Number) as [number, number];
  const [y1, m1] = s.end.split("-").map(Number) as [number, number];
  return (y1 - y0) * 12 + (m1 - m0) + 1;
}

/** What kind of period a result covers: values of different lengths are never joined by one line. */
export function periodLength(period: string): string {
  const n = monthsOf(period);
  const jan = periodSpan(period)?.start.slice(5, 7) === "01";
  if (n === 3) return "quarter";
  if (n === 6) return "half-year";
  if (n === 12) return jan ? "full year" : "12 months to period end";
  if (n === null) return "other";
  return jan ? `${n} months, year to date` : `${n} months`;
}

/** A value in its unit: money shortened (1.05 bn CNY), tonnes and percentages as numbers. */
export function resultValue(
  r: Pick<CompanyResult, "value" | "low" | "high" | "qualifier" | "approx" | "unit" | "currency">,
): string {
  const money = r.currency !== "" && r.unit === r.currency;
  const fmt = money ? formatMoney : formatNumber;
  const sign = { gt: "> ", gte: "≥ ", lt: "< ", lte: "≤ " } as const;
  const core =
    r.value !== null
      ? `${r.qualifier ? sign[r.qualifier] : ""}${r.approx ? "~" : ""}${fmt(r.value)}`
      : r.low !== null && r.high !== null
        ? `${fmt(r.low)}–${fmt(r.high)}`
        : formatValue(r);
  return `${core} ${r.unit === "%" ? "%" : r.unit}`;
}

/**
 * The result drawn on the line of its period: the one reconciliation preferred (`preferred` ids, the same answer as
 * GET /api/figures?preferred=true); the others of the period are drawn as hollow points beside it.
 */
function primaryOf(rows: CompanyResult[], preferred: ReadonlySet<string>): CompanyResult | undefined {
  return rows.find((r) => preferred.has(r.id) && !r.excludeReason);
}

export function resultTooltip(r: CompanyResult, preferred: boolean): string {
  const change = [
    r.yoyPct !== null ? `${formatPct(r.yoyPct)} y/y` : "",
    r.qoqPct !== null ? `${formatPct(r.qoqPct)} q/q` : "",
  ].filter(Boolean);
  const range =
    r.value === null && r.low !== null
      ? `<div class="muted">A range: drawn as a bar from low to high.</div>`
      : "";
  return (
    `<div><b>${escapeHtml(r.company)}</b> · ${escapeHtml(r.item.replace(/_/g, " "))}</div>` +
    `<div>${escapeHtml(r.period)} · as published <b>${escapeHtml(r.periodAsPublished)}</b>${r.fiscalPeriod ? ` (fiscal ${escapeHtml(r.fiscalPeriod)})` : ""}</div>` +
    `<div><b>${escapeHtml(resultValue(r))}</b>${r.currency && r.currency !== r.unit ? ` (${escapeHtml(r.currency)})` : ""}${change.length ? ` · ${change.join(", ")}` : ""}</div>` +
    `<div class="muted">${escapeHtml(r.basis)} · ${preferred ? "✓ preferred for this period" : "another report is preferred for this period"}</div>${range}` +
    (r.excludeReason ? `<div class="note"><b>Excluded:</b> ${escapeHtml(r.excludeReason)}</div>` : "") +
    `<div>Source: ${sourceHtml(r.source)}</div>` +
    (r.note
      ? `<div class="note">${escapeHtml(r.note.length > 220 ? `${r.note.slice(0, 217)}…` : r.note)}</div>`
      : "")
  );
}

const DAY = 86_400_000;
/** The ISO day after `iso` (UTC). */
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
type Datum = { value: [string, number]; result: CompanyResult; symbolRotate?: number };
const end = (r: CompanyResult) => periodSpan(r.period)?.end ?? r.period;
const mid = (r: CompanyResult) =>
  r.value ?? (r.low !== null && r.high !== null ? (r.low + r.high) / 2 : null);

/** Rows that can be placed on the chart (a value, a bound or a range); a blank is never drawn as zero. */
export const drawableResults = (rows: readonly CompanyResult[]) => rows.filter((r) => mid(r) !== null);

export function companyChart(rows: readonly CompanyResult[], preferred: ReadonlySet<string>): EChartsOption {
  const shown = drawableResults(rows);
  const units = [...new Set(shown.map((r) => r.unit))];
  if (units.length > 1) throw new Error(`cannot draw ${units.join(" and ")} on one axis`);
  const lengths = [...new Set(shown.map((r) => periodLength(r.period)))].sort(
    (a, b) =>
      (monthsOf(shown.find((r) => periodLength(r.period) === a)!.period) ?? 0) -
      (monthsOf(shown.find((r) => periodLength(r.period) === b)!.period) ?? 0),
  );
  const series: SeriesOption[] = [];
  lengths.forEach((len, k) => {
    const color = PALETTE[k % PALETTE.length]!;
    const mine = shown.filter((r) => periodLength(r.period) === len);
    const byPeriod = new Map<string, CompanyResult[]>();
    for (const r of mine) byPeriod.set(r.period, [...(byPeriod.get(r.period) ?? []), r]);
    const periods = [...byPeriod.keys()].sort((a, b) =>
      end(byPeriod.get(a)![0]!).localeCompare(end(byPeriod.get(b)![0]!)),
    );
    const line: Datum[] = [];
    const others: Datum[] = [];
    let lastEnd = "";
    for (const p of periods) {
      const list = byPeriod.get(p)!;
      const main = primaryOf(list, preferred);
      // A period that does not follow the one before (a quarter missing) breaks the line instead of bridging it.
      const start = periodSpan(p)?.start ?? "";
      if (lastEnd && main && !main.qualifier && main.value !== null && dayAfter(lastEnd) !== start)
        line.push({ value: [start, null] } as never);
      if (main && !main.qualifier && main.value !== null) lastEnd = end(main);
      for (const r of list) {
        if (r.value === null) {
          // A range: a bar from low to high at the period end (never collapsed to a point).
          series.push({
            type: "line",
            name: len,
            color,
            symbol: "rect",
            symbolSize: [12, 3],
            lineStyle: { width: 6, color, opacity: r.excludeReason ? 0.25 : 0.55 },
            data: [
              { value: [end(r), r.low!], result: r },
              { value: [end(r), r.high!], result: r },
            ] as never,
          });
          continue;
        }
        const d: Datum = { value: [end(r), r.value], result: r };
        if (r.qualifier) d.symbolRotate = r.qualifier.startsWith("l") ? 180 : 0;
        if (r === main && !r.qualifier) line.push(d);
        else others.push(d);
      }
    }
    series.push({
      type: "line",
      name: len,
      color,
      symbol: "circle",
      symbolSize: 8,
      showSymbol: true,
      showAllSymbol: true,
      connectNulls: false,
      lineStyle: { width: 2 },
      data: line as never,
    });
    if (others.length)
      series.push({
        type: "scatter",
        name: len,
        color,
        symbol: "circle",
        symbolSize: 9,
        itemStyle: { color: "#fff", borderColor: color, borderWidth: 2 },
        data: others.map((d) =>
          d.result.qualifier
            ? { ...d, symbol: "triangle", itemStyle: { color: INK } }
            : d.result.excludeReason
              ? { ...d, itemStyle: { color: "#fff", borderColor: "#b9c0c8", borderWidth: 2 } }
              : d,
        ) as never,
      });
  });
  return {
    textStyle: baseTextStyle,
    grid: { ...baseGrid, top: 48 },
    legend: { top: 0, type: "scroll", data: lengths.map((name) => ({ name, icon: "roundRect" })) },
    tooltip: {
      ...baseTooltip,
      trigger: "item",
      formatter: ((x: { data?: Datum }) =>
        x.data?.result ? resultTooltip(x.data.result, preferred.has(x.data.result.id)) : "") as never,
    },
    // A month of room either side, so the first and last points are not cut by the plot edge.
    xAxis: {
      type: "time",
      axisLabel: { hideOverlap: true },
      min: (v: { min: number }) => v.min - 31 * DAY,
      max: (v: { max: number }) => v.max + 31 * DAY,
    },
    yAxis: valueAxis(units[0] ?? ""),
    series,
  };
}
