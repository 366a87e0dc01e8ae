/** @module Production charts: mine production stacked by country, revisions by vintage, reserves by country. */
import type { EChartsOption } from "echarts";
import { resolveEntity } from "../../domain/entity.ts";
import type { Figure, SeriesItem } from "../types.ts";
import { PALETTE, baseGrid, baseTextStyle, baseTooltip, INK, valueAxis } from "./theme.ts";
import { datum, type FigureDatum, figureTooltip, itemDatum } from "./tooltip.ts";

/** True for any name of the world total (World, World total, global ...), by the entity registry. */
export const isWorld = (entity: string) => resolveEntity(entity)?.id === "world";

export interface ProductionChartOptions {
  /** Countries shown individually (largest in the latest year); the rest are summed. Default 8. */
  top?: number;
  /** The world total from GET /api/series (one preferred value per year); default: the world rows of `figures`. */
  world?: SeriesItem[];
}

/** Mine production by year, stacked by country, with the world total as a line. Expects one vintage. */
export function productionChart(figures: Figure[], options: ProductionChartOptions = {}): EChartsOption {
  const rows = figures.filter((f) => f.value !== null && f.periodKind === "year");
  const world = rows.filter((f) => isWorld(f.entity));
  const countries = rows.filter((f) => !isWorld(f.entity));
  // Years with a country breakdown; long world-only histories would flatten the stack.
  const years = [...new Set((countries.length ? countries : rows).map((f) => f.period))].sort();
  const last = years.at(-1);
  const size = new Map<string, number>();
  for (const f of countries) if (f.period === last) size.set(f.entity, f.value!);
  for (const f of countries) if (!size.has(f.entity)) size.set(f.entity, 0);
  const ranked = [...size.entries()].sort((a, b) => b[1] - a[1]).map(([e]) => e);
  const shown = ranked.slice(0, options.top ?? 8);
  const rest = ranked.slice(shown.length);
  const series: NonNullable<EChartsOption["series"]> = shown.map((entity, i) => ({
    type: "bar",
    name: entity,
    stack: "countries",
    color: PALETTE[i % PALETTE.length]!,
    barMaxWidth: 36,
    emphasis: { focus: "series" },
    data: years.map((y) => {
      const f = countries.find((c) => c.entity === entity && c.period === y);
      return f ? datum(f) : { value: [y, null] };
    }),
  }));
  if (rest.length)
    series.push({
      type: "bar",
      name: "Other countries",
      stack: "countries",
      color: "#b8c2cc",
      data: years.map((y): FigureDatum => {
        const parts = countries.filter((c) => rest.includes(c.entity) && c.period === y);
        return { value: [y, parts.length ? parts.reduce((a, f) => a + f.value!, 0) : null], parts };
      }),
    });
  const worldItems = options.world?.filter((i) => i.value !== null);
  if (worldItems?.length || world.length)
    series.push({
      type: "line",
      name: "World total",
      color: INK,
      symbolSize: 6,
      lineStyle: { width: 2, type: "dashed" },
      data: years.map((y) => {
        const i = worldItems?.find((w) => w.period === y);
        if (worldItems) return i ? itemDatum(i) : { value: [y, null] };
        const f = world.find((w) => w.period === y);
        return f ? datum(f) : { value: [y, null] };
      }),
    });
  return {
    textStyle: baseTextStyle,
    grid: { ...baseGrid, top: 64 },
    legend: { top: 0, type: "scroll" },
    tooltip: { ...baseTooltip, trigger: "item", formatter: figureTooltip as never },
    xAxis: { type: "category", data: years },
    yAxis: valueAxis(rows[0]?.unit ?? "t REO"),
    series,
  };
}

/** One entity's series under each edition (vintage), one line per vintage, from a few years before revisions start. */
export function revisionsChart(figures: Figure[], entity: string): EChartsOption {
  const all = figures.filter((f) => f.entity === entity && f.value !== null && f.periodKind === "year");
  const count = new Map<string, number>();
  for (const f of all) count.set(f.period, (count.get(f.period) ?? 0) + 1);
  const revised = [...count]
    .filter(([, n]) => n > 1)
    .map(([y]) => y)
    .sort();
  const first = revised[0] ? String(Number(revised[0]) - 5) : "";
  const rows = all.filter((f) => f.period >= first);
  const vintages = [...new Set(rows.map((f) => f.vintage))].sort();
  const years = [...new Set(rows.map((f) => f.period))].sort();
  return {
    textStyle: baseTextStyle,
    grid: { ...baseGrid, top: 64 },
    legend: { top: 0, type: "scroll" },
    tooltip: { ...baseTooltip, trigger: "item", formatter: figureTooltip as never },
    xAxis: { type: "category", data: years },
    yAxis: valueAxis(rows[0]?.unit ?? "t REO"),
    series: vintages.map((v, i) => ({
      type: "line",
      name: v || "(no vintage)",
      color: PALETTE[i % PALETTE.length]!,
      symbolSize: 6,
      data: rows
        .filter((f) => f.vintage === v)
        .sort((a, b) => a.period.localeCompare(b.period))
        .map((f) => datum(f)),
    })),
  };
}

/** Horizontal bars: one value per entity (e.g. reserves), largest first. */
export function rankingChart(figures: Figure[], options: { top?: number } = {}): EChartsOption {
  const rows = figures
    .filter((f) => f.value !== null && !isWorld(f.entity))
    .sort((a, b) => b.value! - a.value!)
    .slice(0, options.top ?? 12)
    .reverse();
  return {
    textStyle: baseTextStyle,
    grid: { ...baseGrid, left: 110, top: 24 },
    tooltip: { ...baseTooltip, trigger: "item", formatter: figureTooltip as never },
    xAxis: valueAxis(rows[0]?.unit ?? ""),
    yAxis: { type: "category", data: rows.map((f) => f.entity) },
    series: [
      {
        type: "bar",
        name: "Reserves",
        color: PALETTE[0]!,
        barMaxWidth: 18,
        data: rows.map((f) => ({ value: [f.entity, f.value], figure: f }) as never),
        encode: { x: 1, y: 0 },
      },
    ],
  };
}
