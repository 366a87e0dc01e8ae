/** @module stackedAreaChart: model outputs by category over years (e.g. demand by application), stacked. */
import type { EChartsOption } from "echarts";
import { escapeHtml, formatNumber } from "../format.ts";
import { PALETTE, baseGrid, baseTextStyle, baseTooltip, valueAxis } from "./theme.ts";

export interface AreaInput {
  name: string;
  values: number[];
  /** Draw as a dashed line (a second scenario beside the first); lines only. */
  dashed?: boolean;
  /** Fixed colour (the same series in two scenarios). */
  color?: string;
}

export interface StackedAreaOptions {
  years: (number | string)[];
  unit: string;
  citation: string;
  /** Stack the series (default) or draw plain lines. */
  stack?: boolean;
}

export function stackedAreaChart(series: AreaInput[], options: StackedAreaOptions): EChartsOption {
  const stack = options.stack ?? true;
  const formatter = (
    params: { dataIndex: number; marker?: string; seriesName?: string; value?: unknown }[],
  ) => {
    const idx = params[0]?.dataIndex ?? 0;
    const rows = params.map(
      (p) =>
        `<div>${p.marker ?? ""}${escapeHtml(p.seriesName ?? "")}: <b>${formatNumber(Number(p.value))}</b> ${escapeHtml(options.unit)}</div>`,
    );
    const total = stack ? series.reduce((a, s) => a + (s.values[idx] ?? 0), 0) : null;
    return (
      `<div><b>${escapeHtml(String(options.years[idx]))}</b>${total !== null ? ` · total <b>${formatNumber(total)}</b> ${escapeHtml(options.unit)}` : ""}</div>` +
      `${rows.join("")}<div class="muted">Source: ${escapeHtml(options.citation)}</div>`
    );
  };
  return {
    textStyle: baseTextStyle,
    color: PALETTE,
    // A wrapping legend: every category stays visible (room for up to three rows).
    grid: { ...baseGrid, top: series.length > 4 ? 92 : 56 },
    legend: { top: 0, type: "plain", itemGap: 8, itemWidth: 14, textStyle: { fontSize: 11 } },
    tooltip: { ...baseTooltip, trigger: "axis", formatter: formatter as never },
    xAxis: { type: "category", data: options.years.map(String), boundaryGap: false },
    yAxis: valueAxis(options.unit),
    series: series.map((s) => ({
      type: "line",
      name: s.name,
      data: s.values,
      symbol: "none",
      ...(stack
        ? { stack: "total", areaStyle: { opacity: 0.85 }, lineStyle: { width: 0.5 } }
        : { lineStyle: { width: 2, ...(s.dashed ? { type: "dashed" as const } : {}) } }),
      ...(s.color ? { color: s.color } : {}),
      emphasis: { focus: "series" },
    })),
  };
}
