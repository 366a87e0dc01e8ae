/** @module Monte Carlo over worker_threads: each worker runs a slice of draws (seeded per draw) and returns raw values. */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { type DrawBatch, type MonteCarloResult, runDraws, summarizeDraws } from "../engine/monte-carlo.ts";
import type { Scenario } from "../engine/scenario-schema.ts";
import { createMfaMcInflowOut, mfaMcInflow } from "../engine/mfa-cases.ts";
import { mfaDraws } from "../engine/mfa-workload.ts";

interface Job {
  scenario: Scenario;
  seed: number;
  from: number;
  to: number;
}

export interface ParallelOptions {
  draws: number;
  seed: number;
  workers: number;
  progress?: (done: number) => void;
}

/** Splits draws over `workers` threads; same result as runMonteCarlo for the same seed. */
export async function runMonteCarloParallel(s: Scenario, o: ParallelOptions): Promise<MonteCarloResult> {
  const n = Math.max(1, Math.min(o.workers, o.draws));
  const per = Math.ceil(o.draws / n);
  let done = 0;
  const jobs = Array.from({ length: n }, (_, w) => ({
    from: w * per,
    to: Math.min(o.draws, (w + 1) * per),
  })).filter((j) => j.to > j.from);
  const batches = await Promise.all(
    jobs.map(
      ({ from, to }) =>
        new Promise<DrawBatch>((resolve, reject) => {
          const worker = new Worker(new URL("./mc-worker.js", import.meta.url), {
            workerData: { scenario: s, seed: o.seed, from, to } satisfies Job,
          });
          worker.on("message", (m: { progress?: number; batch?: DrawBatch }) => {
            if (m.progress) {
              done += m.progress;
              o.progress?.(done);
            }
            if (m.batch) {
              resolve(m.batch);
              void worker.terminate();
            }
          });
          worker.on("error", reject);
        }),
    ),
  );
  return summarizeDraws(s, o.seed, batches, s.years.end - s.years.start + 1);
}

/** mfa-bench inflow-driven Monte Carlo split over `workers` threads; returns per-draw 2050 outflow. */
export async function runMfaMcParallel(draws: number, workers: number): Promise<Float64Array> {
  const per = Math.ceil(draws / workers);
  const parts = await Promise.all(
    Array.from(
      { length: workers },
      (_, w) =>
        new Promise<{ from: number; values: Float64Array }>((resolve, reject) => {
          const from = w * per;
          const to = Math.min(draws, from + per);
          const worker = new Worker(new URL("./mc-worker.js", import.meta.url), {
            workerData: { mfa: { draws, from, to } },
          });
          worker.on("message", (m: { values: Float64Array }) => {
            resolve({ from, values: m.values });
            void worker.terminate();
          });
          worker.on("error", reject);
        }),
    ),
  );
  const out = new Float64Array(draws);
  for (const p of parts) out.set(p.values, p.from);
  return out;
}

if (!isMainThread && parentPort && (workerData as { mfa?: unknown })?.mfa) {
  const { draws, from, to } = (workerData as { mfa: { draws: number; from: number; to: number } }).mfa;
  const { lifetimeFactor, growthDelta } = mfaDraws(draws);
  const out = createMfaMcInflowOut(to - from);
  mfaMcInflow(lifetimeFactor, growthDelta, from, to, out, 0);
  parentPort.postMessage({ values: out.outflow_2050 });
} else if (!isMainThread && parentPort && (workerData as Job | undefined)?.scenario) {
  const job = workerData as Job;
  let pending = 0;
  const batch = runDraws(job.scenario, job.seed, job.from, job.to, () => {
    if (++pending >= 10) {
      parentPort!.postMessage({ progress: pending });
      pending = 0;
    }
  });
  if (pending) parentPort.postMessage({ progress: pending });
  parentPort.postMessage({ batch });
}
