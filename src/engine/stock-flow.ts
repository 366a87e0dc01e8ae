/**
 * @module Cohort stock models with cohort-invariant lifetimes (flodym's inflow-/stock-driven pair), as
 * age convolutions on flat Float64Array series: stock[t] = Σ_k S(k)·inflow[t−k].
 * Outflow closes the balance: outflow[t] = inflow[t] − (stock[t] − stock[t−1]), stock[−1] = 0.
 */

/**
 * Σ_{k<n} a[ao+k]·b[bEnd−k] with four independent accumulators (breaks the add-latency chain; ~2×
 * faster than a single accumulator in V8). The hot loop of every convolution in the engine.
 */
export function dotReversed(n: number, a: Float64Array, ao: number, b: Float64Array, bEnd: number): number {
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  let k = 0;
  for (; k + 3 < n; k += 4) {
    a0 += a[ao + k]! * b[bEnd - k]!;
    a1 += a[ao + k + 1]! * b[bEnd - k - 1]!;
    a2 += a[ao + k + 2]! * b[bEnd - k - 2]!;
    a3 += a[ao + k + 3]! * b[bEnd - k - 3]!;
  }
  for (; k < n; k++) a0 += a[ao + k]! * b[bEnd - k]!;
  return a0 + a1 + (a2 + a3);
}

/**
 * Support of a survival vector: 1 + the last age with S > 0 (at least 1). Ages from there on add exact
 * zeros to every convolution, so loops stop there with bit-identical results.
 */
export function support(T: number, s: Float64Array, so: number): number {
  let K = T;
  while (K > 1 && s[so + K - 1] === 0) K--;
  return K;
}

/**
 * Inflow-driven: from inflow[io..io+T) and survival-by-age s[so..so+T) writes stock and outflow at
 * [oo..oo+T). Units follow the inflow (e.g. t/yr in, t stock).
 */
export function inflowDriven(
  T: number,
  inflow: Float64Array,
  io: number,
  s: Float64Array,
  so: number,
  stock: Float64Array,
  outflow: Float64Array,
  oo: number,
): void {
  const K = support(T, s, so);
  let prev = 0;
  for (let t = 0; t < T; t++) {
    const acc = dotReversed(t < K ? t + 1 : K, s, so, inflow, io + t);
    stock[oo + t] = acc;
    outflow[oo + t] = inflow[io + t]! - (acc - prev);
    prev = acc;
  }
}

/**
 * Stock-driven: from a prescribed stock[so..so+T) and survival-by-age s, writes the inflow that keeps
 * the stock and the outflow: inflow[t] = (stock[t] − Σ_{k≥1} S(k)·inflow[t−k]) / S(0).
 * Requires S(0) > 0. A falling stock can demand a negative inflow; callers clamp or report it.
 */
export function stockDriven(
  T: number,
  stock: Float64Array,
  so: number,
  s: Float64Array,
  sso: number,
  inflow: Float64Array,
  outflow: Float64Array,
  oo: number,
): void {
  const s0 = s[sso]!;
  const K = support(T, s, sso);
  let prev = 0;
  for (let t = 0; t < T; t++) {
    const carried = dotReversed(t < K ? t : K - 1, s, sso + 1, inflow, oo + t - 1);
    const st = stock[so + t]!;
    const i = (st - carried) / s0;
    inflow[oo + t] = i;
    outflow[oo + t] = i - (st - prev);
    prev = st;
  }
}

/** Outflow-by-age shares: pdf[0] = 1 − S(0), pdf[k] = S(k−1) − S(k). */
export function outflowByAge(T: number, s: Float64Array, so: number, pdf: Float64Array, po: number): void {
  pdf[po] = 1 - s[so]!;
  for (let k = 1; k < T; k++) pdf[po + k] = s[so + k - 1]! - s[so + k]!;
}

/** Causal convolution out[t] = Σ_{k≤t} kernel[k]·x[t−k] (e.g. element outflows from element inflows). */
export function convolve(
  T: number,
  kernel: Float64Array,
  ko: number,
  x: Float64Array,
  xo: number,
  out: Float64Array,
  oo: number,
): void {
  const K = support(T, kernel, ko);
  for (let t = 0; t < T; t++) out[oo + t] = dotReversed(t < K ? t + 1 : K, kernel, ko, x, xo + t);
}

/**
 * convolve(kernel, x) and convolve(kernel, y) in one pass over the kernel (offsets 0): each output is summed in the same
 * order as `dotReversed` sums it, so both equal the separate convolutions bit for bit.
 */
export function convolvePair(
  T: number,
  kernel: Float64Array,
  x: Float64Array,
  y: Float64Array,
  outX: Float64Array,
  outY: Float64Array,
): void {
  const K = support(T, kernel, 0);
  for (let t = 0; t < T; t++) {
    const n = t < K ? t + 1 : K;
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    let b0 = 0;
    let b1 = 0;
    let b2 = 0;
    let b3 = 0;
    let k = 0;
    for (; k + 3 < n; k += 4) {
      const k0 = kernel[k]!;
      const k1 = kernel[k + 1]!;
      const k2 = kernel[k + 2]!;
      const k3 = kernel[k + 3]!;
      a0 += k0 * x[t - k]!;
      a1 += k1 * x[t - k - 1]!;
      a2 += k2 * x[t - k - 2]!;
      a3 += k3 * x[t - k - 3]!;
      b0 += k0 * y[t - k]!;
      b1 += k1 * y[t - k - 1]!;
      b2 += k2 * y[t - k - 2]!;
      b3 += k3 * y[t - k - 3]!;
    }
    for (; k < n; k++) {
      a0 += kernel[k]! * x[t - k]!;
      b0 += kernel[k]! * y[t - k]!;
    }
    outX[t] = a0 + a1 + (a2 + a3);
    outY[t] = b0 + b1 + (b2 + b3);
  }
}
