/** @module exportsChart: China's monthly magnet exports to one destination from GET /api/series, derived months marked. */
import type { EChartsOption } from "echarts";
import type { SeriesResult } from "../types.ts";
import { baseGrid, baseTextStyle, baseTooltip, DERIVED_COLOR, PALETTE, valueAxis } from "./theme.ts";
import { figureTooltip, itemDatum } from "./tooltip.ts";

export interface ExportsChartOptions {
  destination: string;
}

/**
 * One point per month of the series (t): the preferred value, a gap where the month is missing; months derived
 * by Lodestone get a hollow red diamond and their own legend entry.
 */
export function exportsChart(series: SeriesResult, { destination }: ExportsChartOptions): EChartsOption {
  const name = `Exports to ${destination}`;
  const derived = series.items.filter((i) => i.value !== null && i.quality === "derived");
  return {
    textStyle: baseTextStyle,
    color: PALETTE,
    grid: { ...baseGrid, top: 56 },
    legend: { top: 0, type: "scroll", textStyle: { fontSize: 12 } },
    tooltip: { ...baseTooltip, trigger: "axis", formatter: figureTooltip as never },
    xAxis: {
      type: "category",
      data: series.items.map((i) => i.period),
      boundaryGap: false,
      axisLabel: { hideOverlap: true },
    },
    yAxis: valueAxis(series.unit || "t"),
    series: [
      {
        type: "line",
        name,
        color: PALETTE[0]!,
        symbolSize: 5,
        showSymbol: true,
        showAllSymbol: true,
        connectNulls: false,
        lineStyle: { width: 2 },
        emphasis: { focus: "series" },
        data: series.items.map(itemDatum),
      },
      ...(derived.length
        ? [
            {
              type: "scatter" as const,
              name: `${name} (derived by Lodestone)`,
              color: DERIVED_COLOR,
              symbol: "diamond",
              symbolSize: 11,
              z: 5,
              itemStyle: { color: "#fff", borderColor: DERIVED_COLOR, borderWidth: 2 },
              data: derived.map(itemDatum),
            },
          ]
        : []),
    ],
  };
}
