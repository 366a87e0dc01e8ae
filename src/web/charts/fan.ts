/** @module fanChart: Monte Carlo quantile bands (P5–P95 shaded) around the median (P50), one fan per series. */
import type { EChartsOption } from "echarts";
import { PALETTE, baseGrid, baseTextStyle, baseTooltip, valueAxis } from "./theme.ts";
import { escapeHtml, formatNumber } from "../format.ts";

export interface FanInput {
  name: string;
  /** Quantiles per year, same length as `years`. */
  p5: number[];
  p50: number[];
  p95: number[];
}

export interface FanChartOptions {
  years: (number | string)[];
  unit: string;
  /** Citation for the tooltip, e.g. "Lodestone model, scenario base, seed 42, 500 draws". */
  citation: string;
}

/**
 * Each fan is three series: an invisible P5 base, a stacked shaded band of height P95 − P5, and the P50 line.
 * Stacking the band on the base draws the area between P5 and P95.
 */
export function fanChart(fans: FanInput[], options: FanChartOptions): EChartsOption {
  const series: NonNullable<EChartsOption["series"]> = [];
  fans.forEach((fan, i) => {
    const color = PALETTE[i % PALETTE.length]!;
    const stack = `fan-${i}`;
    series.push(
      {
        type: "line",
        name: `${fan.name} P5`,
        stack,
        data: fan.p5,
        lineStyle: { opacity: 0 },
        symbol: "none",
        silent: true,
        tooltip: { show: false },
      },
      {
        type: "line",
        name: `${fan.name} P5–P95`,
        stack,
        data: fan.p95.map((hi, j) => hi - fan.p5[j]!),
        lineStyle: { opacity: 0 },
        symbol: "none",
        areaStyle: { color, opacity: 0.18 },
        silent: true,
      },
      {
        type: "line",
        name: fan.name,
        data: fan.p50,
        color,
        symbol: "none",
        lineStyle: { width: 2.5, color },
      },
    );
  });
  const formatter = (params: { dataIndex: number }[] | { dataIndex: number }) => {
    const idx = (Array.isArray(params) ? params[0] : params)?.dataIndex ?? 0;
    const rows = fans.map(
      (f) =>
        `<div><b>${escapeHtml(f.name)}</b>: P50 <b>${formatNumber(f.p50[idx])}</b> ${escapeHtml(options.unit)} ` +
        `<span class="muted">(P5 ${formatNumber(f.p5[idx])} – P95 ${formatNumber(f.p95[idx])})</span></div>`,
    );
    return `<div><b>${escapeHtml(String(options.years[idx]))}</b></div>${rows.join("")}<div class="muted">Source: ${escapeHtml(options.citation)}</div>`;
  };
  return {
    textStyle: baseTextStyle,
    grid: { ...baseGrid, top: 48 },
    legend: { top: 0, data: fans.map((f) => f.name) },
    tooltip: { ...baseTooltip, trigger: "axis", formatter: formatter as never },
    xAxis: { type: "category", data: options.years.map(String), boundaryGap: false },
    yAxis: valueAxis(options.unit),
    series,
  };
}

/** The fans as a table for CSV: one row per year, P5, P50 and P95 of each fan (not the band's drawn height). */
export function fanTable(fans: FanInput[], years: (number | string)[]) {
  return {
    header: ["year", ...fans.flatMap((f) => [`${f.name} P5`, `${f.name} P50`, `${f.name} P95`])],
    rows: years.map((y, i) => [y, ...fans.flatMap((f) => [f.p5[i]!, f.p50[i]!, f.p95[i]!])]),
  };
}
