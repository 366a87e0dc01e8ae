/** @module Public API of the claim checker: checkClaims (pure) and loadKnowledgeBase (the store read). */
export { checkClaims } from "./check-claims.ts";
export {
  createKnowledgeBase,
  type KbFact,
  type KbFigure,
  type KbParameter,
  type KnowledgeBase,
  type Provision,
  type SourceRef,
} from "./knowledge-base.ts";
export { MODEL_RUN, type ModelBaseline, modelBaseline } from "./model-baseline.ts";
export { loadKnowledgeBase, type LoadKnowledgeBaseOptions } from "./load-knowledge-base.ts";
export { type CheckSummary, summariseChecks } from "./summary.ts";
export type {
  ArticleWarning,
  Attribution,
  CheckReport,
  ClaimCheck,
  Compared,
  Doubt,
  DoubtKind,
  Reason,
  ReasonKind,
  Verdict,
} from "./verdict.ts";
