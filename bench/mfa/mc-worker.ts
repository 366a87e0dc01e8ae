// Worker-thread body for the mfa-bench Monte Carlo (bench/mfa/parallel.ts bundles it with esbuild). Draws
// [from, to) come from their own Halton indices, so they equal the same draws of a single-threaded run.
import { parentPort } from "node:worker_threads";
import { createMfaMcInflowOut, createMfaMcState, mfaMcInflow } from "./cases.ts";
import { mfaDrawRange } from "./workload.ts";

let state: ReturnType<typeof createMfaMcState> | undefined;
const port = parentPort;
port?.on("message", (job: { id: number; kind: string; from: number; to: number }) => {
  try {
    if (job.kind !== "mfa") throw new Error(`unknown job kind: ${job.kind}`);
    const n = job.to - job.from;
    const { lifetimeFactor, growthDelta } = mfaDrawRange(job.from, job.to);
    const out = createMfaMcInflowOut(n);
    state ??= createMfaMcState();
    mfaMcInflow(lifetimeFactor, growthDelta, 0, n, out, 0, "outputs", state);
    port.postMessage({ id: job.id, values: out.outflow_2050 }, [out.outflow_2050.buffer as ArrayBuffer]);
  } catch (e) {
    port.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
  }
});
