/**
 * @module The mfa-bench workload (`ndfeb-mfa-bench-v1`, ../shared/mfa-bench/workload.py) rebuilt from its
 * closed formulas: 10 applications × 8 regions × 61 years (1990–2050), kt NdFeB. Flat layout:
 * series j = a·R + r, value at [j·T + t]. Monte Carlo draws come from the same Halton sequence.
 */
import { halton } from "./halton.ts";

export const MFA_T = 61;
export const MFA_FIRST_YEAR = 1990;
export const MFA_BASE_YEAR = 2020;
export const MFA_APPLICATIONS = [
  "ev_traction",
  "hybrid_vehicles",
  "wind_direct_drive",
  "wind_geared",
  "industrial_motors",
  "consumer_electronics",
  "hvac_compressors",
  "e_bikes_scooters",
  "humanoid_robots",
  "other",
] as const;
export const MFA_REGIONS = [
  "china",
  "japan",
  "korea",
  "europe",
  "north_america",
  "india",
  "southeast_asia",
  "rest_of_world",
] as const;
export const MFA_ELEMENTS = ["Nd", "Pr", "Dy", "Tb"] as const;
export const MFA_A = 10;
export const MFA_R = 8;

export const LIFETIME_MEAN_APP = [15, 14, 25, 22, 15, 6, 12, 7, 8, 10];
export const LIFETIME_REGION_FACTOR = [1.0, 0.9, 0.95, 1.05, 1.1, 1.15, 1.1, 1.2];
export const LIFETIME_CV = 0.3;
export const WEIBULL_SHAPE_APP = [3.0, 3.0, 3.5, 3.5, 2.5, 2.0, 2.5, 2.0, 2.0, 2.0];
const BASE_INFLOW_2020 = [25, 8, 12, 4, 30, 35, 20, 15, 0.5, 30];
const REGION_SHARE = [0.45, 0.08, 0.05, 0.15, 0.12, 0.05, 0.05, 0.05];
const GROWTH_HIST = [0.35, 0.15, 0.2, 0.1, 0.06, 0.05, 0.06, 0.12, 0.3, 0.03];
export const GROWTH_FUT = [0.08, 0.0, 0.06, 0.04, 0.03, 0.02, 0.03, 0.04, 0.15, 0.02];
export const GROWTH_FUT_REGION_OFFSET = [0.0, -0.02, -0.01, 0.0, 0.0, 0.03, 0.02, 0.01];
const STOCK_SAT_MULT = [6, 1.2, 4, 2.5, 2, 1.3, 1.8, 2, 40, 1.3];
const STOCK_MIDPOINT = [2032, 2015, 2030, 2025, 2020, 2012, 2018, 2022, 2040, 2010];
const STOCK_RATE = [0.2, 0.15, 0.15, 0.12, 0.1, 0.12, 0.1, 0.15, 0.25, 0.08];
/** Mass fraction of Nd, Pr, Dy, Tb in the magnet, per application (row-major A × 4). */
export const ELEMENT_CONTENT = Float64Array.from([
  0.225, 0.07, 0.045, 0.008, 0.225, 0.07, 0.045, 0.008, 0.23, 0.07, 0.03, 0.003, 0.23, 0.07, 0.03, 0.003,
  0.24, 0.07, 0.02, 0.002, 0.25, 0.07, 0.005, 0.0, 0.235, 0.07, 0.035, 0.005, 0.24, 0.07, 0.02, 0.002, 0.23,
  0.07, 0.035, 0.006, 0.24, 0.07, 0.015, 0.002,
]);
export const MC_LIFETIME_FACTOR_RANGE = [0.8, 1.2] as const;
export const MC_GROWTH_DELTA_RANGE = [-0.02, 0.02] as const;

/** (A·R) mean lifetime in years, times an optional per-application factor. */
export function mfaLifetimeMean(a: number, r: number, factor = 1): number {
  return LIFETIME_MEAN_APP[a]! * LIFETIME_REGION_FACTOR[r]! * factor;
}

