/** @module Rounding: the precision a number was written with, and whether two written numbers can be the same quantity. */

/**
 * The place value of the last significant digit of `v` as written: 5773 -> 1, 6150 -> 10, 390000 -> 10000,
 * 4343.5 -> 0.1, 0.25 -> 0.01. A number carries no other trace of its precision, so trailing zeros of an
 * integer are read as rounding (USGS writes 390,000 for a figure rounded to two digits), but never coarser
 * than two significant digits (100 -> 10, not 100).
 */
export function ulpOf(v: number): number {
  if (!Number.isFinite(v) || v === 0) return 1;
  const [mantissa, exp = "0"] = Math.abs(v).toExponential().split("e");
  const significant = mantissa!.replace(".", "").length;
  const e = Number(exp);
  const last = e - (significant - 1);
  return 10 ** (last > 0 ? Math.min(last, Math.max(0, e - 1)) : last);
}

/**
 * True when `a` and `b` can be the same quantity rounded differently: their rounding intervals
 * (value ± half a unit in the last place) meet. 5,773 and 5,774 agree; 6,150 and 6,149.95 agree;
 * 4,343.5 and 5,473 do not; 43% and 48% do not.
 */
export function agreeWithinRounding(a: number, b: number): boolean {
  const tolerance = (ulpOf(a) + ulpOf(b)) / 2;
  return Math.abs(a - b) <= tolerance * (1 + 1e-9);
}
