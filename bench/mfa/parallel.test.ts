import { expect, test } from "vitest";
import { createMfaMcInflowOut, mfaMcInflow } from "./cases.ts";
import { runMfaMcParallel, startMfaPool } from "./parallel.ts";
import { mfaDraws } from "./workload.ts";

test("worker-pool mfa Monte Carlo equals the single-threaded run draw for draw", async () => {
  const pool = await startMfaPool(2);
  try {
    const n = 301;
    const { lifetimeFactor, growthDelta } = mfaDraws(n);
    const out = createMfaMcInflowOut(n);
    mfaMcInflow(lifetimeFactor, growthDelta, 0, n, out, 0);
    expect(Array.from(await runMfaMcParallel(n, 2, pool))).toEqual(Array.from(out.outflow_2050));
  } finally {
    await pool.close();
  }
});
