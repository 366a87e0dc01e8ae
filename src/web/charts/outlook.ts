/** @module Outlook charts: published estimates as base → target segments (one unit and basis per chart) and their CAGRs. */
import type { EChartsOption, SeriesOption } from "echarts";
import { escapeHtml, formatMoney, formatNumber, sourceHtml } from "../format.ts";
import type { MarketEstimate } from "../types.ts";
import { baseTextStyle, baseTooltip, GRID_LINE, MUTED, PALETTE, valueAxis } from "./theme.ts";

const EXCLUDED = "#b9c0c8";
/** Stated and computed CAGR further apart than this (percentage points) are flagged; both are always shown. */
export const CAGR_TOLERANCE_PP = 0.5;

const KIND: Record<MarketEstimate["kind"], string> = {
  market_value: "Market value",
  volume: "Demand and supply volume",
  humanoid: "Humanoid robots",
};

/**
 * The chart an estimate belongs to: what kind of thing it measures, its unit and, for tonnages, its mass basis —
 * so magnet market value and robot market value, or tonnes of magnet and tonnes of element, never share an axis.
 */
export const outlookGroupOf = (e: Pick<MarketEstimate, "kind" | "unit" | "massBasis">) =>
  [e.kind, e.unit, e.massBasis === "not_applicable" ? "" : e.massBasis].join("|");
export const outlookGroupLabel = (key: string) => {
  const [kind, unit, basis] = key.split("|") as [MarketEstimate["kind"], string, string];
  return `${KIND[kind] ?? kind} · ${unit}${basis ? ` · ${basis.replace(/_/g, " ")} basis` : ""}`;
};
const unitOf = (key: string) => key.split("|")[1] ?? "";

export function outlookGroups(rows: readonly MarketEstimate[]): { key: string; label: string; n: number }[] {
  const n = new Map<string, number>();
  for (const e of rows) n.set(outlookGroupOf(e), (n.get(outlookGroupOf(e)) ?? 0) + 1);
  return [...n]
    .map(([key, k]) => ({ key, label: outlookGroupLabel(key), n: k }))
    .sort((a, b) => b.n - a.n || a.label.localeCompare(b.label));
}

type End = {
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: MarketEstimate["baseQualifier"];
};
const baseOf = (e: MarketEstimate): End => ({
  value: e.baseValue,
  low: e.baseLow,
  high: e.baseHigh,
  qualifier: e.baseQualifier,
});
const targetOf = (e: MarketEstimate): End => ({
  value: e.targetValue,
  low: e.targetLow,
  high: e.targetHigh,
  qualifier: e.targetQualifier,
});
const hasValue = (x: End) => x.value !== null || (x.low !== null && x.high !== null);

/** A base or target as published: bound sign, range, money shortened. */
export function endText(x: End, unit: string): string {
  if (!hasValue(x)) return "–";
  const money = /^[A-Z]{3}$/.test(unit);
  const fmt = money ? formatMoney : formatNumber;
  const sign = { gt: "> ", gte: "≥ ", lt: "< ", lte: "≤ " } as const;
  const v =
    x.value !== null
      ? `${x.qualifier ? sign[x.qualifier] : ""}${fmt(x.value)}`
      : `${fmt(x.low)}–${fmt(x.high)}`;
  return `${v} ${unit}`;
}

/** Stated minus computed CAGR when both exist, and whether they disagree beyond the tolerance. */
export function cagrGap(e: Pick<MarketEstimate, "statedCagrPct" | "computedCagrPct">): {
  gap: number | null;
  conflict: boolean;
} {
  if (e.statedCagrPct === null || e.computedCagrPct === null) return { gap: null, conflict: false };
  const gap = e.statedCagrPct - e.computedCagrPct;
  return { gap, conflict: Math.abs(gap) > CAGR_TOLERANCE_PP };
}

