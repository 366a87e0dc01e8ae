/** @module pricePointsChart: curated price observations on a time axis, one series per material; basis in the tooltip. */
import type { EChartsOption } from "echarts";
import type { Figure } from "../types.ts";
import { PALETTE, baseGrid, baseTextStyle, baseTooltip, valueAxis } from "./theme.ts";
import { type FigureDatum, figureTooltip } from "./tooltip.ts";

/** Scatter of price points in one unit; a range is placed at its midpoint and its low–high is in the tooltip. */
export function pricePointsChart(
  figures: Figure[],
  options: { unit: string; logScale?: boolean },
): EChartsOption {
  const rows = figures.filter(
    (f) => f.unit === options.unit && (f.value !== null || (f.low !== null && f.high !== null)),
  );
  const materials = [...new Set(rows.map((f) => f.material || f.entity))].sort();
  return {
    textStyle: baseTextStyle,
    grid: { ...baseGrid, top: 56 },
    legend: { top: 0, type: "scroll" },
    tooltip: { ...baseTooltip, trigger: "item", formatter: figureTooltip as never },
    xAxis: { type: "time", axisLabel: { hideOverlap: true } },
    yAxis: valueAxis(options.unit, options.logScale),
    series: materials.map((m, i) => ({
      type: "scatter",
      name: m,
      color: PALETTE[i % PALETTE.length]!,
      symbolSize: 8,
      data: rows
        .filter((f) => (f.material || f.entity) === m)
        .sort((a, b) => a.periodStart.localeCompare(b.periodStart))
        .map((f): FigureDatum => ({ value: [f.periodStart, f.value ?? (f.low! + f.high!) / 2], figure: f })),
    })),
  };
}
