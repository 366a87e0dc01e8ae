// Worker-thread body for article extraction (POST /api/check-claims and /api/articles) and the claim checks' model
// run (the baseline scenario's Monte Carlo bands, once per server). Never loaded by Node
// directly: src/cli/extract-workers.ts bundles it once per process with esbuild (the pure extractor inlined) and
// starts workers from that bundle. A worker serves jobs until it is terminated.
import { parentPort } from "node:worker_threads";
import { modelBaseline } from "../check/model-baseline.ts";
import { ExtractInputError } from "../extract/article.ts";
import { extractArticle } from "../extract/extract.ts";

parentPort?.on("message", (job) => {
  try {
    if (job.kind === "model") {
      parentPort.postMessage({ id: job.id, model: modelBaseline(job.scenario, job.options) });
      return;
    }
    const extraction = extractArticle(job.text, job.docDate ? { docDate: job.docDate } : {});
    parentPort.postMessage({ id: job.id, extraction });
  } catch (e) {
    if (e instanceof ExtractInputError)
      parentPort.postMessage({ id: job.id, inputError: { code: e.code, message: e.message } });
    else parentPort.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
  }
});
