/** @module priceUsdChart: one material's prices in USD/kg without VAT, China domestic against outside China, on a time axis. */
import type { EChartsOption } from "echarts";
import { escapeHtml, formatNumber } from "../format.ts";
import type { PricePointUsd, PricesResult } from "../types.ts";
import { baseGrid, baseTextStyle, baseTooltip, PALETTE, valueAxis } from "./theme.ts";

export const MARKET_LABEL = { china: "China domestic, ex VAT", outside: "Outside China" } as const;

interface PriceDatum {
  value: [string, number];
  point: PricePointUsd;
}

/** The tooltip of one point: USD/kg, the published price, the rate and VAT used with their sources, the price's source. */
export function priceTooltip(p: PricePointUsd): string {
  const range =
    p.lowUsdPerKg !== p.highUsdPerKg
      ? ` (${formatNumber(p.lowUsdPerKg)}–${formatNumber(p.highUsdPerKg)})`
      : "";
  const published = `${formatNumber(p.published.low)}${p.published.high !== p.published.low ? `–${formatNumber(p.published.high)}` : ""} ${p.published.unit}`;
  const lines = [
    `<b>${escapeHtml(p.material)}, ${escapeHtml(p.period)}</b>`,
    `${formatNumber(p.usdPerKg)} USD/kg without VAT${range}`,
    `published ${escapeHtml(published)} · ${escapeHtml(p.location)} · ${escapeHtml(p.priceType)}`,
    p.fx
      ? `rate ${p.fx.rate} ${escapeHtml(p.fx.quote)} per ${escapeHtml(p.fx.base)} (${escapeHtml(p.fx.period)} average; ${escapeHtml(p.fx.source.publisher)})`
      : "published in USD: no conversion",
    p.vat
      ? `${p.vat.ratePct}% VAT removed${p.vat.stated ? "" : " (taken to include VAT, China's convention for yuan spot prices)"} (${escapeHtml(p.vat.source.publisher)})`
      : "no VAT in the price",
    `source: ${escapeHtml(p.source.publisher)}${p.approx ? " · approximate" : ""}`,
  ];
  return lines.join("<br>");
}

/** China and outside-China prices of `material` as two lines with markers (a range drawn at its midpoint). */
export function priceUsdChart(
  r: PricesResult,
  material: string,
  options: { logScale?: boolean } = {},
): EChartsOption {
  const series = r.series.filter((s) => s.material === material);
  return {
    textStyle: baseTextStyle,
    grid: { ...baseGrid, top: 56 },
    legend: { top: 0 },
    tooltip: {
      ...baseTooltip,
      trigger: "item",
      formatter: ((p: { data: PriceDatum }) => priceTooltip(p.data.point)) as never,
    },
    xAxis: { type: "time", axisLabel: { hideOverlap: true } },
    yAxis: valueAxis("USD/kg, without VAT", options.logScale),
    series: series.map((s) => ({
      type: "line",
      name: MARKET_LABEL[s.market],
      color: PALETTE[s.market === "china" ? 3 : 0]!,
      symbol: s.market === "china" ? "circle" : "diamond",
      symbolSize: 8,
      lineStyle: { width: 1.5, type: s.market === "china" ? "solid" : "dashed" },
      data: s.points.map((p): PriceDatum => ({ value: [p.date, p.usdPerKg], point: p })),
    })),
  };
}
