/** @module mfa-bench inflow-driven Monte Carlo split over worker threads (the product's WorkerPool, bench's worker). */
import { bundleWorker, splitDraws, WorkerPool } from "../../src/cli/mc-workers.ts";

/** The mfa worker bundle (built once per process). */
export const mfaWorkerSource = () => bundleWorker(new URL("./mc-worker.ts", import.meta.url));

/** Starts a pool of `n` mfa workers. */
export const startMfaPool = (n: number) => WorkerPool.start(n, mfaWorkerSource());

/** Per-draw 2050 outflow of `draws` draws split over the pool (or `workers` new threads, closed after). */
export async function runMfaMcParallel(
  draws: number,
  workers: number,
  pool?: WorkerPool,
): Promise<Float64Array> {
  const n = Math.max(1, Math.min(pool?.size ?? workers, draws));
  const p = pool ?? (await startMfaPool(n));
  const out = new Float64Array(draws);
  try {
    await Promise.all(
      splitDraws(draws, n).map(async (job, i) => {
        const r = await p.run(i, { kind: "mfa", ...job });
        out.set(r.values!, job.from);
      }),
    );
  } finally {
    if (!pool) await p.close();
  }
  return out;
}
