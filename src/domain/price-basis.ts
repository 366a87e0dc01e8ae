/**
 * @module A price's basis and its conversion: China domestic, a producer's listed price or outside China; whether it
 * includes VAT; currencies converted with a sourced average rate and China's VAT taken from the sourced tax table.
 * One implementation for the claim checks (src/check/prices.ts), GET /api/prices, `lodestone prices` and the page.
 */

/** China domestic (spot, ex-works, in yuan), a producer's listed price in China, or a price outside China (FOB, CIF, Europe). */
export type PriceBasis = "domestic" | "outside" | "listed";

/** A sourced exchange rate: `rate` units of `quote` per one `base`, averaged over `period` (a month or a year). */
export interface ExchangeRateLike {
  base: string;
  quote: string;
  period: string;
  rate: number;
}

/** A sourced tax rate with its validity; empty `from`/`to` = open-ended. */
export interface TaxRateLike {
  jurisdiction: string;
  tax: string;
  from: string;
  to: string;
  ratePct: number;
}

/** The basis a price's description (location, note) states; yuan prices default to China domestic. */
export function priceBasisOf(text: string, currency: string): PriceBasis {
  if (/listed price|list price/i.test(text)) return "listed";
  if (/\bVAT\b|China Domestic|China market/i.test(text)) return "domestic";
  if (/FOB|CIF|Europe|Rotterdam|outside China|ex-China|global|delivered|landed/i.test(text)) return "outside";
  if (/China|domestic|Baotou|SMM|yuan|RMB/i.test(text) || currency === "CNY") return "domestic";
  return "outside";
}

/**
 * Whether the price includes VAT: as stated ("ex VAT", "incl. 13% VAT"), else China's convention for yuan spot prices
 * on the domestic basis (includes VAT), else not (`stated: false` says it was assumed).
 */
export function vatTreatment(
  text: string,
  currency: string,
  basis: PriceBasis,
): { incl: boolean; stated: boolean } {
  if (/ex[- .]?VAT|excl(?:uding|\.)? VAT|excluding tax|before tax|n\/a \(export\)/i.test(text))
    return { incl: false, stated: true };
  if (/incl(?:uding|\.)? (?:\d+% )?VAT|tax[- ]inclusive|含税/i.test(text))
    return { incl: true, stated: true };
  return { incl: basis === "domestic" && currency === "CNY", stated: false };
}

/** China's VAT rate in force on `day` (YYYY-MM-DD), from the sourced tax table, or null. */
export function chinaVatOn<T extends TaxRateLike>(rates: readonly T[], day: string): T | null {
  return (
    rates.find(
      (r) =>
        r.jurisdiction === "China" && r.tax === "VAT" && (!r.from || r.from <= day) && (!r.to || day <= r.to),
    ) ?? null
  );
}

/**
 * `amount` of `from` in `to` with the sourced rate of `day`'s month (a monthly average), else of its year (an annual
 * average); null when neither is in the table (no rate is guessed) or when the currencies are the same.
 */
export function convertCurrency<T extends ExchangeRateLike>(
  rates: readonly T[],
  amount: number,
  from: string,
  to: string,
  day: string,
): { value: number; rate: T; precision: "month" | "year"; direct: boolean } | null {
  if (from === to) return null;
  for (const [period, precision] of [
    [day.slice(0, 7), "month"],
    [day.slice(0, 4), "year"],
  ] as const) {
    for (const r of rates) {
      if (r.period !== period) continue;
      if (r.base === from && r.quote === to)
        return { value: amount * r.rate, rate: r, precision, direct: true };
      if (r.base === to && r.quote === from)
        return { value: amount / r.rate, rate: r, precision, direct: false };
    }
  }
  return null;
}

/** `{currency, perKg factor}` of a price unit such as CNY/t or USD/kg (per tonne = 0.001 per kg); null otherwise. */
export function priceUnit(unit: string | null | undefined): { currency: string; perKg: number } | null {
  const m = /^([A-Z]{3})\/(kg|t)$/.exec(unit ?? "");
  return m ? { currency: m[1]!, perKg: m[2] === "t" ? 0.001 : 1 } : null;
}
