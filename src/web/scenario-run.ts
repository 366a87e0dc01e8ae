/**
 * @module runInWorker, monteCarloInWorker: send a scenario to engine workers and resolve with its result (or a readable
 * error). One group of workers per slot ("a", "b", …) so two scenarios run side by side; workers are kept between runs
 * (no start-up cost when a lever moves) and replaced only when a new request arrives while they are still busy. A
 * Monte Carlo is split over up to `navigator.hardwareConcurrency` workers in contiguous ranges of draws (draws are
 * seeded by index, so the bands are the same for any split), started as soon as the page asks for the scenario
 * (`prewarmWorkers`), and summarised by the slot's first worker.
 */
import type { MonteCarloResult, ScenarioResult } from "../engine/index.ts";
import type { DrawBatch } from "../engine/monte-carlo.ts";

export interface ScenarioRequest {
  data: unknown;
  draws: number;
  seed: number;
}
/**
 * What a worker is asked: a central run (and its Monte Carlo), draws [from, to) of `total`, or their summary. `run`
 * numbers a Monte Carlo's requests: the worker that summarises reuses the scenario it parsed for that run's draws.
 */
export type WorkerRequest =
  | ({ kind: "run" } & ScenarioRequest)
  | { kind: "draws"; data: unknown; seed: number; from: number; to: number; total: number; run: number }
  | { kind: "summarize"; data: unknown; seed: number; batches: DrawBatch[]; run: number };
export type WorkerReply =
  | { ok: true; kind: "run"; result: ScenarioResult; mc: MonteCarloResult | null; ms: number }
  | { ok: true; kind: "draws"; batch: DrawBatch }
  | { ok: true; kind: "summary"; mc: MonteCarloResult }
  | { ok: false; message: string }
  | { progress: number };

