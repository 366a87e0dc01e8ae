/** @module tradeChart: one or more series from GET /api/series on one axis; derived, bound, range and conflict marked. */
import type { EChartsOption, SeriesOption } from "echarts";
import { findOverlap, getEntity } from "../../domain/entity.ts";
import { escapeHtml, formatNumber } from "../format.ts";
import type { SeriesItem, SeriesResult } from "../types.ts";
import { baseGrid, baseTextStyle, baseTooltip, DERIVED_COLOR, INK, PALETTE, valueAxis } from "./theme.ts";
import { type FigureDatum, figureTooltip, itemDatum, type TooltipParam } from "./tooltip.ts";

/** A series to draw: its label (a destination) and the API's answer. */
export interface NamedSeries {
  name: string;
  result: SeriesResult;
  /** A fixed colour (so a destination keeps its colour as others are added); default by position. */
  color?: string;
}

export interface TradeChartOptions {
  /** Stacked bars instead of lines; refused (throws) when the series overlap (see `stackRefusal`). */
  stacked?: boolean;
}

export const CONFLICT_COLOR = "#e07b39";
/** Derived by Lodestone from other figures: for a share, when either value divided is (a share itself always is). */
const isDerived = (i: SeriesItem) =>
  i.share
    ? i.share.part.quality === "derived" || i.share.whole.quality === "derived"
    : i.quality === "derived";
const isPoint = (i: SeriesItem) => i.value !== null && i.qualifier === null;
const isRange = (i: SeriesItem) => i.value === null && i.low !== null && i.high !== null;

/**
 * Why these series must not be stacked, or null when they may: a stack adds them up, so any two that overlap
 * (EU-27 and Germany, World and anything) would be counted twice. Membership comes from the entity registry.
 */
export function stackRefusal(series: readonly { name: string; result: { counterpartyId: string } }[]) {
  if (series.length < 2) return "stacking needs two or more destinations";
  const ids = series.map((s) => s.result.counterpartyId);
  const pair = findOverlap(ids);
  if (!pair) return null;
  const name = (id: string) => series.find((s) => s.result.counterpartyId === id)?.name ?? id;
  const [a, b] = pair.map((id) => getEntity(id));
  const how =
    a?.kind === "world" || b?.kind === "world"
      ? `${name(a?.kind === "world" ? pair[0] : pair[1])} contains every destination`
      : a?.members?.includes(b?.iso3 ?? "-")
        ? `${name(pair[0])} contains ${name(pair[1])}`
        : b?.members?.includes(a?.iso3 ?? "-")
          ? `${name(pair[1])} contains ${name(pair[0])}`
          : `${name(pair[0])} and ${name(pair[1])} overlap (or their membership is not recorded)`;
  return `${how}, so a stack would count the same exports twice`;
}

/** Every period of the series, in time order (the union: destinations may cover different months). */
export function periodAxis(series: readonly NamedSeries[]): string[] {
  const start = new Map<string, string>();
  for (const s of series) for (const i of s.result.items) start.set(i.period, i.start);
  return [...start.keys()].sort((a, b) => start.get(a)!.localeCompare(start.get(b)!));
}

function marks(
  name: string,
  color: string,
  symbol: string,
  data: FigureDatum[],
  style: object,
  size = 11,
): SeriesOption[] {
  if (!data.length) return [];
  return [{ type: "scatter", name, color, symbol, symbolSize: size, z: 5, itemStyle: style, data }];
}

