/** @module runInWorker: sends a scenario to the engine worker and resolves with its result (or a readable error). */
import type { MonteCarloResult, ScenarioResult } from "../engine/index.ts";

export interface ScenarioRequest {
  data: unknown;
  draws: number;
  seed: number;
}
export type ScenarioResponse =
  | { ok: true; result: ScenarioResult; mc: MonteCarloResult | null }
  | { ok: false; message: string };

let worker: Worker | undefined;

/** One run at a time: a new request terminates a run still in progress. */
export function runInWorker(
  req: ScenarioRequest,
): Promise<{ result: ScenarioResult; mc: MonteCarloResult | null }> {
  worker?.terminate();
  const w = new Worker(new URL("./scenario-worker.ts", import.meta.url), { type: "module" });
  worker = w;
  return new Promise((resolve, reject) => {
    w.onmessage = (e: MessageEvent<ScenarioResponse>) => {
      const r = e.data;
      if (r.ok) resolve({ result: r.result, mc: r.mc });
      else reject(new Error(`scenario rejected: ${r.message}`));
    };
    w.onerror = (e) => reject(new Error(`scenario engine failed: ${e.message}`));
    w.postMessage(req);
  });
}
