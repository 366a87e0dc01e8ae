/** @module Verdicts: what a check says about one claim or event, with the numbers and sources it compared. */
import type { Claim, ExtractedEvent } from "../extract/schema.ts";
import type { SourceRef } from "./knowledge-base.ts";

export type Verdict = "consistent" | "inconsistent" | "unverifiable";

export type ReasonKind =
  | "cagr"
  | "change_vs_levels"
  | "parts_vs_total"
  | "share_vs_parts"
  | "ratio"
  | "ytd_sum"
  | "per_unit"
  | "implied_total"
  | "known_share"
  | "source_conflict"
  | "revision"
  | "policy_register"
  | "policy_provision"
  | "nothing_to_compare";

/** A number (or date) on one side of a comparison; `low`/`high` bound an accepted interval. */
export interface Compared {
  value: number | string | null;
  low?: number | null;
  high?: number | null;
  unit: string | null;
  period?: string | null;
}

export interface Reason {
  kind: ReasonKind;
  /** The verdict this reason alone supports. */
  outcome: Verdict;
  message: string;
  /** What the knowledge base or the arithmetic implies. */
  expected: Compared | null;
  /** What the article states. */
  found: Compared | null;
  sources: SourceRef[];
}

export interface ClaimCheck {
  subject: "claim" | "event";
  /** The extracted claim or event (with its quote and offsets). */
  claim: Claim | ExtractedEvent;
  verdict: Verdict;
  reasons: Reason[];
}

export interface CheckReport {
  checks: ClaimCheck[];
}

/** Inconsistent if any reason is; otherwise consistent if any reason is; otherwise unverifiable. */
export function combineVerdict(reasons: readonly Reason[]): Verdict {
  if (reasons.some((r) => r.outcome === "inconsistent")) return "inconsistent";
  if (reasons.some((r) => r.outcome === "consistent")) return "consistent";
  return "unverifiable";
}
