/** @module Quantiles (Hyndman–Fan type 7, numpy's default "linear") and the mean. */

/** Type-7 quantile of `values` at probability p ∈ [0, 1]; sorts a copy. */
export function quantile(values: ArrayLike<number>, p: number): number {
  const sorted = Float64Array.from(values).sort();
  return quantileSorted(sorted, p);
}

/** Type-7 quantile of already ascending-sorted values. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  return quantileAt(sorted.length, p, (i) => sorted[i]!);
}

/** Type-7 quantile of n ascending values read through `at(i)`, which is asked for the two values the quantile needs. */
export function quantileAt(n: number, p: number, at: (i: number) => number): number {
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = at(lo);
  return a + (h - lo) * (at(hi) - a);
}

export function mean(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s / values.length;
}
