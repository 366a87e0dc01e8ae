/** @module Public API of the extractor: extractArticle and the output schemas. */
export { ExtractInputError, MAX_INPUT_CHARS } from "./article.ts";
export { type ExtractOptions, extractArticle } from "./extract.ts";
export {
  type ArticleMeta,
  type Change,
  type Claim,
  ClaimSchema,
  EventSchema,
  type ExtractedEvent,
  type Extraction,
  ExtractionSchema,
} from "./schema.ts";
