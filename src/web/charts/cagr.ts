/** @module cagrChart: stated and recomputed growth rates of published estimates side by side, gaps flagged. */
import type { EChartsOption } from "echarts";
import { formatNumber } from "../format.ts";
import type { MarketEstimate } from "../types.ts";
import { cagrGap, estimateTooltip } from "./outlook.ts";
import { baseTextStyle, baseTooltip, DERIVED_COLOR, GRID_LINE, INK, MUTED, PALETTE } from "./theme.ts";

const EXCLUDED = "#b9c0c8";

/** Estimates with a stated or computed CAGR, as pairs of bars; a gap beyond the tolerance is labelled. */
export function cagrChart(rows: readonly MarketEstimate[]): EChartsOption {
  const shown = rows.filter((e) => e.statedCagrPct !== null || e.computedCagrPct !== null);
  const cats = shown.map(
    (e) => `${e.publisher.length > 30 ? `${e.publisher.slice(0, 29)}…` : e.publisher} · ${e.id}`,
  );
  const bar = (e: MarketEstimate, v: number | null) => ({
    value: v,
    estimate: e,
    ...(e.excludeReason ? { itemStyle: { color: EXCLUDED } } : {}),
  });
  return {
    textStyle: baseTextStyle,
    grid: { left: 250, right: 90, top: 36, bottom: 28 },
    legend: { top: 0 },
    tooltip: {
      ...baseTooltip,
      trigger: "item",
      formatter: ((x: { data?: { estimate?: MarketEstimate } }) =>
        x.data?.estimate ? estimateTooltip(x.data.estimate) : "") as never,
    },
    xAxis: {
      type: "value",
      name: "% per year",
      nameTextStyle: { color: MUTED },
      axisLabel: { color: MUTED },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    yAxis: {
      type: "category",
      data: cats,
      inverse: true,
      axisLabel: { fontSize: 11, width: 240, overflow: "truncate" },
    },
    series: [
      {
        type: "bar",
        name: "stated",
        color: PALETTE[0]!,
        barMaxWidth: 10,
        data: shown.map((e) => bar(e, e.statedCagrPct)) as never,
      },
      {
        type: "bar",
        name: "computed by Lodestone (derived)",
        color: "#fff",
        itemStyle: { borderColor: DERIVED_COLOR, borderWidth: 1.5 },
        barMaxWidth: 10,
        label: {
          show: true,
          position: "right",
          color: INK,
          fontSize: 11,
          formatter: ((x: { data: { estimate: MarketEstimate } }) => {
            const { gap, conflict } = cagrGap(x.data.estimate);
            return conflict ? `≠ ${gap! > 0 ? "+" : ""}${formatNumber(gap)} pp` : "";
          }) as never,
        },
        data: shown.map((e) => bar(e, e.computedCagrPct)) as never,
      },
    ],
  };
}
