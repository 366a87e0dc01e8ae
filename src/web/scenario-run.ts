/**
 * @module runInWorker: sends a scenario to an engine worker and resolves with its result (or a readable error).
 * One worker per slot ("a", "b", …) so two scenarios run side by side; a worker is kept between runs (no start-up
 * cost when a lever moves) and replaced only when a new request arrives while it is still busy.
 */
import type { MonteCarloResult, ScenarioResult } from "../engine/index.ts";

export interface ScenarioRequest {
  data: unknown;
  draws: number;
  seed: number;
}
export type ScenarioResponse =
  | { ok: true; result: ScenarioResult; mc: MonteCarloResult | null; ms: number }
  | { ok: false; message: string };

export interface ScenarioRun {
  result: ScenarioResult;
  mc: MonteCarloResult | null;
  /** Time the worker spent on the run (central run and draws), ms. */
  ms: number;
}

const slots = new Map<string, { worker: Worker; busy: boolean; reject?: (e: Error) => void }>();

function spawn(): Worker {
  return new Worker(new URL("./scenario-worker.ts", import.meta.url), { type: "module" });
}

/** Runs `req` in the slot's worker; a newer request in the same slot cancels this one (rejected as superseded). */
export function runInWorker(req: ScenarioRequest, slot = "a"): Promise<ScenarioRun> {
  let s = slots.get(slot);
  if (s?.busy) {
    s.worker.terminate();
    s.reject?.(new Error("superseded by a newer run"));
    s = undefined;
  }
  if (!s) {
    s = { worker: spawn(), busy: false };
    slots.set(slot, s);
  }
  const state = s;
  state.busy = true;
  return new Promise((resolve, reject) => {
    state.reject = reject;
    state.worker.onmessage = (e: MessageEvent<ScenarioResponse>) => {
      state.busy = false;
      const r = e.data;
      if (r.ok) resolve({ result: r.result, mc: r.mc, ms: r.ms });
      else reject(new Error(`scenario rejected: ${r.message}`));
    };
    state.worker.onerror = (e) => {
      state.busy = false;
      reject(new Error(`scenario engine failed: ${e.message}`));
    };
    state.worker.postMessage(req);
  });
}

/** Ends every worker (on leaving the page). */
export function stopWorkers(): void {
  for (const s of slots.values()) s.worker.terminate();
  slots.clear();
}
