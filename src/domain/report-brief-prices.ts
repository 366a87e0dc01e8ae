/**
 * @module The monthly brief's prices (pure): the price points dated in the month in USD/kg without VAT — the points of
 * GET /api/prices and `lodestone prices`, each with its published price, the rate and VAT used and their sources —
 * and the prices of the month left out, with the reason (never converted with a guessed rate).
 */
import type { PricePointUsd, PriceSource, PricesResult } from "./price-types.ts";
import { num, type ReportSection } from "./report-html.ts";

export interface BriefPrice {
  material: string;
  period: string;
  market: PricePointUsd["market"];
  usdPerKg: number;
  lowUsdPerKg: number;
  highUsdPerKg: number;
  /** The price as published: value or range, unit, delivery basis and price type. */
  published: string;
  /** How it became USD/kg without VAT: the rate and VAT used, with their publishers. */
  conversion: string;
  source: PriceSource;
  /** The sources of the rate and VAT used. */
  rateSources: PriceSource[];
}
export interface BriefPriceLeftOut {
  material: string;
  period: string;
  reason: string;
}

const range = (low: number, high: number) => (low === high ? num(low, 2) : `${num(low, 2)}–${num(high, 2)}`);
/** A period dated in `month`: the month itself or one of its days (a quarter or year average is not "of" a month). */
const inMonth = (period: string, month: string) => period === month || period.startsWith(`${month}-`);

function conversion(p: PricePointUsd): string {
  const fx = p.fx
    ? `${p.fx.rate} ${p.fx.quote}/${p.fx.base}, ${p.fx.period} average (${p.fx.source.publisher})`
    : "published in USD";
  const vat = p.vat
    ? `${p.vat.ratePct}% VAT removed${p.vat.stated ? "" : " (taken to include VAT)"} (${p.vat.source.publisher})`
    : "no VAT";
  return `${fx}; ${vat}`;
}

/** The points and left-out prices of `r` dated in `month`, by material then date. */
export function briefPrices(
  r: PricesResult,
  month: string,
): { prices: BriefPrice[]; pricesLeftOut: BriefPriceLeftOut[] } {
  const prices = r.series
    .flatMap((s) => s.points)
    .filter((p) => inMonth(p.period, month))
    .map((p) => ({
      material: p.material,
      period: p.period,
      market: p.market,
      usdPerKg: p.usdPerKg,
      lowUsdPerKg: p.lowUsdPerKg,
      highUsdPerKg: p.highUsdPerKg,
      published: `${range(p.published.low, p.published.high)} ${p.published.unit}, ${[p.location, p.priceType].filter(Boolean).join(", ")}`,
      conversion: conversion(p),
      source: p.source,
      rateSources: [...(p.fx ? [p.fx.source] : []), ...(p.vat ? [p.vat.source] : [])],
    }))
    .sort((a, b) => a.material.localeCompare(b.material) || a.period.localeCompare(b.period));
  const pricesLeftOut = r.skipped
    .filter((s) => inMonth(s.period, month))
    .map((s) => ({ material: s.material, period: s.period, reason: s.reason }))
    .sort((a, b) => a.material.localeCompare(b.material) || a.period.localeCompare(b.period));
  return { prices, pricesLeftOut };
}

/** The brief's prices section: one table row per converted point; the left-out prices named beneath. */
export function pricesSection(
  month: string,
  prices: BriefPrice[],
  leftOut: BriefPriceLeftOut[],
): ReportSection {
  const paragraphs = [
    prices.length
      ? "USD/kg without VAT, the same values as the Prices page and `lodestone prices`: yuan (euro, Australian dollar) converted at the sourced monthly average rate of the price's month, else its year's annual average; China's VAT removed where the price includes it."
      : `No price dated in ${month} could be converted to USD/kg without VAT.`,
    ...(leftOut.length
      ? [
          `Left out (${leftOut.length}): ${leftOut.map((s) => `${s.material} ${s.period}: ${s.reason}`).join("; ")}.`,
        ]
      : []),
  ];
  if (!prices.length) return { title: `Prices dated in ${month}`, paragraphs };
  return {
    title: `Prices dated in ${month}`,
    paragraphs,
    table: {
      header: ["Material", "Date", "Market", "USD/kg ex VAT", "Published", "Rate and VAT", "Source"],
      rows: prices.map((p) => [
        p.material,
        p.period,
        p.market === "china" ? "China" : "outside China",
        range(p.lowUsdPerKg, p.highUsdPerKg),
        p.published,
        p.conversion,
        `${p.source.publisher}, ${p.source.published}`,
      ]),
    },
  };
}
