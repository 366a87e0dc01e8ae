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
/** ln(k) for integer ages, so Weibull survival needs no log in the loop. */
const LN_AGE = Float64Array.from({ length: 256 }, (_, k) => Math.log(k));

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
  for (let k = 0; k < n; k++) {
    const x = (k + ageOffset - mean) * d;
    out[offset + k] = 0.5 * erfcFast(x);
  }
}

/** Weibull survival exp(−(a/scale)^shape). */
export function weibullSurvival(
  scale: number,
  shape: number,
  n: number,
  out: Float64Array,
  offset = 0,
  ageOffset = 0,
): void {
  const lnScale = Math.log(scale);
  for (let k = 0; k < n; k++) {
    const a = k + ageOffset;
    const lnA = ageOffset === 0 && k < 256 ? LN_AGE[k]! : Math.log(a);
    out[offset + k] = a <= 0 ? 1 : Math.exp(-Math.exp(shape * (lnA - lnScale)));
  }
}
