/** @module Rounding: how precisely a published number was written, for tolerances that come from the data itself. */

/** Digits after the decimal point as written (5774 -> 0, 6149.95 -> 2). */
export function decimals(x: number): number {
  const s = String(Math.abs(x));
  const e = /e-(\d+)$/.exec(s);
  if (e) return Number(e[1]) + (s.split("e")[0]!.split(".")[1]?.length ?? 0);
  return s.split(".")[1]?.length ?? 0;
}

/** Half a unit of the last digit a number is written with: 5774 -> 0.5, 6149.95 -> 0.005, 71.1 -> 0.05. */
export const halfUnit = (x: number): number => 0.5 * 10 ** -decimals(x);

/** Significant digits written (trailing zeros of an integer do not count): 390000 -> 2, 376000 -> 3, 0.25 -> 2. */
export function significantDigits(x: number): number {
  const s = String(Math.abs(x)).replace(".", "").replace(/^0+/, "");
  const digits = Number.isInteger(x) ? s.replace(/0+$/, "") : s;
  return Math.max(1, digits.length);
}

/**
 * The rounding unit of a USGS world total: USGS rounds world totals to no more than three significant digits, so
 * the unit is the last significant digit as written, taken to at least two significant digits (390,000 -> 10,000;
 * 376,000 -> 1,000; 300,000 -> 10,000; 110,000,000 -> 10,000,000).
 */
export function usgsRoundingUnit(total: number): number {
  if (total === 0) return 1;
  const k = Math.max(2, significantDigits(total));
  return 10 ** (Math.floor(Math.log10(Math.abs(total))) - k + 1);
}

/** Formats a number for issue messages (thousands separators, up to 4 decimals). */
export const show = (x: number): string => x.toLocaleString("en-US", { maximumFractionDigits: 4 });
