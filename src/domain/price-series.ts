/**
 * @module Continuous price series per material and market (China domestic, outside China) in USD/kg without VAT:
 * each point carries the published price, the exchange rate and the VAT rate used with their sources; the China
 * premium per quarter where both markets have points; and every price left out with the reason. The shapes are the
 * zod schemas of price-types.ts, so GET /api/prices documents exactly what `buildPriceSeries` returns.
 */
import type { PricePointUsd, PriceSource, PricesResult } from "./price-types.ts";
import type { SeriesFigure } from "./series-types.ts";
import {
  chinaVatOn,
  convertCurrency,
  type ExchangeRateLike,
  priceBasisOf,
  priceUnit,
  type TaxRateLike,
  vatTreatment,
} from "./price-basis.ts";

/** A price figure as the store serves it: the served figure's fields the conversion reads (one declaration). */
export type PriceFigureIn = Pick<
  SeriesFigure,
  | "id"
  | "material"
  | "location"
  | "variant"
  | "note"
  | "period"
  | "periodStart"
  | "periodEnd"
  | "value"
  | "low"
  | "high"
  | "qualifier"
  | "approx"
  | "unit"
  | "excludeReason"
  | "isLatest"
  | "isForecast"
> & { source: PriceSource };

export interface PriceInputs {
  figures: readonly PriceFigureIn[];
  exchangeRates: readonly (ExchangeRateLike & { source: PriceSource })[];
  taxRates: readonly (TaxRateLike & { source: PriceSource })[];
}

export const PRICE_METHOD =
  "Each price is converted to USD per kg: yuan (or euro, Australian dollar) with the sourced monthly average rate of its month, else the annual average of its year; a price with no sourced rate is left out, never converted with a guessed one. China's VAT is removed from a price that includes it (stated, or China's convention for yuan spot prices), at the sourced rate in force on its date. A range is drawn at its midpoint; a bound (> or <) is left out. The premium compares, per quarter, the mean of the outside-China points with the mean of the China points (prices dated to a day, month or quarter; annual averages are not paired).";

const DAY_MS = 86_400_000;

/** The middle day of [start, end] (both YYYY-MM-DD). */
function midDay(start: string, end: string): string {
  const a = Date.parse(`${start}T00:00:00Z`);
  const b = Date.parse(`${end}T00:00:00Z`);
  const mid = a + Math.floor((b - a) / DAY_MS / 2) * DAY_MS;
  return new Date(mid).toISOString().slice(0, 10);
}

type Converted = { point: PricePointUsd } | { reason: string };

/** One figure in USD/kg without VAT, or why it cannot be. */
export function pricePointUsd(f: PriceFigureIn, inputs: Omit<PriceInputs, "figures">): Converted {
  if (f.excludeReason) return { reason: `excluded: ${f.excludeReason}` };
  if (!f.isLatest) return { reason: "an older edition of a revised statistic" };
  if (f.isForecast) return { reason: "a forecast, not an observed price" };
  if (f.qualifier) return { reason: "a bound (> or <), not a price" };
  const low = f.low ?? f.value;
  const high = f.high ?? f.value;
  if (low === null || high === null) return { reason: "no value" };
  const unit = priceUnit(f.unit);
  if (!unit) return { reason: `unit ${f.unit} is not a currency per kg or per tonne` };
  const text = `${f.location} ${f.note}`;
  const basis = priceBasisOf(text, unit.currency);
  const vat = vatTreatment(text, unit.currency, basis);
  const day = f.periodStart;
  let k = unit.perKg;
  let fx: PricePointUsd["fx"] = null;
  if (unit.currency !== "USD") {
    const c = convertCurrency(inputs.exchangeRates, 1, unit.currency, "USD", day);
    if (!c)
      return {
        reason: `no sourced ${unit.currency}/USD rate for ${day.slice(0, 7)} (monthly) or ${day.slice(0, 4)} (annual)`,
      };
    k *= c.value;
    fx = {
      base: c.rate.base,
      quote: c.rate.quote,
      period: c.rate.period,
      rate: c.rate.rate,
      source: c.rate.source,
    };
  }
  let vatUsed: PricePointUsd["vat"] = null;
  if (vat.incl) {
    const t = chinaVatOn(inputs.taxRates, day);
    if (!t) return { reason: `no sourced China VAT rate in force on ${day}` };
    k /= 1 + t.ratePct / 100;
    vatUsed = { ratePct: t.ratePct, stated: vat.stated, source: t.source };
  }
  const lo = low * k;
  const hi = high * k;
  return {
    point: {
      figureId: f.id,
      material: f.material,
      market: basis === "outside" ? "outside" : "china",
      basis,
      location: f.location,
      priceType: f.variant,
      period: f.period,
      date: midDay(f.periodStart, f.periodEnd),
      usdPerKg: (lo + hi) / 2,
      lowUsdPerKg: lo,
      highUsdPerKg: hi,
      published: { low, high, unit: f.unit },
      fx,
      vat: vatUsed,
      approx: f.approx,
      source: f.source,
    },
  };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The quarter (YYYY-Qn) of a day (YYYY-MM-DD). */
const quarterOf = (day: string) => `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;

/** Series per (material, market), sorted by date; the premium per quarter; and what was left out. */
export function buildPriceSeries(inputs: PriceInputs): PricesResult {
  const groups = new Map<string, PricePointUsd[]>();
  const skipped: PricesResult["skipped"] = [];
  for (const f of inputs.figures) {
    const c = pricePointUsd(f, inputs);
    if ("reason" in c) {
      skipped.push({ figureId: f.id, material: f.material, period: f.period, reason: c.reason });
      continue;
    }
    const key = `${c.point.material}\u0000${c.point.market}`;
    groups.set(key, [...(groups.get(key) ?? []), c.point]);
  }
  const series = [...groups.values()]
    .map((points) => ({
      material: points[0]!.material,
      market: points[0]!.market,
      points: points.sort((a, b) => a.date.localeCompare(b.date) || a.figureId.localeCompare(b.figureId)),
    }))
    .sort((a, b) => a.material.localeCompare(b.material) || a.market.localeCompare(b.market));
  const premium: PricesResult["premium"] = [];
  for (const china of series.filter((s) => s.market === "china")) {
    const outside = series.find((s) => s.market === "outside" && s.material === china.material);
    if (!outside) continue;
    // Only prices dated to a day, a month or a quarter are paired; annual (and longer) averages are not.
    const byQuarter = (s: typeof china) => {
      const m = new Map<string, number[]>();
      for (const p of s.points)
        if (/^\d{4}-(\d{2}(-\d{2})?|Q[1-4])$/.test(p.period)) {
          const q = quarterOf(p.date);
          m.set(q, [...(m.get(q) ?? []), p.usdPerKg]);
        }
      return m;
    };
    const c = byQuarter(china);
    const o = byQuarter(outside);
    for (const quarter of [...c.keys()].filter((k) => o.has(k)).sort()) {
      const cv = mean(c.get(quarter)!);
      const ov = mean(o.get(quarter)!);
      premium.push({
        material: china.material,
        quarter,
        chinaUsdPerKg: cv,
        outsideUsdPerKg: ov,
        premiumPct: (ov / cv - 1) * 100,
        chinaPoints: c.get(quarter)!.length,
        outsidePoints: o.get(quarter)!.length,
      });
    }
  }
  return { unit: "USD/kg", series, premium, skipped, method: PRICE_METHOD };
}
