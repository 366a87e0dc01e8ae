/** @module mfa-bench timings on the engine's kernels (single scenarios and Monte Carlo), medians in ms. */
import {
  createMfaBuffers,
  createMfaMcInflowOut,
  createMfaMcState,
  type MfaDist,
  type MfaDriver,
  mfaMcInflow,
  mfaMcStock,
  runMfaCase,
} from "./cases.ts";
import { mfaDraws } from "./workload.ts";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median wall time of fn over `repeats` runs after `warmup` runs, in ms. */
export function time(fn: () => void, repeats: number, warmup: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

/** Single-run and single-core Monte Carlo timings (ms). */
export function runMfaBench(): Record<string, number> {
  const out: Record<string, number> = {};
  const buf = createMfaBuffers();
  for (const driver of ["inflow", "stock"] as MfaDriver[])
    for (const dist of ["normal", "weibull"] as MfaDist[])
      out[`mfa.single.${driver}_${dist}_ms`] = time(() => runMfaCase(driver, dist, buf), 50, 20);
  const n = 1000;
  const { lifetimeFactor, growthDelta } = mfaDraws(n);
  const res = createMfaMcInflowOut(n);
  const st = createMfaMcState();
  out["mfa.mc1000.inflow_ms"] = time(
    () => mfaMcInflow(lifetimeFactor, growthDelta, 0, n, res, 0, "outputs", st),
    9,
    5,
  );
  out["mfa.mc1000.inflow_full_ms"] = time(
    () => mfaMcInflow(lifetimeFactor, growthDelta, 0, n, res, 0, "full", st),
    9,
    5,
  );
  const sres = { inflow_2050: new Float64Array(n), outflow_2050: new Float64Array(n) };
  out["mfa.mc1000.stock_ms"] = time(() => mfaMcStock(lifetimeFactor, 0, n, sres), 9, 5);
  out["mfa.mc1000.stock_js_ms"] = time(() => mfaMcStock(lifetimeFactor, 0, n, sres, 0, "js"), 9, 5);
  return out;
}
