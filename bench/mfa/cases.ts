/**
 * @module The mfa-bench cases on the engine's kernels: one scenario (inflow- or stock-driven, normal or
 * Weibull lifetimes) and the two Monte Carlo runs, with the reference's summaries (kt NdFeB, kt element).
 */
import { normalSurvival, weibullScale, weibullSurvival } from "../../src/engine/lifetimes.ts";
import {
  ELEMENT_CONTENT,
  LIFETIME_CV,
  GROWTH_FUT,
  GROWTH_FUT_REGION_OFFSET,
  MFA_A,
  MFA_BASE_YEAR,
  MFA_FIRST_YEAR,
  MFA_R,
  MFA_T,
  mfaInflow,
  mfaLifetimeMean,
  mfaStockLogistic,
  mfaStockSaturation,
  mfaStockTarget,
  WEIBULL_SHAPE_APP,
} from "./workload.ts";
import { dotReversed, inflowDriven, stockDriven } from "../../src/engine/stock-flow.ts";
import { erfcFast } from "../../src/engine/erfc-fast.ts";
import { createSimdSolver, type SimdSolver } from "../../src/engine/simd-solve.ts";

export type MfaDriver = "inflow" | "stock";
export type MfaDist = "normal" | "weibull";
const N = MFA_A * MFA_R;
const T = MFA_T;

/** Flat (A·R × T) buffers of one run. */
export interface MfaRun {
  inflow: Float64Array;
  stock: Float64Array;
  outflow: Float64Array;
}

/** Reusable buffers so repeated runs allocate nothing. */
export function createMfaBuffers() {
  return {
    inflow: new Float64Array(N * T),
    stock: new Float64Array(N * T),
    outflow: new Float64Array(N * T),
    target: mfaStockTarget(new Float64Array(N * T)),
    baseInflow: mfaInflow(new Float64Array(N * T)),
    sAge: new Float64Array(N * T),
  };
}
export type MfaBuffers = ReturnType<typeof createMfaBuffers>;

/** Fills buf.sAge with survival-by-age for every (a, r), mean lifetimes scaled by factor[a]. */
export function mfaSurvival(
  dist: MfaDist,
  sAge: Float64Array,
  factor?: ArrayLike<number>,
  ageOffset = 0,
  fo = 0,
): void {
  for (let a = 0; a < MFA_A; a++) {
    const f = factor ? factor[fo + a]! : 1;
    for (let r = 0; r < MFA_R; r++) {
      const mean = mfaLifetimeMean(a, r, f);
      const o = (a * MFA_R + r) * T;
      if (dist === "normal") normalSurvival(mean, LIFETIME_CV * mean, T, sAge, o, ageOffset);
      else {
        const k = WEIBULL_SHAPE_APP[a]!;
        weibullSurvival(weibullScale(mean, k), k, T, sAge, o, ageOffset);
      }
    }
  }
}

/** Runs one case of the workload into `buf` (inflow, stock, outflow filled). */
export function runMfaCase(driver: MfaDriver, dist: MfaDist, buf: MfaBuffers, ageOffset = 0): MfaRun {
  mfaSurvival(dist, buf.sAge, undefined, ageOffset);
  for (let j = 0; j < N; j++) {
    const o = j * T;
    if (driver === "inflow") {
      inflowDriven(T, buf.baseInflow, o, buf.sAge, o, buf.stock, buf.outflow, o);
    } else {
      stockDriven(T, buf.target, o, buf.sAge, o, buf.inflow, buf.outflow, o);
    }
  }
  if (driver === "inflow") buf.inflow.set(buf.baseInflow);
  else buf.stock.set(buf.target);
  return buf;
}