/** Writes the inflow (kt/yr) for all series; `growthDelta[a]` is added to the future growth rate. */
export function mfaInflow(out: Float64Array, growthDelta?: ArrayLike<number>, offset = 0): Float64Array {
  for (let a = 0; a < MFA_A; a++) {
    const gh = GROWTH_HIST[a]!;
    const gf = GROWTH_FUT[a]! + (growthDelta ? growthDelta[a]! : 0);
    for (let r = 0; r < MFA_R; r++) {
      const base = BASE_INFLOW_2020[a]! * REGION_SHARE[r]!;
      const g2 = gf + GROWTH_FUT_REGION_OFFSET[r]!;
      const o = offset + (a * MFA_R + r) * MFA_T;
      for (let t = 0; t < MFA_T; t++) {
        const dy = MFA_FIRST_YEAR + t - MFA_BASE_YEAR;
        out[o + t] = base * Math.exp((dy <= 0 ? gh : g2) * dy);
      }
    }
  }
  return out;
}

/** Saturation level (kt) of the logistic stock target of series (a, r). */
export function mfaStockSaturation(a: number, r: number): number {
  return BASE_INFLOW_2020[a]! * REGION_SHARE[r]! * mfaLifetimeMean(a, r) * STOCK_SAT_MULT[a]!;
}

/** The unit logistic 1/(1 + e^{−rate·(y − midpoint)}) of application a for the T years. */
export function mfaStockLogistic(a: number, out = new Float64Array(MFA_T), o = 0): Float64Array {
  for (let t = 0; t < MFA_T; t++) {
    const y = MFA_FIRST_YEAR + t;
    out[o + t] = 1 / (1 + Math.exp(-STOCK_RATE[a]! * (y - STOCK_MIDPOINT[a]!)));
  }
  return out;
}

/** Writes the logistic in-use stock target (kt) for all series: saturation × unit logistic. */
export function mfaStockTarget(out: Float64Array): Float64Array {
  const g = new Float64Array(MFA_T);
  for (let a = 0; a < MFA_A; a++) {
    mfaStockLogistic(a, g);
    for (let r = 0; r < MFA_R; r++) {
      const sat = mfaStockSaturation(a, r);
      const o = (a * MFA_R + r) * MFA_T;
      for (let t = 0; t < MFA_T; t++) out[o + t] = sat * g[t]!;
    }
  }
  return out;
}

/**
 * Monte Carlo draws [from, to): lifetime factor and growth delta, ((to − from) × A) row-major each; draw k
 * uses Halton index k+1, so any contiguous split of the draws reproduces the same values.
 */
export function mfaDrawRange(
  from: number,
  to: number,
): { lifetimeFactor: Float64Array; growthDelta: Float64Array } {
  const n = to - from;
  const u = halton(n, 2 * MFA_A, from);
  const lifetimeFactor = new Float64Array(n * MFA_A);
  const growthDelta = new Float64Array(n * MFA_A);
  const [l0, l1] = MC_LIFETIME_FACTOR_RANGE;
  const [g0, g1] = MC_GROWTH_DELTA_RANGE;
  for (let k = 0; k < n; k++) {
    for (let a = 0; a < MFA_A; a++) {
      lifetimeFactor[k * MFA_A + a] = l0 + (l1 - l0) * u[k * 2 * MFA_A + a]!;
      growthDelta[k * MFA_A + a] = g0 + (g1 - g0) * u[k * 2 * MFA_A + MFA_A + a]!;
    }
  }
  return { lifetimeFactor, growthDelta };
}

/** Monte Carlo draws 0..n−1 (see mfaDrawRange). */
export function mfaDraws(n: number): { lifetimeFactor: Float64Array; growthDelta: Float64Array } {
  return mfaDrawRange(0, n);
}
