/** @module Verdicts: what a check says about one claim or event, with the numbers and sources it compared, and how sure it is. */
import type { Claim, ExtractedEvent } from "../extract/schema.ts";
import type { SourceRef } from "./knowledge-base.ts";

export type Verdict = "consistent" | "inconsistent" | "unverifiable";

export type ReasonKind =
  | "cagr"
  | "change_vs_levels"
  | "parts_vs_total"
  | "period_within"
  | "share_vs_parts"
  | "ratio"
  | "level_pair"
  | "stated_parts"
  | "ytd_sum"
  | "per_unit"
  | "implied_total"
  | "known_share"
  | "parameter_range"
  | "model_plausibility"
  | "source_conflict"
  | "revision"
  | "company_result"
  | "market_estimate"
  | "price"
  | "register_amount"
  | "capacity"
  | "policy_register"
  | "policy_provision"
  | "ambiguous_attribution"
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
  /**
   * How far this comparison alone can be relied on, 0–1, before any doubt about the claim's attribution:
   * official statistics compared on the same basis score high, ranges and rules of thumb lower (see `CONFIDENCE`).
   */
  confidence?: number;
  /**
   * What the comparison relies on, when it differs from its kind's (`DEPENDS_ON`): a CAGR recomputed from the
   * values and years its own sentence writes relies on neither the claim's period nor its entity.
   */
  dependsOn?: readonly DoubtField[];
}

/** Why the claim's entity, counterparty or period may not be what the sentence means. */
export type DoubtKind =
  | "period_not_in_sentence"
  | "period_other_clause"
  | "period_is_base"
  | "entity_not_in_sentence"
  | "list_subject"
  | "other_value_same_key"
  | "no_year"
  | "other_place_in_clause";

export interface Doubt {
  kind: DoubtKind;
  message: string;
  /** Factor (0–1) applied to the attribution confidence. */
  weight: number;
  /** True when the doubt alone is enough to withhold an `inconsistent` verdict. */
  blocking: boolean;
}

/** The part of the attribution a doubt is about: the period, the entity, the place (destination), or all of it. */
export type DoubtField = "period" | "entity" | "place" | "any";

export const DOUBT_FIELD: Record<DoubtKind, DoubtField> = {
  period_not_in_sentence: "period",
  period_other_clause: "period",
  period_is_base: "period",
  no_year: "period",
  entity_not_in_sentence: "entity",
  other_place_in_clause: "place",
  list_subject: "place",
  other_value_same_key: "any",
};

/** What each comparison relies on: a doubt about anything else does not stop it. */
export const DEPENDS_ON: Record<ReasonKind, readonly DoubtField[]> = {
  source_conflict: ["period", "entity", "place"],
  revision: ["period", "entity", "place"],
  change_vs_levels: ["period", "entity", "place"],
  parts_vs_total: ["period", "entity", "place"],
  period_within: ["period", "entity", "place"],
  share_vs_parts: ["period", "entity", "place"],
  ytd_sum: ["period", "entity", "place"],
  cagr: ["period", "entity"],
  known_share: ["period", "entity", "place"],
  implied_total: ["period", "entity", "place"],
  parameter_range: [],
  model_plausibility: ["period", "entity", "place"],
  per_unit: [],
  ratio: [],
  /** The pair is read within one sentence; only a doubt about whose figures they are (several places) bears on it. */
  level_pair: ["place"],
  stated_parts: [],
  company_result: ["period", "entity"],
  market_estimate: ["period", "entity"],
  price: ["period", "place"],
  register_amount: ["period", "entity", "place"],
  capacity: ["entity", "place"],
  policy_register: ["period", "entity"],
  policy_provision: ["entity", "place"],
  ambiguous_attribution: [],
  nothing_to_compare: [],
};

/** True when `doubt` bears on `reason` (a doubt about the whole reading bears on every comparison that relies on the reading). */
export function doubtBears(doubt: Doubt, reason: Pick<Reason, "kind" | "dependsOn">): boolean {
  // Two levels of one series in one sentence are "another value for the same key" by nature: the pair is read as such.
  if (doubt.kind === "other_value_same_key" && reason.kind === "level_pair") return false;
  const fields = reason.dependsOn ?? DEPENDS_ON[reason.kind];
  const field = DOUBT_FIELD[doubt.kind];
  return field === "any" ? fields.length > 0 : fields.includes(field);
}

export interface Attribution {
  /** Product of the doubts' weights: 1 when the sentence itself names entity, counterparty and period. */
  confidence: number;
  doubts: Doubt[];
}

export interface ClaimCheck {
  subject: "claim" | "event";
  /** The extracted claim or event (with its quote and offsets). */
  claim: Claim | ExtractedEvent;
  verdict: Verdict;
  /**
   * How strongly the compared evidence supports the verdict, 0–1: the best supporting reason's confidence times the
   * attribution confidence. 0 for `unverifiable` (no evidence either way).
   */
  confidence: number;
  attribution: Attribution;
  reasons: Reason[];
}

/** Something about the whole article that limits the checks (e.g. no year anywhere: pass `--date`). */
export interface ArticleWarning {
  code: string;
  message: string;
}

export interface CheckReport {
  checks: ClaimCheck[];
  warnings: ArticleWarning[];
}

/** Base confidence of each kind of comparison (a reason may set its own). */
export const CONFIDENCE: Record<ReasonKind, number> = {
  source_conflict: 0.9,
  revision: 0.85,
  ytd_sum: 0.85,
  parts_vs_total: 0.8,
  /** A part within its whole (a month within its quarter or year to date); the tiling sum is given 0.8 explicitly. */
  period_within: 0.45,
  change_vs_levels: 0.8,
  share_vs_parts: 0.75,
  cagr: 0.75,
  company_result: 0.85,
  market_estimate: 0.6,
  price: 0.6,
  register_amount: 0.8,
  capacity: 0.6,
  known_share: 0.7,
  implied_total: 0.65,
  parameter_range: 0.4,
  /** Inside the scenario model's 90% band: plausibility only (the model is calibrated, not measured, for that year). */
  model_plausibility: 0.3,
  per_unit: 0.6,
  ratio: 0.55,
  /** Two levels of one sentence against the direction it states: catches swapped or misread levels only. */
  level_pair: 0.5,
  /** A part within the whole its sentence names (a bound); a sum of stated parts sets 0.7 itself. */
  stated_parts: 0.45,
  policy_register: 0.7,
  policy_provision: 0.85,
  ambiguous_attribution: 0,
  nothing_to_compare: 0,
};

export const reasonConfidence = (r: Reason): number => r.confidence ?? CONFIDENCE[r.kind];

/** Inconsistent if any reason is; otherwise consistent if any reason is; otherwise unverifiable. */
export function combineVerdict(reasons: readonly Reason[]): Verdict {
  if (reasons.some((r) => r.outcome === "inconsistent")) return "inconsistent";
  if (reasons.some((r) => r.outcome === "consistent")) return "consistent";
  return "unverifiable";
}

/** The verdict's confidence: its best supporting reason times the attribution confidence (0 when unverifiable). */
export function verdictConfidence(verdict: Verdict, reasons: readonly Reason[], attribution: Attribution) {
  if (verdict === "unverifiable") return 0;
  const best = Math.max(0, ...reasons.filter((r) => r.outcome === verdict).map(reasonConfidence));
  return Math.round(best * attribution.confidence * 100) / 100;
}