/** The reference's per-case summary. */
export function summarizeMfa(run: MfaRun) {
  const last = T - 1;
  let inflow = 0;
  let stock = 0;
  let outflow = 0;
  let cumulative = 0;
  let maxResidual = 0;
  const el = [0, 0, 0, 0];
  for (let j = 0; j < N; j++) {
    const o = j * T;
    inflow += run.inflow[o + last]!;
    stock += run.stock[o + last]!;
    outflow += run.outflow[o + last]!;
    const a = Math.floor(j / MFA_R);
    for (let e = 0; e < 4; e++) el[e]! += run.outflow[o + last]! * ELEMENT_CONTENT[a * 4 + e]!;
    let prev = 0;
    for (let t = 0; t < T; t++) {
      cumulative += run.outflow[o + t]!;
      const res = run.inflow[o + t]! - run.outflow[o + t]! - (run.stock[o + t]! - prev);
      maxResidual = Math.max(maxResidual, Math.abs(res));
      prev = run.stock[o + t]!;
    }
  }
  return {
    inflow_2050_total: inflow,
    stock_2050_total: stock,
    outflow_2050_total: outflow,
    outflow_cumulative_1990_2050: cumulative,
    element_outflow_2050: { Nd: el[0]!, Pr: el[1]!, Dy: el[2]!, Tb: el[3]! },
    max_abs_mass_balance_residual: maxResidual,
  };
}

/** Per-draw outputs of the inflow-driven Monte Carlo (n each). */
export interface MfaMcInflowOut {
  outflow_2050: Float64Array;
  stock_2050: Float64Array;
  inflow_2050: Float64Array;
  Nd_outflow_2050: Float64Array;
  Dy_outflow_2050: Float64Array;
  outflow_cum_2025_2050: Float64Array;
}

export function createMfaMcInflowOut(n: number): MfaMcInflowOut {
  return {
    outflow_2050: new Float64Array(n),
    stock_2050: new Float64Array(n),
    inflow_2050: new Float64Array(n),
    Nd_outflow_2050: new Float64Array(n),
    Dy_outflow_2050: new Float64Array(n),
    outflow_cum_2025_2050: new Float64Array(n),
  };
}

const I2025 = 2025 - MFA_FIRST_YEAR;
const I2020 = MFA_BASE_YEAR - MFA_FIRST_YEAR;
const SQRT2 = Math.SQRT2;

/**
 * Writes the normal survival-by-age for mean `mean` (std = CV·mean) into s[o..o+T) with the tabulated
 * erfc and returns K, the number of leading ages with S > 0 (S is exactly 0 from K on).
 */
function fastNormalSurvival(mean: number, s: Float64Array, o: number): number {
  const d = 1 / (LIFETIME_CV * mean * SQRT2);
  let k = 0;
  for (; k < T; k++) {
    const x = (k - mean) * d;
    if (x >= 9) break;
    s[o + k] = 0.5 * erfcFast(x);
  }
  if (k < T) s.fill(0, o + k, o + T);
  return k;
}

/** Buffers and draw-invariant tables for the inflow-driven Monte Carlo; create once per worker. */
export function createMfaMcState() {
  const inflow = mfaInflow(new Float64Array(N * T)); // years ≤ 2020 never change across draws
  const base = new Float64Array(N);
  for (let j = 0; j < N; j++) base[j] = inflow[j * T + I2020]!; // exp(0) = 1: the 2020 value is the base
  return {
    inflow,
    base,
    sAge: new Float64Array(N * T),
    stock: new Float64Array(T),
    outflow: new Float64Array(T),
    kMax: new Int32Array(N),
  };
}
export type MfaMcState = ReturnType<typeof createMfaMcState>;

/** Fills the future inflow (years > 2020) of state.inflow for one draw's growth deltas. */
function mcInflowFuture(st: MfaMcState, growthDelta: Float64Array, go: number): void {
  for (let a = 0; a < MFA_A; a++) {
    const gf = GROWTH_FUT[a]! + growthDelta[go + a]!;
    for (let r = 0; r < MFA_R; r++) {
      const j = a * MFA_R + r;
      const g = gf + GROWTH_FUT_REGION_OFFSET[r]!;
      const o = j * T;
      // b·e^{g·dy} by repeated multiplication: 30 steps drift < 1e-14 relative, one exp instead of 30
      const q = Math.exp(g);
      let v = st.base[j]!;
      for (let t = I2020 + 1; t < T; t++) {
        v *= q;
        st.inflow[o + t] = v;
      }
    }
  }
}

/**
 * Inflow-driven Monte Carlo for draws [from, to): per draw each application's lifetime factor and
 * future growth change. mode "full" computes every year's stock by age convolution; mode "outputs"
 * computes the stock only in the years the outputs need (2024, 2049, 2050) — outflow from the balance
 * and the 2025–2050 cumulative outflow by telescoping. Both give the same per-draw values.
 */