export function estimateTooltip(e: MarketEstimate): string {
  const { gap, conflict } = cagrGap(e);
  const cagr = [
    e.statedCagrPct !== null ? `stated ${formatNumber(e.statedCagrPct)}%/yr` : "",
    e.computedCagrPct !== null
      ? `computed ${formatNumber(e.computedCagrPct)}%/yr <span class="tag tag-derived">derived</span>`
      : "",
    conflict ? `<span class="tag tag-conflict">differ by ${formatNumber(Math.abs(gap!))} pp</span>` : "",
  ].filter(Boolean);
  return (
    `<div><b>${escapeHtml(e.publisher)}</b> <span class="mono">${escapeHtml(e.id)}</span> · published ${escapeHtml(e.publishedDate)}</div>` +
    `<div>${escapeHtml(e.metric)} · ${escapeHtml(e.geography)}${e.scopeBasis ? ` · ${escapeHtml(e.scopeBasis)}` : ""}</div>` +
    `<div>${e.baseYear ?? "?"}: <b>${escapeHtml(endText(baseOf(e), e.unit))}</b> → ${e.targetYear ?? "?"}: <b>${escapeHtml(endText(targetOf(e), e.unit))}</b>${e.approx ? " (hedged, see note)" : ""}</div>` +
    (cagr.length ? `<div>CAGR ${cagr.join(" · ")}</div>` : "") +
    (e.scenario ? `<div class="muted">Scenario: ${escapeHtml(e.scenario)}</div>` : "") +
    (e.excludeReason ? `<div class="note"><b>Excluded:</b> ${escapeHtml(e.excludeReason)}</div>` : "") +
    `<div>Source: ${sourceHtml(e.source)}</div>` +
    (e.note
      ? `<div class="note">${escapeHtml(e.note.length > 220 ? `${e.note.slice(0, 217)}…` : e.note)}</div>`
      : "")
  );
}

type Datum = { value: [number, number]; estimate: MarketEstimate; symbol?: string; symbolRotate?: number };

/** Points of one end: a point value (a triangle for a bound), or the two ends of a range. */
function points(e: MarketEstimate, year: number | null, x: End): Datum[] {
  if (year === null || !hasValue(x)) return [];
  if (x.value !== null)
    return [
      {
        value: [year, x.value],
        estimate: e,
        ...(x.qualifier ? { symbol: "triangle", symbolRotate: x.qualifier.startsWith("l") ? 180 : 0 } : {}),
      },
    ];
  return [
    { value: [year, x.low!], estimate: e },
    { value: [year, x.high!], estimate: e },
  ];
}

/**
 * Each estimate of the group as a segment from its base to its target (one colour per metric, the legend groups
 * them); a range is a vertical bar at its year, a bound a triangle; excluded estimates are grey and dashed.
 */
export function outlookChart(
  rows: readonly MarketEstimate[],
  group: string,
  options: { logScale?: boolean } = {},
): EChartsOption {
  const mine = rows.filter((e) => outlookGroupOf(e) === group);
  const metrics = [...new Set(mine.map((e) => e.metric))].sort();
  const series: SeriesOption[] = [];
  for (const e of mine) {
    const color = e.excludeReason ? EXCLUDED : PALETTE[metrics.indexOf(e.metric) % PALETTE.length]!;
    const name = e.excludeReason ? "excluded (see reason)" : e.metric;
    const b = points(e, e.baseYear, baseOf(e));
    const t = points(e, e.targetYear, targetOf(e));
    const line = {
      type: "line" as const,
      name,
      color,
      symbolSize: 8,
      lineStyle: { width: 2, color, type: e.excludeReason ? ("dashed" as const) : ("solid" as const) },
    };
    // base → target when both ends are single values (dotted when an end is a bound); a range is a vertical bar.
    const bound = !!(e.baseQualifier || e.targetQualifier);
    if (b.length === 1 && t.length === 1)
      series.push({
        ...line,
        lineStyle: { ...line.lineStyle, ...(bound && !e.excludeReason ? { type: "dotted" as const } : {}) },
        data: [...b, ...t] as never,
      });
    else
      for (const end of [b, t].filter((x) => x.length))
        series.push({
          ...line,
          lineStyle: { ...line.lineStyle, width: end.length === 2 ? 5 : 2, opacity: 0.6 },
          symbol: end.length === 2 ? "rect" : "circle",
          data: end as never,
        });
  }
  const years = mine.flatMap((e) => [e.baseYear, e.targetYear]).filter((y): y is number => y !== null);
  return {
    textStyle: baseTextStyle,
    grid: { left: 72, right: 24, top: metrics.length > 3 ? 84 : 56, bottom: 36 },
    legend: { top: 0, type: "plain", textStyle: { fontSize: 11 } },
    tooltip: {
      ...baseTooltip,
      trigger: "item",
      formatter: ((x: { data?: Datum }) =>
        x.data?.estimate ? estimateTooltip(x.data.estimate) : "") as never,
    },
    xAxis: {
      type: "value",
      ...(years.length ? { min: Math.min(...years) - 1, max: Math.max(...years) + 1 } : {}),
      minInterval: 1,
      axisLabel: {
        color: MUTED,
        formatter: (v: number) => String(v),
        showMinLabel: false,
        showMaxLabel: false,
      },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    yAxis: valueAxis(unitOf(group), options.logScale),
    series,
  };
}
