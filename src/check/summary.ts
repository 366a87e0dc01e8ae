/** @module Counts over many checks: verdicts, reasons by kind and outcome, and why checks abstained. */
import type { ClaimCheck, ReasonKind, Verdict } from "./verdict.ts";

export interface CheckSummary {
  total: number;
  verdicts: Record<Verdict, number>;
  /** Reasons by kind, then by outcome. */
  reasons: Partial<Record<ReasonKind, Partial<Record<Verdict, number>>>>;
  /** Unverifiable checks by their cause: an attribution doubt, or nothing to compare (by metric family). */
  abstentions: Record<string, number>;
}

/** Why an unverifiable check abstained, as a short label for counting. */
export function abstentionOf(check: ClaimCheck): string {
  const withheld = check.reasons.find((r) => r.kind === "ambiguous_attribution");
  if (withheld) {
    const blocking = check.attribution.doubts.find((d) => d.blocking);
    return `withheld: ${blocking?.kind ?? "figure compared with is doubtful"}`;
  }
  const c = check.claim;
  const what = "metric_family" in c ? `${c.metric_family} claim` : `${c.type} event`;
  // Compared, but no comparison can decide (outside the model's band, another publisher's estimate, ...).
  const compared = [
    ...new Set(check.reasons.filter((r) => r.kind !== "nothing_to_compare").map((r) => r.kind)),
  ];
  if (compared.length) return `compared, no verdict: ${compared.join(", ")}`;
  return `nothing to compare: ${what}`;
}

export function summariseChecks(checks: readonly ClaimCheck[]): CheckSummary {
  const s: CheckSummary = {
    total: checks.length,
    verdicts: { consistent: 0, inconsistent: 0, unverifiable: 0 },
    reasons: {},
    abstentions: {},
  };
  for (const c of checks) {
    s.verdicts[c.verdict]++;
    for (const r of c.reasons) {
      const by = s.reasons[r.kind] ?? {};
      by[r.outcome] = (by[r.outcome] ?? 0) + 1;
      s.reasons[r.kind] = by;
    }
    if (c.verdict === "unverifiable") {
      const why = abstentionOf(c);
      s.abstentions[why] = (s.abstentions[why] ?? 0) + 1;
    }
  }
  return s;
}
