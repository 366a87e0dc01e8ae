/**
 * @module ExtractPool: article extraction (and the claim checks' model run) on worker threads, so a long article never stalls the server's event loop
 * (health and reads keep answering). Bundled once per process with esbuild like the Monte Carlo workers. Bounded: at
 * most `maxQueued` articles wait (more get a BusyError, 503), and an extraction running past `timeoutMs` has its
 * worker terminated and replaced (TimeoutError, 503) so no input holds a thread for ever.
 */
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ModelBaseline } from "../check/index.ts";
import type { Scenario } from "../engine/index.ts";
import { ExtractInputError, type Extraction } from "../extract/index.ts";

export class ExtractBusyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExtractBusyError";
  }
}

interface Job {
  message: Record<string, unknown>;
  timeoutMs: number;
  resolve: (r: Reply) => void;
  reject: (e: Error) => void;
}
interface Reply {
  id: number;
  extraction?: Extraction;
  model?: ModelBaseline;
  inputError?: { code: string; message: string };
  error?: string;
}

let source: Promise<string> | undefined;
function bundle(): Promise<string> {
  source ??= import("esbuild").then(async (esbuild) => {
    const r = await esbuild.build({
      entryPoints: [fileURLToPath(new URL("./extract-worker.js", import.meta.url))],
      bundle: true,
      write: false,
      format: "cjs",
      platform: "node",
      target: "node20",
      logLevel: "silent",
    });
    return r.outputFiles[0]!.text;
  });
  return source;
}

export interface ExtractPoolOptions {
  workers?: number;
  maxQueued?: number;
  timeoutMs?: number;
}

export class ExtractPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly all = new Set<Worker>();
  private nextId = 0;
  private closed = false;

  private constructor(
    private readonly code: string,
    private readonly maxQueued: number,
    private readonly timeoutMs: number,
  ) {}

  static async start({ workers = 1, maxQueued = 8, timeoutMs = 60_000 }: ExtractPoolOptions = {}) {
    const pool = new ExtractPool(await bundle(), maxQueued, timeoutMs);
    for (let i = 0; i < Math.max(1, workers); i++) pool.idle.push(pool.spawn());
    return pool;
  }

  private spawn(): Worker {
    const w = new Worker(this.code, { eval: true });
    w.unref();
    this.all.add(w);
    return w;
  }

  /** The extraction of `text`, computed on a worker thread; rejects with ExtractInputError for bad input. */
  async extract(text: string, docDate?: string): Promise<Extraction> {
    const reply = await this.submit({ text, docDate }, this.timeoutMs);
    return reply.extraction!;
  }

  /** The claim checks' model bands (`modelBaseline`), run on a worker thread; five times the extraction timeout. */
  async model(scenario: Scenario, options: { draws: number; seed: number }): Promise<ModelBaseline> {
    const reply = await this.submit({ kind: "model", scenario, options }, this.timeoutMs * 5);
    return reply.model!;
  }

  private submit(message: Record<string, unknown>, timeoutMs: number): Promise<Reply> {
    if (this.closed) return Promise.reject(new ExtractBusyError("the server is stopping"));
    if (this.queue.length >= this.maxQueued)
      return Promise.reject(
        new ExtractBusyError(
          `${this.queue.length} requests are already waiting for a worker; try again shortly`,
        ),
      );
    return new Promise((resolve, reject) => {
      this.queue.push({ message, timeoutMs, resolve, reject });
      this.pump();
    });
  }

  private pump() {
    while (this.idle.length && this.queue.length) this.run(this.idle.pop()!, this.queue.shift()!);
  }

  private run(w: Worker, job: Job) {
    const id = this.nextId++;
    const done = (replace: boolean) => {
      clearTimeout(timer);
      w.off("message", onMessage);
      w.off("error", onError);
      if (replace) {
        this.all.delete(w);
        void w.terminate();
        if (!this.closed) this.idle.push(this.spawn());
      } else this.idle.push(w);
      this.pump();
    };
    const onMessage = (m: Reply) => {
      if (m.id !== id) return;
      done(false);
      if (m.extraction || m.model) job.resolve(m);
      else if (m.inputError) job.reject(new ExtractInputError(m.inputError.code, m.inputError.message));
      else job.reject(new Error(`extraction failed: ${m.error}`));
    };
    const onError = (e: Error) => {
      done(true);
      job.reject(e);
    };
    const timer = setTimeout(() => {
      done(true);
      job.reject(new ExtractBusyError(`the work took longer than ${job.timeoutMs / 1000} s; it was stopped`));
    }, job.timeoutMs);
    w.on("message", onMessage);
    w.once("error", onError);
    w.postMessage({ ...job.message, id });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new ExtractBusyError("the server is stopping"));
    await Promise.all([...this.all].map((w) => w.terminate()));
    this.all.clear();
  }
}