export function tradeChart(series: readonly NamedSeries[], options: TradeChartOptions = {}): EChartsOption {
  const units = [...new Set(series.map((s) => s.result.unit).filter(Boolean))];
  if (units.length > 1) throw new Error(`cannot draw ${units.join(" and ")} on one axis`);
  const refusal = options.stacked ? stackRefusal(series) : null;
  if (refusal) throw new Error(`not stacked: ${refusal}`);
  const periods = periodAxis(series);
  const out: SeriesOption[] = [];
  const derived: FigureDatum[] = [];
  const conflicts: FigureDatum[] = [];
  const bounds: FigureDatum[] = [];
  series.forEach((s, k) => {
    const byPeriod = new Map(s.result.items.map((i) => [i.period, i]));
    const color = s.color ?? PALETTE[k % PALETTE.length]!;
    const data = periods.map((p): FigureDatum => {
      const i = byPeriod.get(p);
      if (!i) return { value: [p, null] };
      // Only point values are drawn on the line or stacked; bounds and ranges get their own marks.
      const d = itemDatum(i);
      return isPoint(i) ? d : { ...d, value: [p, null] };
    });
    for (const i of s.result.items) {
      const at = { ...itemDatum(i), series: s.name };
      if (isDerived(i) && isPoint(i)) derived.push(at);
      if (i.conflict) conflicts.push(at);
      if (i.qualifier) bounds.push({ ...at, symbolRotate: i.qualifier.startsWith("l") ? 180 : 0 } as never);
      if (isRange(i))
        out.push({
          type: "line",
          name: "range (low–high)",
          color,
          symbol: "rect",
          symbolSize: [10, 2],
          lineStyle: { width: 3, color, opacity: 0.6 },
          data: [
            { ...at, value: [i.period, i.low] },
            { ...at, value: [i.period, i.high] },
          ],
        });
    }
    if (options.stacked)
      out.push({
        type: "bar",
        name: s.name,
        color,
        stack: "total",
        barMaxWidth: 28,
        emphasis: { focus: "series" },
        data: data.map((d) =>
          (d.item && isDerived(d.item)) || d.item?.conflict
            ? {
                ...d,
                itemStyle: {
                  borderColor: d.item?.conflict ? CONFLICT_COLOR : DERIVED_COLOR,
                  borderWidth: 2,
                  borderType: "dashed",
                },
              }
            : d,
        ),
      });
    else
      out.push({
        type: "line",
        name: s.name,
        color,
        symbolSize: 5,
        showSymbol: true,
        showAllSymbol: true,
        connectNulls: false,
        lineStyle: { width: 2 },
        emphasis: { focus: "series" },
        data,
      });
  });
  if (!options.stacked)
    out.push(
      ...marks("derived by Lodestone", DERIVED_COLOR, "diamond", derived, {
        color: "#fff",
        borderColor: DERIVED_COLOR,
        borderWidth: 2,
      }),
      ...marks(
        "sources disagree",
        CONFLICT_COLOR,
        "circle",
        conflicts,
        { color: "transparent", borderColor: CONFLICT_COLOR, borderWidth: 2 },
        17,
      ),
      ...marks("bound (> or <)", INK, "triangle", bounds, { color: INK }),
    );
  const stackNote = (params: TooltipParam[]) => {
    if (!options.stacked || series.length < 2) return "";
    const items = params.map((p) => (p.data as FigureDatum | undefined)?.item).filter((i) => i !== undefined);
    const shown = items.filter((i) => isPoint(i));
    const sum = shown.reduce((a, i) => a + i.value!, 0);
    return shown.length === series.length
      ? `<div class="tt-row">Stack of ${series.length} destinations: <b>${formatNumber(sum)}</b> ${escapeHtml(units[0] ?? "")} <span class="tag tag-derived">derived</span></div>`
      : `<div class="tt-row muted">No stack total: ${series.length - shown.length} of ${series.length} destinations have no point value this period.</div>`;
  };
  return {
    textStyle: baseTextStyle,
    color: PALETTE,
    grid: { ...baseGrid, top: 64 },
    legend: { top: 0, type: "scroll", textStyle: { fontSize: 12 } },
    tooltip: {
      ...baseTooltip,
      trigger: "axis",
      formatter: ((p: TooltipParam | TooltipParam[]) => {
        const list = Array.isArray(p) ? p : [p];
        return figureTooltip(list) + stackNote(list);
      }) as never,
    },
    xAxis: {
      type: "category",
      data: periods,
      boundaryGap: !!options.stacked,
      axisLabel: { hideOverlap: true },
    },
    yAxis: valueAxis(units[0] ?? ""),
    series: out,
  };
}
