/** @module seriesChart: figures grouped into named series over periods (line or bar), with sourced tooltips. */
import type { EChartsOption } from "echarts";
import type { Figure } from "../types.ts";
import { DERIVED_COLOR, PALETTE, baseGrid, baseTextStyle, baseTooltip, valueAxis } from "./theme.ts";
import { datum, figureTooltip } from "./tooltip.ts";

export interface SeriesInput {
  name: string;
  figures: Figure[];
}

export interface SeriesChartOptions {
  kind?: "line" | "bar";
  /** Axis title, usually the unit. */
  yName?: string;
  logScale?: boolean;
  stack?: boolean;
  /** Overlay derived figures as a separate, visibly marked series. */
  markDerived?: boolean;
}

/**
 * One figure per period: the value reconciliation preferred (the same answer as GET /api/series), else reported
 * beats derived, then the latest vintage, then the first seen. Excluded rows are never drawn.
 */
export function onePerPeriod(figs: Figure[]): Figure[] {
  const best = new Map<string, Figure>();
  const rank = (f: Figure) => (f.preferred ? 4 : 0) + (f.isDerived ? 0 : 2) + (f.isLatest ? 1 : 0);
  for (const f of figs) {
    if (f.excludeReason) continue;
    const cur = best.get(f.period);
    if (!cur || rank(f) > rank(cur)) best.set(f.period, f);
  }
  return [...best.values()].sort((a, b) => a.periodStart.localeCompare(b.periodStart));
}

/** Sorted distinct periods across all series; runs of months or years are filled so the axis keeps time spacing. */
export function periodsOf(series: SeriesInput[]): string[] {
  const starts = new Map<string, string>();
  for (const s of series) for (const f of s.figures) starts.set(f.period, f.periodStart);
  const sorted = [...starts.keys()].sort((a, b) => starts.get(a)!.localeCompare(starts.get(b)!));
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return sorted;
  if (sorted.every((p) => /^\d{4}$/.test(p)))
    return Array.from({ length: Number(last) - Number(first) + 1 }, (_, i) => String(Number(first) + i));
  if (sorted.every((p) => /^\d{4}-\d{2}$/.test(p))) {
    const index = (p: string) => Number(p.slice(0, 4)) * 12 + Number(p.slice(5)) - 1;
    const out: string[] = [];
    for (let m = index(first); m <= index(last); m++)
      out.push(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`);
    return out;
  }
  return sorted;
}

export function seriesChart(series: SeriesInput[], options: SeriesChartOptions = {}): EChartsOption {
  const kind = options.kind ?? "line";
  const periods = periodsOf(series);
  const out: NonNullable<EChartsOption["series"]> = [];
  series.forEach((s, i) => {
    const figs = onePerPeriod(s.figures);
    const byPeriod = new Map(figs.map((f) => [f.period, f]));
    const color = PALETTE[i % PALETTE.length]!;
    out.push({
      type: kind,
      name: s.name,
      color,
      ...(options.stack ? { stack: "total" } : {}),
      ...(kind === "line"
        ? {
            symbolSize: 5,
            showSymbol: true,
            showAllSymbol: true,
            connectNulls: false,
            lineStyle: { width: 2 },
          }
        : { barMaxWidth: 28 }),
      emphasis: { focus: "series" },
      // Every period on the axis gets an item; a missing one is null, so the line breaks instead of bridging the gap.
      data: periods.map((p) => {
        const f = byPeriod.get(p);
        return f ? datum(f) : { value: [p, null] };
      }),
    });
    if (options.markDerived) {
      const derived = figs.filter((f) => f.isDerived);
      if (derived.length)
        out.push({
          type: "scatter",
          name: `${s.name} (derived by Lodestone)`,
          color: DERIVED_COLOR,
          symbol: "diamond",
          symbolSize: 11,
          z: 5,
          itemStyle: { color: "#fff", borderColor: DERIVED_COLOR, borderWidth: 2 },
          data: derived.map((f) => datum(f)),
        });
    }
  });
  return {
    textStyle: baseTextStyle,
    color: PALETTE,
    grid: { ...baseGrid, top: series.length > 1 || options.markDerived ? 56 : 36 },
    legend: { top: 0, type: "scroll", textStyle: { fontSize: 12 } },
    tooltip: {
      ...baseTooltip,
      trigger: "axis",
      formatter: figureTooltip as never,
    },
    xAxis: { type: "category", data: periods, boundaryGap: kind === "bar", axisLabel: { hideOverlap: true } },
    yAxis: valueAxis(options.yName ?? "", options.logScale),
    series: out,
  };
}
