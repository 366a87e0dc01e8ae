/**
 * @module Quantiles of values held in several ascending-sorted runs (one run per Monte Carlo batch) without merging
 * them: the order statistics a type-7 quantile reads are found by binary search, so each costs O(log n) for two runs
 * and O(B²·log²n) for B runs, against a gather and a sort of every value. The results are exactly those of
 * `quantileSorted` on the merged, sorted values (the same order statistics through the same formula).
 */
import { quantileAt } from "./quantile.ts";

/** Elements ≤ v in an ascending run. */
function countAtMost(run: Float64Array, v: number): number {
  let lo = 0;
  let hi = run.length;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (run[m]! <= v) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** The k-th smallest (0-based) of the union of two ascending runs. */
function kthOfTwo(a: Float64Array, b: Float64Array, k: number): number {
  // i values from a and k + 1 − i from b are the k + 1 smallest: the largest i with a[i − 1] ≤ b[k − i] …
  let lo = Math.max(0, k + 1 - b.length);
  let hi = Math.min(k + 1, a.length);
  while (lo < hi) {
    const i = (lo + hi) >>> 1;
    if (a[i]! < b[k - i]!) lo = i + 1;
    else hi = i;
  }
  const j = k + 1 - lo;
  // … and the k-th smallest is the larger of the last value taken from each run
  if (lo === 0) return b[j - 1]!;
  if (j === 0) return a[lo - 1]!;
  return Math.max(a[lo - 1]!, b[j - 1]!);
}

/**
 * The k-th smallest (0-based) of the union of ascending runs: in each run, the first value with at least k + 1 values ≤
 * it overall is a candidate; the true k-th value is a candidate and no candidate is smaller.
 */
export function kthOfSortedRuns(runs: readonly Float64Array[], k: number): number {
  if (runs.length === 1) return runs[0]![k]!;
  if (runs.length === 2) return kthOfTwo(runs[0]!, runs[1]!, k);
  let best = Number.POSITIVE_INFINITY;
  for (const run of runs) {
    let lo = 0;
    let hi = run.length;
    while (lo < hi) {
      const m = (lo + hi) >>> 1;
      let c = 0;
      for (const other of runs) c += countAtMost(other, run[m]!);
      if (c >= k + 1) hi = m;
      else lo = m + 1;
    }
    if (lo < run.length && run[lo]! < best) best = run[lo]!;
  }
  return best;
}

/** Type-7 quantile at p of the values of ascending runs, as `quantileSorted` of their merged sorted values. */
export function quantileOfSortedRuns(runs: readonly Float64Array[], p: number): number {
  const nonEmpty = runs.filter((r) => r.length > 0);
  const n = nonEmpty.reduce((a, r) => a + r.length, 0);
  return quantileAt(n, p, (i) => kthOfSortedRuns(nonEmpty, i));
}
