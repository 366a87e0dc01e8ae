// Worker-thread body for scenario Monte Carlo. Never loaded by Node directly: the compiled CLI ships it bundled as
// dist/cli/mc-worker.cjs, and from source src/cli/mc-workers.ts bundles it once per process with esbuild (the pure
// TypeScript engine modules inlined), so a worker needs neither tsx nor a build step. A worker serves jobs until
// it is terminated.
import { parentPort } from "node:worker_threads";
import { runDraws } from "../engine/monte-carlo.ts";
import type { ScenarioJob } from "./mc-workers.ts";

const port = parentPort;
port?.on("message", (job: ScenarioJob & { id: number }) => {
  try {
    if (job.kind !== "scenario") throw new Error(`unknown job kind: ${String(job.kind)}`);
    let pending = 0;
    const batch = runDraws(
      job.scenario,
      job.seed,
      job.from,
      job.to,
      () => {
        if (++pending >= 10) {
          port.postMessage({ id: job.id, progress: pending });
          pending = 0;
        }
      },
      job.total,
    );
    if (pending) port.postMessage({ id: job.id, progress: pending });
    port.postMessage({ id: job.id, batch });
  } catch (e) {
    port.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
  }
});