export function mfaMcInflow(
  lifetimeFactor: Float64Array,
  growthDelta: Float64Array,
  from: number,
  to: number,
  out: MfaMcInflowOut,
  outOffset = from,
  mode: "full" | "outputs" = "outputs",
  st: MfaMcState = createMfaMcState(),
): void {
  const { inflow, sAge, stock, outflow } = st;
  const L = T - 1;
  for (let d = from; d < to; d++) {
    mcInflowFuture(st, growthDelta, d * MFA_A);
    let o50 = 0;
    let s50 = 0;
    let i50 = 0;
    let nd = 0;
    let dy = 0;
    let cum = 0;
    for (let a = 0; a < MFA_A; a++) {
      const f = lifetimeFactor[d * MFA_A + a]!;
      let oa = 0;
      for (let r = 0; r < MFA_R; r++) {
        const o = (a * MFA_R + r) * T;
        const K = fastNormalSurvival(mfaLifetimeMean(a, r, f), sAge, o);
        let x50: number;
        let st50: number;
        let c: number;
        if (mode === "full") {
          let prev = 0;
          c = 0;
          for (let t = 0; t < T; t++) {
            const acc = dotReversed(t < K ? t + 1 : K, sAge, o, inflow, o + t);
            stock[t] = acc;
            outflow[t] = inflow[o + t]! - (acc - prev);
            if (t >= I2025) c += outflow[t]!;
            prev = acc;
          }
          x50 = outflow[L]!;
          st50 = stock[L]!;
        } else {
          const sL = dotReversed(K, sAge, o, inflow, o + L);
          const sL1 = dotReversed(Math.min(K, L), sAge, o, inflow, o + L - 1);
          const s24 = dotReversed(Math.min(K, I2025), sAge, o, inflow, o + I2025 - 1);
          let sumIn = 0;
          for (let t = I2025; t < T; t++) sumIn += inflow[o + t]!;
          x50 = inflow[o + L]! - (sL - sL1);
          st50 = sL;
          c = sumIn - (sL - s24);
        }
        oa += x50;
        s50 += st50;
        i50 += inflow[o + L]!;
        cum += c;
      }
      o50 += oa;
      nd += oa * ELEMENT_CONTENT[a * 4]!;
      dy += oa * ELEMENT_CONTENT[a * 4 + 2]!;
    }
    const k = d - from + outOffset;
    out.outflow_2050[k] = o50;
    out.stock_2050[k] = s50;
    out.inflow_2050[k] = i50;
    out.Nd_outflow_2050[k] = nd;
    out.Dy_outflow_2050[k] = dy;
    out.outflow_cum_2025_2050[k] = cum;
  }
}

/**
 * Draw-invariant tables of the stock-driven Monte Carlo. The solve is linear in the target and every
 * target is saturation × the application's unit logistic, so regions of one application with the same
 * lifetime mean share one solve (weighted by their summed saturation): 7 solves instead of 8 here.
 */
function createMfaMcStockState() {
  const logistic = new Float64Array(MFA_A * T);
  const groups: { mean: number; sat: number }[][] = [];
  let dTarget = 0;
  for (let a = 0; a < MFA_A; a++) {
    mfaStockLogistic(a, logistic, a * T);
    const g: { mean: number; sat: number }[] = [];
    for (let r = 0; r < MFA_R; r++) {
      const sat = mfaStockSaturation(a, r);
      dTarget += sat * logistic[a * T + T - 1]! - sat * logistic[a * T + T - 2]!;
      const m = mfaLifetimeMean(a, r);
      const same = g.find((x) => x.mean === m);
      if (same) same.sat += sat;
      else g.push({ mean: m, sat });
    }
    groups.push(g);
  }
  return { logistic, groups, dTarget, s: new Float64Array(T), q: new Float64Array(T) };
}

/**
 * Inflow in the last year of the stock-driven model for target g[go..go+T) and survival s (support K):
 * the triangular solve i[t] = (g[t] − Σ_{1≤k<K} s[k]·i[t−k]) / s[0]. The inflow is stored reversed
 * (q[T−1−t] = i[t]) so both operands of the inner product run forwards; four accumulators.
 */
