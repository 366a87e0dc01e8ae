/**
 * @module Monte Carlo over worker_threads. Workers run a plain-JavaScript bundle of `mc-worker.ts`: the compiled
 * CLI ships it as `mc-worker.cjs` beside itself; from source it is bundled once per process with esbuild (so
 * workers need no tsx registration). A WorkerPool stays warm between runs; draws are split into contiguous
 * ranges and each draw is seeded by its own index, so results equal the single-threaded run draw for draw.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { type DrawBatch, type MonteCarloResult, summarizeDraws } from "../engine/monte-carlo.ts";
import type { Scenario } from "../engine/scenario-schema.ts";

export interface ParallelOptions {
  draws: number;
  seed: number;
  workers: number;
  progress?: (done: number) => void;
  /** A started pool to reuse; without it a pool is started and closed for this run. */
  pool?: WorkerPool;
}

export interface ScenarioJob {
  kind: "scenario";
  scenario: Scenario;
  seed: number;
  from: number;
  to: number;
  /** Draws in the whole run (bands keep every k-th draw of the run, whatever the split). */
  total: number;
}
/** A job for a worker: `kind` says which; other worker bundles (bench/) define their own kinds. */
export type WorkerJob = ScenarioJob | { kind: string; from: number; to: number };
export interface WorkerReply {
  id: number;
  progress?: number;
  error?: string;
  values?: Float64Array;
  batch?: DrawBatch;
}

const bundles = new Map<string, Promise<string>>();
/** Bundles a worker entry file into CommonJS text with esbuild, once per process and entry. */
export function bundleWorker(entry: URL): Promise<string> {
  const path = fileURLToPath(entry);
  let text = bundles.get(path);
  if (!text) {
    text = import("esbuild").then(async (esbuild) => {
      const r = await esbuild.build({
        entryPoints: [path],
        bundle: true,
        write: false,
        format: "cjs",
        platform: "node",
        target: "node20",
        logLevel: "silent",
      });
      return r.outputFiles[0]!.text;
    });
    bundles.set(path, text);
  }
  return text;
}

/** The scenario worker (CommonJS text): the prebuilt bundle beside the compiled CLI, else bundled from source. */
export function workerSource(): Promise<string> {
  const prebuilt = new URL("./mc-worker.cjs", import.meta.url);
  if (existsSync(prebuilt)) return readFile(prebuilt, "utf8");
  return bundleWorker(new URL("./mc-worker.ts", import.meta.url));
}

/** A fixed set of worker threads that run Monte Carlo jobs; start once, reuse, close. */
export class WorkerPool {
  private nextId = 0;
  private constructor(private readonly workers: Worker[]) {}

  /** Starts `n` workers running `source` (the scenario worker unless given). */
  static async start(n: number, source?: Promise<string>): Promise<WorkerPool> {
    const code = await (source ?? workerSource());
    const workers = Array.from({ length: Math.max(1, n) }, () => new Worker(code, { eval: true }));
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            w.once("online", () => resolve());
            w.once("error", reject);
          }),
      ),
    );
    return new WorkerPool(workers);
  }

  get size(): number {
    return this.workers.length;
  }

  /** Runs one job on worker i; onProgress receives draw counts as they complete. */
  run(i: number, job: WorkerJob, onProgress?: (n: number) => void): Promise<WorkerReply> {
    const w = this.workers[i % this.workers.length]!;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const onMessage = (m: WorkerReply) => {
        if (m.id !== id) return;
        if (m.progress) onProgress?.(m.progress);
        else {
          w.off("message", onMessage);
          w.off("error", reject);
          if (m.error) reject(new Error(`monte carlo worker: ${m.error}`));
          else resolve(m);
        }
      };
      w.on("message", onMessage);
      w.once("error", reject);
      w.postMessage({ ...job, id });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Contiguous ranges [from, to) splitting `draws` over `n` parts (empty parts dropped). */
export function splitDraws(draws: number, n: number): { from: number; to: number }[] {
  const per = Math.ceil(draws / Math.max(1, n));
  return Array.from({ length: n }, (_, w) => ({ from: w * per, to: Math.min(draws, (w + 1) * per) })).filter(
    (r) => r.to > r.from,
  );
}

async function withPool<T>(pool: WorkerPool | undefined, n: number, f: (p: WorkerPool) => Promise<T>) {
  const p = pool ?? (await WorkerPool.start(n));
  try {
    return await f(p);
  } finally {
    if (!pool) await p.close();
  }
}

/** Splits draws over `workers` threads; same result as runMonteCarlo for the same seed. */
export async function runMonteCarloParallel(s: Scenario, o: ParallelOptions): Promise<MonteCarloResult> {
  const n = Math.max(1, Math.min(o.pool?.size ?? o.workers, o.draws));
  let done = 0;
  const batches = await withPool(o.pool, n, (pool) =>
    Promise.all(
      splitDraws(o.draws, n).map(async ({ from, to }, i) => {
        const r = await pool.run(
          i,
          { kind: "scenario", scenario: s, seed: o.seed, from, to, total: o.draws },
          (k) => {
            done += k;
            o.progress?.(done);
          },
        );
        return r.batch!;
      }),
    ),
  );
  return summarizeDraws(s, o.seed, batches, s.years.end - s.years.start + 1);
}
