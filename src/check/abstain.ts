/** @module Abstain rather than accuse: an `inconsistent` reason stands only when every reading of the sentence is inconsistent. */
import type { Claim, ExtractedEvent } from "../extract/schema.ts";
import type { AttributionResult, Reading } from "./attribution.ts";
import { doubtBears, type Reason, reasonConfidence } from "./verdict.ts";

/** Kinds that compare the claim's own value with the knowledge base (re-run for other readings). */
const KB_KINDS = new Set<Reason["kind"]>(["source_conflict", "revision"]);
/** Kinds that relate several figures of the article to each other. */
const ARTICLE_KINDS = new Set<Reason["kind"]>([
  "change_vs_levels",
  "parts_vs_total",
  "period_within",
  "share_vs_parts",
  "ratio",
  "level_pair",
  "stated_parts",
  "ytd_sum",
  "cagr",
  "per_unit",
  "implied_total",
]);

/** The claim ids of the article that a reason compares with (sources `article:cNN`). */
const articleClaimIds = (r: Reason) =>
  r.sources.filter((s) => s.id.startsWith("article:")).map((s) => s.id.slice("article:".length));

/** True when the reason confirms the figure against an official (reported, non-derived) source. */
export const confirmsOfficially = (r: Reason) =>
  KB_KINDS.has(r.kind) && r.outcome === "consistent" && reasonConfidence(r) >= 0.85;

function withhold(r: Reason, why: string): Reason[] {
  return [
    { ...r, outcome: "unverifiable", message: `as read, ${r.message}` },
    {
      kind: "ambiguous_attribution",
      outcome: "unverifiable",
      message: `not held as inconsistent: ${why}`,
      expected: null,
      found: null,
      sources: [],
    },
  ];
}

export interface AbstainInput {
  claim: Claim | ExtractedEvent;
  reasons: Reason[];
  attribution: AttributionResult;
  /** Attribution of every claim of the article, by id (for reasons that involve other claims). */
  attributions: Map<string, AttributionResult>;
  /** Every check's reasons for the claim read another way. */
  reread: (reading: Reading) => Reason[];
}

/**
 * Turns each `inconsistent` reason that rests on a doubtful reading into `unverifiable` plus an
 * `ambiguous_attribution` reason saying why. An inconsistency stands when the attribution is clear, or when
 * the only doubt is which place the figure belongs to and every other reading is inconsistent too.
 */
export function abstainWhereAmbiguous(input: AbstainInput): Reason[] {
  const { claim, attribution, attributions, reread } = input;
  const confirmed = input.reasons.find(confirmsOfficially);
  const out: Reason[] = [];
  for (const r of input.reasons) {
    if (r.outcome !== "inconsistent") {
      out.push(r);
      continue;
    }
    if (confirmed && ARTICLE_KINDS.has(r.kind)) {
      out.push(
        ...withhold(
          r,
          `this figure agrees with ${confirmed.sources[0]?.publisher ?? "its official source"}, so the disagreement points at the other figures compared`,
        ),
      );
      continue;
    }
    const blockingOf = (a: AttributionResult | undefined) =>
      (a?.doubts ?? []).filter((d) => d.blocking && doubtBears(d, r));
    const blocking = blockingOf(attribution);
    const placeOnly = blocking.every((d) => d.kind === "other_place_in_clause" || d.kind === "list_subject");
    const involved = articleClaimIds(r).filter((id) => id !== claim.id);
    const doubtful = involved.filter((id) => blockingOf(attributions.get(id)).length);
    if (ARTICLE_KINDS.has(r.kind) && doubtful.length) {
      const d = blockingOf(attributions.get(doubtful[0]!))[0]!;
      out.push(
        ...withhold(r, `the figure it is compared with (${doubtful[0]}) may be misattributed: ${d.message}`),
      );
      continue;
    }
    if (!blocking.length) {
      out.push(r);
      continue;
    }
    const outcomes = attribution.readings.map((reading) => ({ reading, reasons: reread(reading) }));
    const agreeing = outcomes.find(
      (o) =>
        o.reasons.some((x) => x.outcome === "consistent") &&
        !o.reasons.some((x) => x.outcome === "inconsistent"),
    )?.reading;
    const allInconsistent =
      outcomes.length > 0 && outcomes.every((o) => o.reasons.some((x) => x.outcome === "inconsistent"));
    if (placeOnly && attribution.complete && allInconsistent && !agreeing) {
      out.push({
        ...r,
        message: `${r.message} Every other reading (${attribution.readings.map((x) => x.label).join(", ")}) disagrees too.`,
      });
      continue;
    }
    const why = blocking.map((d) => d.message).join("; ");
    out.push(...withhold(r, agreeing ? `${why}; read with ${agreeing.label} the checks agree` : why));
  }
  return out;
}
