/** @module CheckContext: what every check reads (the article's claims, the knowledge base) and how it reports. */
import type { Claim } from "../extract/schema.ts";
import type { KnowledgeBase } from "./knowledge-base.ts";
import type { Reason } from "./verdict.ts";

export interface CheckContext {
  claims: readonly Claim[];
  kb: KnowledgeBase;
  article: { publisher: string | null; source: string | null; date: string | null };
  /** Attaches a reason to the claim with id `claimId`. */
  add(claimId: string, reason: Reason): void;
  /** The reasons given so far to a claim (checks run in order; a later check may skip what an earlier one did). */
  reasonsOf(claimId: string): readonly Reason[];
  /** Records, for the "nothing to compare" message, what a check looked for. */
  lookedFor(claimId: string, what: string): void;
}

/** A claim's single value when it states one (no range, no bound). */
export const level = (c: Claim): number | null =>
  c.qualifier === null || c.qualifier === undefined ? c.value : null;
