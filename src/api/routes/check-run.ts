/**
 * @module The one way the API checks an article's claims: extract (inline or in the server's workers), then
 * checkClaims against the store's knowledge base with the model's bands. POST /api/check-claims and
 * GET /api/articles/{id}/checks both run it, so a pasted and an ingested article get the same verdicts.
 */
import { checkClaims, loadKnowledgeBase, type ModelBaseline } from "../../check/index.ts";
import { ExtractInputError, type Extraction, extractArticle } from "../../extract/index.ts";
import type { Store } from "../../store/store.ts";
import { ApiError } from "../error.ts";

export type Extractor = (text: string, date: string | undefined) => Promise<Extraction>;
export type ModelFor = (extraction: Extraction) => Promise<ModelBaseline | undefined>;

/** The extraction inline (tests, library use); the server passes worker threads instead. */
export const extractInline: Extractor = async (text, date) =>
  extractArticle(text, date ? { docDate: date } : {});

/** Runs `extractor`, turning the extractor's input errors into the API's 400/413 answers. */
export async function extractWith(
  extractor: Extractor,
  text: string,
  date: string | undefined,
): Promise<Extraction> {
  try {
    return await extractor(text, date);
  } catch (e) {
    if (e instanceof ExtractInputError)
      throw new ApiError(e.code === "input_too_large" ? 413 : 400, e.code, e.message);
    throw e;
  }
}

/** The checks of an extraction against the store's data (and the model's bands when the server supplies them). */
export async function checkExtraction(store: Store, extraction: Extraction, modelFor?: ModelFor) {
  const model = modelFor ? await modelFor(extraction) : undefined;
  const report = checkClaims(extraction, await loadKnowledgeBase(store, extraction, model ? { model } : {}));
  return { checks: report.checks, warnings: report.warnings };
}
