// Worker-thread body for article extraction (POST /api/check-claims and /api/articles). Never loaded by Node
// directly: the compiled CLI ships it bundled as dist/cli/extract-worker.cjs; from source worker-bundle.ts bundles it
// once per process with esbuild (the pure extractor inlined). A worker serves jobs until it is terminated.
import { parentPort } from "node:worker_threads";
import { ExtractInputError } from "../extract/article.ts";
import { extractArticle } from "../extract/extract.ts";

const port = parentPort;
port?.on("message", (job: { id: number; text: string; docDate?: string }) => {
  try {
    const extraction = extractArticle(job.text, job.docDate ? { docDate: job.docDate } : {});
    port.postMessage({ id: job.id, extraction });
  } catch (e) {
    if (e instanceof ExtractInputError)
      port.postMessage({ id: job.id, inputError: { code: e.code, message: e.message } });
    else port.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
  }
});