function lastInflow(g: Float64Array, go: number, s: Float64Array, K: number, q: Float64Array): number {
  const L = T - 1;
  const inv0 = 1 / s[0]!;
  for (let t = 0; t < T; t++) {
    const n = t < K ? t : K - 1;
    const b = L - t; // q[b + k] = i[t − k]
    let a0 = 0;
    let a1 = 0;
    let a2 = 0;
    let a3 = 0;
    let k = 1;
    for (; k + 3 <= n; k += 4) {
      a0 += s[k]! * q[b + k]!;
      a1 += s[k + 1]! * q[b + k + 1]!;
      a2 += s[k + 2]! * q[b + k + 2]!;
      a3 += s[k + 3]! * q[b + k + 3]!;
    }
    for (; k <= n; k++) a0 += s[k]! * q[b + k]!;
    q[b] = (g[go + t]! - (a0 + a1 + (a2 + a3))) * inv0;
  }
  return q[0]!;
}

/**
 * Stock-driven Monte Carlo (lifetime factor only): per-draw inflow and outflow totals for 2050. `kernel` "simd" solves
 * with the WebAssembly f64x2 kernel (src/engine/simd-solve.ts; "js" where WebAssembly SIMD is missing), "js" with the
 * scalar one; both reproduce the reference to 1e-9.
 */
export function mfaMcStock(
  lifetimeFactor: Float64Array,
  from: number,
  to: number,
  out: { inflow_2050: Float64Array; outflow_2050: Float64Array },
  outOffset = from,
  kernel: "simd" | "js" = "simd",
): void {
  const { logistic, groups, dTarget, s, q } = createMfaMcStockState();
  const simd = kernel === "simd" ? createSimdSolver(logistic.length) : null;
  if (simd) {
    simd.g.set(logistic);
    mfaMcStockPairs(simd, groups, dTarget, lifetimeFactor, from, to, out, outOffset);
    return;
  }
  for (let d = from; d < to; d++) {
    let i50 = 0;
    for (let a = 0; a < MFA_A; a++) {
      const f = lifetimeFactor[d * MFA_A + a]!;
      for (const grp of groups[a]!) {
        const K = fastNormalSurvival(grp.mean * f, s, 0);
        i50 += grp.sat * lastInflow(logistic, a * T, s, K, q);
      }
    }
    out.inflow_2050[d - from + outOffset] = i50;
    out.outflow_2050[d - from + outOffset] = i50 - dTarget; // outflow = inflow − Δstock
  }
}

/** The stock-driven Monte Carlo on the SIMD kernel: a draw's solves two at a time (one per f64x2 lane). */
function mfaMcStockPairs(
  simd: SimdSolver,
  groups: { mean: number; sat: number }[][],
  dTarget: number,
  lifetimeFactor: Float64Array,
  from: number,
  to: number,
  out: { inflow_2050: Float64Array; outflow_2050: Float64Array },
  outOffset: number,
): void {
  const flat = groups.flatMap((g, a) => g.map((x) => ({ a, ...x })));
  const sA = new Float64Array(T);
  const sB = new Float64Array(T);
  const { s2 } = simd;
  for (let d = from; d < to; d++) {
    let i50 = 0;
    let j = 0;
    for (; j + 1 < flat.length; j += 2) {
      const x = flat[j]!;
      const y = flat[j + 1]!;
      const kA = fastNormalSurvival(x.mean * lifetimeFactor[d * MFA_A + x.a]!, sA, 0);
      const kB = fastNormalSurvival(y.mean * lifetimeFactor[d * MFA_A + y.a]!, sB, 0);
      for (let k = 0; k < T; k++) {
        s2[2 * k] = sA[k]!;
        s2[2 * k + 1] = sB[k]!;
      }
      // past its support a survival is exactly 0, so the larger support gives both solves exactly
      const r = simd.lastInflowPair(x.a * T, y.a * T, Math.max(kA, kB), T);
      i50 += x.sat * r[0]! + y.sat * r[1]!;
    }
    if (j < flat.length) {
      const x = flat[j]!;
      const K = fastNormalSurvival(x.mean * lifetimeFactor[d * MFA_A + x.a]!, simd.s, 0);
      i50 += x.sat * simd.lastInflow(x.a * T, K, T);
    }
    out.inflow_2050[d - from + outOffset] = i50;
    out.outflow_2050[d - from + outOffset] = i50 - dTarget;
  }
}
