/**
 * @module Scenario worker: runs the engine off the main thread so the page stays responsive. A request is a central run
 * (with its Monte Carlo, if asked), a range of Monte Carlo draws (several workers share one Monte Carlo; draws are
 * seeded by index, so any split gives the same draws), or the summary of those ranges into bands and a ranking.
 */
import { parseScenario, type Scenario } from "../engine/index.ts";
import { type DrawBatch, runDraws, runMonteCarlo, summarizeDraws } from "../engine/monte-carlo.ts";
import { runScenario } from "../engine/run-scenario.ts";
import type { WorkerReply, WorkerRequest } from "./scenario-run.ts";

/** Draws between two progress messages. */
const PROGRESS_EVERY = 50;

function parsed(data: unknown): Scenario {
  const p = parseScenario(data);
  if (!p.ok) throw new Error(p.issues.map((i) => `${i.path}: ${i.message}`).join("; "));
  return p.value;
}
/** The scenario this worker parsed for a Monte Carlo's draws, reused by that run's summary (same data, parsed once). */
let lastDraws: { run: number; s: Scenario } | undefined;

/** The buffers of a batch's series, moved (not copied) to the receiver. */
const batchBuffers = (b: DrawBatch): ArrayBuffer[] =>
  Object.values(b.series).map((v) => v.buffer as ArrayBuffer);

function answer(req: WorkerRequest, progress: (draws: number) => void): [WorkerReply, ArrayBuffer[]] {
  const t0 = performance.now();
  const s = req.kind === "summarize" && lastDraws?.run === req.run ? lastDraws.s : parsed(req.data);
  if (req.kind === "draws") lastDraws = { run: req.run, s };
  switch (req.kind) {
    case "run": {
      const result = runScenario(s);
      const mc = req.draws > 0 ? runMonteCarlo(s, { draws: req.draws, seed: req.seed }) : null;
      return [{ ok: true, kind: "run", result, mc, ms: performance.now() - t0 }, []];
    }
    case "draws": {
      let n = 0;
      const batch = runDraws(
        s,
        req.seed,
        req.from,
        req.to,
        () => {
          if (++n % PROGRESS_EVERY === 0) progress(PROGRESS_EVERY);
        },
        req.total,
      );
      progress(n % PROGRESS_EVERY);
      return [{ ok: true, kind: "draws", batch }, batchBuffers(batch)];
    }
    case "summarize": {
      const mc = summarizeDraws(s, req.seed, req.batches, s.years.end - s.years.start + 1);
      return [{ ok: true, kind: "summary", mc }, []];
    }
  }
}

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  let reply: WorkerReply;
  let transfer: ArrayBuffer[] = [];
  try {
    [reply, transfer] = answer(e.data, (draws) =>
      self.postMessage({ progress: draws } satisfies WorkerReply),
    );
  } catch (err) {
    reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply, { transfer });
};
