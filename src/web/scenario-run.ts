/**
 * @module runInWorker: sends a scenario to engine workers and resolves with its result (or a readable error).
 * One group of workers per slot ("a", "b", …) so two scenarios run side by side; workers are kept between runs (no
 * start-up cost when a lever moves) and replaced only when a new request arrives while they are still busy. A Monte
 * Carlo is split over up to `navigator.hardwareConcurrency` workers in contiguous ranges of draws (draws are seeded by
 * index, so the bands are the same for any split) and summarised by the slot's first worker.
 */
import type { MonteCarloResult, ScenarioResult } from "../engine/index.ts";
import type { DrawBatch } from "../engine/monte-carlo.ts";

export interface ScenarioRequest {
  data: unknown;
  draws: number;
  seed: number;
}
/** What a worker is asked: a central run (and its Monte Carlo), draws [from, to) of `total`, or their summary. */
export type WorkerRequest =
  | ({ kind: "run" } & ScenarioRequest)
  | { kind: "draws"; data: unknown; seed: number; from: number; to: number; total: number }
  | { kind: "summarize"; data: unknown; seed: number; batches: DrawBatch[] };
export type WorkerReply =
  | { ok: true; kind: "run"; result: ScenarioResult; mc: MonteCarloResult | null; ms: number }
  | { ok: true; kind: "draws"; batch: DrawBatch }
  | { ok: false; message: string }
  | { progress: number };

export interface ScenarioRun {
  result: ScenarioResult;
  mc: MonteCarloResult | null;
  /** Central run: time the worker spent on it. Monte Carlo: time from the request to the summary (all workers), ms. */
  ms: number;
}

/** Draws below which a Monte Carlo stays in one worker (start-up would cost more than it saves). */
const DRAWS_PER_WORKER_MIN = 100;
const WORKERS_MAX = 8;

/** How many workers share `draws` draws on this machine. */
export function workerCount(draws: number, cores: number): number {
  return Math.max(1, Math.min(Math.floor(cores) || 1, WORKERS_MAX, Math.floor(draws / DRAWS_PER_WORKER_MIN)));
}

/** Contiguous ranges [from, to) covering 0..draws, as even as possible, one per worker. */
export function splitDraws(draws: number, workers: number): [number, number][] {
  return Array.from({ length: workers }, (_, i) => [
    Math.floor((draws * i) / workers),
    Math.floor((draws * (i + 1)) / workers),
  ]);
}

interface Slot {
  workers: Worker[];
  busy: boolean;
  reject?: (e: Error) => void;
}
const slots = new Map<string, Slot>();

function spawn(): Worker {
  return new Worker(new URL("./scenario-worker.ts", import.meta.url), { type: "module" });
}

/** One request to one worker; progress messages go to `onProgress` until the answer. */
function call(
  worker: Worker,
  req: WorkerRequest,
  transfer: Transferable[] = [],
  onProgress?: (draws: number) => void,
): Promise<Extract<WorkerReply, { ok: true }>> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const r = e.data;
      if ("progress" in r) onProgress?.(r.progress);
      else if (r.ok) resolve(r);
      else reject(new Error(`scenario rejected: ${r.message}`));
    };
    worker.onerror = (e) => reject(new Error(`scenario engine failed: ${e.message}`));
    worker.postMessage(req, transfer);
  });
}

async function monteCarlo(
  slot: Slot,
  req: ScenarioRequest,
  onProgress?: (done: number, total: number) => void,
): Promise<ScenarioRun> {
  const t0 = performance.now();
  const { data, seed, draws } = req;
  let done = 0;
  const batches = await Promise.all(
    splitDraws(draws, slot.workers.length).map(async ([from, to], i) => {
      const r = await call(
        slot.workers[i]!,
        { kind: "draws", data, seed, from, to, total: draws },
        [],
        (n) => {
          done += n;
          onProgress?.(done, draws);
        },
      );
      if (r.kind !== "draws") throw new Error("scenario engine answered out of turn");
      return r.batch;
    }),
  );
  const buffers = batches.flatMap((b) => Object.values(b.series).map((v) => v.buffer as ArrayBuffer));
  const r = await call(slot.workers[0]!, { kind: "summarize", data, seed, batches }, buffers);
  if (r.kind !== "run") throw new Error("scenario engine answered out of turn");
  return { result: r.result, mc: r.mc, ms: performance.now() - t0 };
}

/**
 * Runs `req` in the slot's workers; a newer request in the same slot cancels this one (rejected as superseded).
 * `onProgress` hears how many Monte Carlo draws are done.
 */
export function runInWorker(
  req: ScenarioRequest,
  slot = "a",
  onProgress?: (done: number, total: number) => void,
): Promise<ScenarioRun> {
  let s = slots.get(slot);
  if (s?.busy) {
    for (const w of s.workers) w.terminate();
    s.reject?.(new Error("superseded by a newer run"));
    s = undefined;
  }
  if (!s) {
    s = { workers: [], busy: false };
    slots.set(slot, s);
  }
  const state = s;
  const n = req.draws > 0 ? workerCount(req.draws, navigator.hardwareConcurrency) : 1;
  while (state.workers.length < n) state.workers.push(spawn());
  state.busy = true;
  return new Promise<ScenarioRun>((resolve, reject) => {
    state.reject = reject;
    const run =
      req.draws > 0
        ? monteCarlo(state, req, onProgress)
        : call(state.workers[0]!, { kind: "run", ...req }).then((r) => {
            if (r.kind !== "run") throw new Error("scenario engine answered out of turn");
            return { result: r.result, mc: r.mc, ms: r.ms };
          });
    run.then(resolve, reject).finally(() => {
      if (state.reject === reject) state.busy = false;
    });
  });
}