export interface ScenarioRun {
  result: ScenarioResult;
  mc: MonteCarloResult | null;
  /** Time the worker spent on the central run, ms. */
  ms: number;
}
export interface MonteCarloRun {
  mc: MonteCarloResult;
  /**
   * Wall time from the moment the draws were asked for (by `prewarmWorkers`, when the page asked for the scenario, or
   * by `monteCarloInWorker`) to the summary in hand: everything the user waits for, worker start-up included, ms.
   */
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

/** A Monte Carlo under way in a slot's workers: its request, start, draws done, and the batches to come. */
interface Drawing {
  req: ScenarioRequest;
  run: number;
  t0: number;
  done: number;
  running: boolean;
  onProgress?: ((done: number, total: number) => void) | undefined;
  batches: Promise<DrawBatch[]>;
}
interface Slot {
  workers: Worker[];
  busy: boolean;
  reject?: (e: Error) => void;
  drawing?: Drawing | undefined;
}
const slots = new Map<string, Slot>();
let runs = 0;

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

/** Ends whatever the slot's workers are doing: a running Monte Carlo is superseded and its workers replaced. */
function supersede(s: Slot): void {
  if (s.busy || s.drawing?.running) {
    for (const w of s.workers) w.terminate();
    s.workers = [];
    s.reject?.(new Error("superseded by a newer run"));
  }
  s.busy = false;
  s.drawing = undefined;
}

/** Starts the draws of `req` in the slot's workers (started as needed), split in contiguous ranges. */
function startDrawing(s: Slot, req: ScenarioRequest): Drawing {
  const n = workerCount(req.draws, navigator.hardwareConcurrency);
  while (s.workers.length < n) s.workers.push(spawn());
  const { data, seed, draws } = req;
  const run = ++runs;
  const d: Drawing = {
    req,
    run,
    t0: performance.now(),
    done: 0,
    running: true,
    batches: Promise.resolve([]),
  };
  d.batches = Promise.all(
    splitDraws(draws, n).map(async ([from, to], i) => {
      const r = await call(
        s.workers[i]!,
        { kind: "draws", data, seed, from, to, total: draws, run },
        [],
        (k) => {
          d.done += k;
          d.onProgress?.(d.done, draws);
        },
      );
      if (r.kind !== "draws") throw new Error("scenario engine answered out of turn");
      return r.batch;
    }),
  ).finally(() => {
    d.running = false;
  });
  d.batches.catch(() => undefined); // a run nobody asks for any more may fail unheard
  s.drawing = d;
  return d;
}

const sameRequest = (a: ScenarioRequest, b: ScenarioRequest) =>
  a.data === b.data && a.seed === b.seed && a.draws === b.draws;

/**
 * Starts the Monte Carlo of `draws` draws of `data` in `slot` now, while the page computes and draws the central run:
 * the draws that count warm the workers' engine up (a fresh worker loads and compiles it first), and
 * `monteCarloInWorker` with the same request (the same `data` object) takes them over. A Monte Carlo of other data
 * still running in the slot is superseded. Small runs are left for `monteCarloInWorker` alone.
 */
export function prewarmWorkers(slot: string, draws: number, data: unknown, seed: number): void {
  const s = slots.get(slot) ?? { workers: [], busy: false };
  slots.set(slot, s);
  const req = { data, draws, seed };
  if (draws < 2 * DRAWS_PER_WORKER_MIN || (s.drawing && sameRequest(s.drawing.req, req))) return;
  supersede(s);
  startDrawing(s, req);
}

/**
 * The Monte Carlo of `req` in the slot's workers: the draws `prewarmWorkers` started for the same request, or new ones;
 * summarised by the slot's first worker. A newer request in the same slot cancels this one (rejected as superseded).
 * `onProgress` hears how many draws are done.
 */
export function monteCarloInWorker(
  req: ScenarioRequest,
  slot = "a",
  onProgress?: (done: number, total: number) => void,
): Promise<MonteCarloRun> {
  const s = slots.get(slot) ?? { workers: [], busy: false };
  slots.set(slot, s);
  const adopted = s.drawing && !s.busy && sameRequest(s.drawing.req, req) ? s.drawing : undefined;
  if (!adopted) supersede(s);
  const d = adopted ?? startDrawing(s, req);
  d.onProgress = onProgress;
  if (d.done) onProgress?.(d.done, req.draws);
  s.busy = true;
  return new Promise<MonteCarloRun>((resolve, reject) => {
    s.reject = reject;
    const { data, seed } = req;
    d.batches
      .then(async (batches) => {
        const buffers = batches.flatMap((b) => Object.values(b.series).map((v) => v.buffer as ArrayBuffer));
        const r = await call(s.workers[0]!, { kind: "summarize", data, seed, batches, run: d.run }, buffers);
        if (r.kind !== "summary") throw new Error("scenario engine answered out of turn");
        return { mc: r.mc, ms: performance.now() - d.t0 };
      })
      .then(resolve, reject)
      .finally(() => {
        if (s.reject === reject) {
          s.busy = false;
          s.drawing = undefined;
        }
      });
  });
}

/** Runs the central scenario of `req` (and a one-worker Monte Carlo when `req.draws` > 0) in the slot's worker. */
export function runInWorker(req: ScenarioRequest, slot = "a"): Promise<ScenarioRun> {
  const s = slots.get(slot) ?? { workers: [], busy: false };
  slots.set(slot, s);
  supersede(s);
  if (!s.workers.length) s.workers.push(spawn());
  s.busy = true;
  return new Promise<ScenarioRun>((resolve, reject) => {
    s.reject = reject;
    call(s.workers[0]!, { kind: "run", ...req })
      .then((r) => {
        if (r.kind !== "run") throw new Error("scenario engine answered out of turn");
        return { result: r.result, mc: r.mc, ms: r.ms };
      })
      .then(resolve, reject)
      .finally(() => {
        if (s.reject === reject) s.busy = false;
      });
  });
}
