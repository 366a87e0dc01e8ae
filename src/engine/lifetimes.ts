/** @module Product lifetimes and their survival-by-age vectors: fixed, normal, log-normal, Weibull (years). */
import { erfcFast } from "./erfc-fast.ts";
import { gamma } from "./gamma.ts";

/**
 * A lifetime distribution in years. `mean` is the mean lifetime; normal and log-normal take a
 * standard deviation `std` (years); Weibull takes `shape` k, its scale is derived so the mean holds.
 */
export type Lifetime =
  | { dist: "fixed"; mean: number }
  | { dist: "normal"; mean: number; std: number }
  | { dist: "lognormal"; mean: number; std: number }
  | { dist: "weibull"; mean: number; shape: number };

const SQRT2 = Math.SQRT2;

/** Weibull scale λ with mean λ·Γ(1 + 1/k) equal to `mean`. */
export function weibullScale(mean: number, shape: number): number {
  return mean / gamma(1 + 1 / shape);
}

/**
 * Writes S(k + ageOffset), the share of a cohort still in use at age k, for k = 0..n−1 into
 * out[offset..offset+n). Cohort-invariant: the survival matrix is sf[t, c] = S(t − c).
 */
export function survivalByAge(lt: Lifetime, n: number, out: Float64Array, offset = 0, ageOffset = 0): void {
  switch (lt.dist) {
    case "fixed":
      for (let k = 0; k < n; k++) out[offset + k] = k + ageOffset < lt.mean ? 1 : 0;
      return;
    case "normal":
      normalSurvival(lt.mean, lt.std, n, out, offset, ageOffset);
      return;
    case "lognormal": {
      const s2 = Math.log(1 + (lt.std / lt.mean) ** 2);
      const mu = Math.log(lt.mean) - s2 / 2;
      const d = 1 / (Math.sqrt(s2) * SQRT2);
      for (let k = 0; k < n; k++) {
        const a = k + ageOffset;
        out[offset + k] = a <= 0 ? 1 : 0.5 * erfcFast((Math.log(a) - mu) * d);
      }
      return;
    }
    case "weibull":
      weibullSurvival(weibullScale(lt.mean, lt.shape), lt.shape, n, out, offset, ageOffset);
      return;
  }
}

/** Normal survival 0.5·erfc((a − mean)/(std·√2)), with the tabulated erfc (≤ 5e-16 absolute error). */
export function normalSurvival(
  mean: number,
  std: number,
  n: number,
  out: Float64Array,
  offset = 0,
  ageOffset = 0,
): void {
  const d = 1 / (std * SQRT2);
  let k = 0;
  for (; k < n; k++) {
    const x = (k + ageOffset - mean) * d;
    if (x >= 9) break; // erfcFast is exactly 0 from 9 on (erfc(9) ≈ 4e-37): fill the tail instead
    out[offset + k] = 0.5 * erfcFast(x);
  }
  if (k < n) out.fill(0, offset + k, offset + n);
}

/** (k + ageOffset)^shape for k = 0..n−1, per ageOffset and shape: the only pow in Weibull survival. */
const AGE_POW = new Map<number, Map<number, Float64Array>>();
function agePow(shape: number, ageOffset: number, n: number): Float64Array {
  let byShape = AGE_POW.get(ageOffset);
  if (!byShape) {
    byShape = new Map();
    AGE_POW.set(ageOffset, byShape);
  }
  let t = byShape.get(shape);
  if (!t || t.length < n) {
    if (byShape.size >= 256) byShape.clear(); // bounded: scenarios use a handful of shapes
    t = Float64Array.from({ length: Math.max(n, 128) }, (_, k) => Math.max(0, k + ageOffset) ** shape);
    byShape.set(shape, t);
  }
  return t;
}
/** exp(−z) is exactly 0 in double precision for z > 745.2: the survival tail is filled, not computed. */
const EXP_UNDERFLOW = 745.2;

/**
 * Weibull survival exp(−(a/scale)^shape) = exp(−a^shape · scale^−shape): a^shape comes from a table per
 * shape, so each cell costs one multiply and one exp (a per-draw lifetime factor only changes the scale).
 */
export function weibullSurvival(
  scale: number,
  shape: number,
  n: number,
  out: Float64Array,
  offset = 0,
  ageOffset = 0,
): void {
  const pw = agePow(shape, ageOffset, n);
  const c = Math.exp(-shape * Math.log(scale));
  let k = 0;
  for (; k < n; k++) {
    const z = pw[k]! * c;
    if (z > EXP_UNDERFLOW) break;
    out[offset + k] = Math.exp(-z); // age ≤ 0: pw = 0, S = 1
  }
  if (k < n) out.fill(0, offset + k, offset + n);
}
