// Worker-thread body for Monte Carlo. Never loaded by Node directly: src/cli/mc-workers.ts bundles it once
// per process with esbuild (the pure TypeScript engine modules inlined) and starts workers from that bundle,
// so a worker needs neither tsx nor a build step. A worker serves jobs until it is terminated.
import { parentPort } from "node:worker_threads";
import { createMfaMcInflowOut, createMfaMcState, mfaMcInflow } from "../engine/mfa-cases.ts";
import { mfaDrawRange } from "../engine/mfa-workload.ts";
import { runDraws } from "../engine/monte-carlo.ts";

/** @type {ReturnType<typeof createMfaMcState> | undefined} */
let mfaState;

parentPort?.on("message", (job) => {
  try {
    if (job.kind === "mfa") {
      // draws [from, to) from their own Halton indices: identical to the same draws of a single-threaded run
      const n = job.to - job.from;
      const { lifetimeFactor, growthDelta } = mfaDrawRange(job.from, job.to);
      const out = createMfaMcInflowOut(n);
      mfaState ??= createMfaMcState();
      mfaMcInflow(lifetimeFactor, growthDelta, 0, n, out, 0, "outputs", mfaState);
      parentPort.postMessage({ id: job.id, values: out.outflow_2050 }, [out.outflow_2050.buffer]);
    } else if (job.kind === "scenario") {
      let pending = 0;
      const batch = runDraws(
        job.scenario,
        job.seed,
        job.from,
        job.to,
        () => {
          if (++pending >= 10) {
            parentPort.postMessage({ id: job.id, progress: pending });
            pending = 0;
          }
        },
        job.total,
      );
      if (pending) parentPort.postMessage({ id: job.id, progress: pending });
      parentPort.postMessage({ id: job.id, batch });
    } else throw new Error(`unknown job kind: ${job.kind}`);
  } catch (e) {
    parentPort.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
  }
});
