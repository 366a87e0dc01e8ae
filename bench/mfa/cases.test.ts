import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  createMfaBuffers,
  type MfaDist,
  type MfaDriver,
  mfaMcInflow,
  mfaMcStock,
  runMfaCase,
  summarizeMfa,
} from "./cases.ts";
import { MFA_A, MFA_R, MFA_T, mfaDraws } from "./workload.ts";
import { mean, quantile } from "../../src/engine/quantile.ts";

const ref = JSON.parse(
  readFileSync(new URL("../../test/fixtures/mfa-bench-reference.json", import.meta.url), "utf8"),
);
const REL = 1e-9;

function close(actual: number, expected: number, what: string, abs = 0) {
  const err = Math.abs(actual - expected);
  if (err > REL * Math.abs(expected) + abs)
    throw new Error(`${what}: ${actual} vs ${expected} (rel ${err / Math.abs(expected)})`);
}

describe("mfa-bench reference", () => {
  const cases: [MfaDriver, MfaDist][] = [
    ["inflow", "normal"],
    ["inflow", "weibull"],
    ["stock", "normal"],
    ["stock", "weibull"],
  ];
  test.each(cases)("runMfaCase(%s, %s) reproduces reference.json to 1e-9", (driver, dist) => {
    const expected = ref.cases[`${driver}_driven_${dist}`];
    const run = runMfaCase(driver, dist, createMfaBuffers());
    const s = summarizeMfa(run);
    for (const k of [
      "inflow_2050_total",
      "stock_2050_total",
      "outflow_2050_total",
      "outflow_cumulative_1990_2050",
    ] as const)
      close(s[k], expected[k], k);
    for (const e of ["Nd", "Pr", "Dy", "Tb"] as const)
      close(s.element_outflow_2050[e], expected.element_outflow_2050[e], e);
    expect(s.max_abs_mass_balance_residual).toBeLessThan(1e-9);
    const j = 0 * MFA_R + 0; // ev_traction × china
    for (const k of ["inflow", "stock", "outflow"] as const)
      for (let t = 0; t < MFA_T; t++)
        close(run[k][j * MFA_T + t]!, expected.detail_ev_traction_china[k][t], `${k}[${t}]`, 1e-12);
  });

  test.each(["inflow", "stock"] as const)(
    "runMfaCase(%s, normal) with age offset 0.5 matches flodym's middle convention",
    (driver) => {
      const expected = ref["cases_age_offset_0.5"][`${driver}_driven_normal`];
      const s = summarizeMfa(runMfaCase(driver, "normal", createMfaBuffers(), 0.5));
      close(s.stock_2050_total, expected.stock_2050_total, "stock");
      close(s.outflow_2050_total, expected.outflow_2050_total, "outflow");
      close(s.element_outflow_2050.Dy, expected.element_outflow_2050.Dy, "Dy");
    },
  );

  test.each(["outputs", "full"] as const)(
    "mfaMcInflow(%s) reproduces every per-draw 2050 outflow and the summaries",
    (mode) => {
      const n = ref.mc_inflow_driven_normal.n_draws as number;
      const { lifetimeFactor, growthDelta } = mfaDraws(n);
      const out = {
        outflow_2050: new Float64Array(n),
        stock_2050: new Float64Array(n),
        inflow_2050: new Float64Array(n),
        Nd_outflow_2050: new Float64Array(n),
        Dy_outflow_2050: new Float64Array(n),
        outflow_cum_2025_2050: new Float64Array(n),
      };
      mfaMcInflow(lifetimeFactor, growthDelta, 0, n, out, 0, mode);
      const byDraw: number[] = ref.mc_inflow_driven_normal.outflow_2050_by_draw;
      byDraw.forEach((v, k) => {
        close(out.outflow_2050[k]!, v, `draw ${k}`);
      });
      for (const [key, s] of Object.entries(ref.mc_inflow_driven_normal.summary) as [
        keyof typeof out,
        Record<string, number>,
      ][]) {
        close(mean(out[key]), s.mean!, `${key}.mean`);
        close(quantile(out[key], 0.05), s.p05!, `${key}.p05`);
        close(quantile(out[key], 0.5), s.p50!, `${key}.p50`);
        close(quantile(out[key], 0.95), s.p95!, `${key}.p95`);
      }
    },
  );

  test.each(["simd", "js"] as const)(
    "mfaMcStock() (%s kernel) reproduces every per-draw 2050 inflow",
    (kernel) => {
      const n = ref.mc_stock_driven_normal.n_draws as number;
      const { lifetimeFactor } = mfaDraws(n);
      const out = { inflow_2050: new Float64Array(n), outflow_2050: new Float64Array(n) };
      mfaMcStock(lifetimeFactor, 0, n, out, 0, kernel);
      const byDraw: number[] = ref.mc_stock_driven_normal.inflow_2050_by_draw;
      byDraw.forEach((v, k) => {
        close(out.inflow_2050[k]!, v, `draw ${k}`);
      });
      const s = ref.mc_stock_driven_normal.summary;
      close(quantile(out.outflow_2050, 0.95), s.outflow_2050.p95, "outflow p95");
      expect(MFA_A).toBe(10);
    },
  );
});
