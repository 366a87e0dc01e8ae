// Worker-thread body for article extraction (POST /api/check-claims and /api/articles) and the claim checks' model
// run (the baseline scenario's Monte Carlo bands, once per server). Never loaded by Node directly: the compiled CLI
// ships it bundled as dist/cli/extract-worker.cjs; from source worker-bundle.ts bundles it once per process with
// esbuild (the pure extractor inlined). A worker serves jobs until it is terminated.
import { parentPort } from "node:worker_threads";
import { modelBaseline } from "../check/model-baseline.ts";
import type { Scenario } from "../engine/index.ts";
import { ExtractInputError } from "../extract/article.ts";
import { extractArticle } from "../extract/extract.ts";

type Job =
  | { id: number; kind: "model"; scenario: Scenario; options: { draws: number; seed: number } }
  | { id: number; kind?: "extract"; text: string; docDate?: string };

const port = parentPort;
port?.on("message", (job: Job) => {
  try {
    if (job.kind === "model") {
      port.postMessage({ id: job.id, model: modelBaseline(job.scenario, job.options) });
      return;
    }
    const extraction = extractArticle(job.text, job.docDate ? { docDate: job.docDate } : {});
    port.postMessage({ id: job.id, extraction });
  } catch (e) {
    if (e instanceof ExtractInputError)
      port.postMessage({ id: job.id, inputError: { code: e.code, message: e.message } });
    else port.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
  }
});
