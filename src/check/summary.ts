/** @module Counts over many checks: verdicts, reasons by kind and outcome, and why checks abstained. */
import { NO_FIGURE_FOR_PERIOD } from "./kb-match.ts";
import { UNTRACKED_EVENT } from "./policy.ts";
import type { ClaimCheck, ReasonKind, Verdict } from "./verdict.ts";

/** Why a check is unverifiable, in the groups that decide what to build next (docs/claim-checks.md, "What is left"). */
export type Gap =
  | "attribution withheld"
  | "compared, no verdict"
  | "no check for this kind of claim"
  | "no period or no year in the claim"
  | "series known, no figure for the period"
  | "no base level for a stated change"
  | "no figure of this kind for the key"
  | "event not in the register"
  | "event of a kind the register does not track";

const CHANGE_ONLY = /^(?:levels (?:for|to recompute)|values of .* at the start and end years)/;

export interface CheckSummary {
  total: number;
  verdicts: Record<Verdict, number>;
  /** Reasons by kind, then by outcome. */
  reasons: Partial<Record<ReasonKind, Partial<Record<Verdict, number>>>>;
  /** Unverifiable checks by their cause: an attribution doubt, or nothing to compare (by metric family). */
  abstentions: Record<string, number>;
  /** Unverifiable checks by gap (`gapOf`). */
  gaps: Partial<Record<Gap, number>>;
}

/** The gap behind an unverifiable check: what was missing (a check, a period, data for the key or the period, a base). */
export function gapOf(check: ClaimCheck): Gap {
  if (check.reasons.some((r) => r.kind === "ambiguous_attribution")) return "attribution withheld";
  if (check.reasons.some((r) => r.kind !== "nothing_to_compare")) return "compared, no verdict";
  const c = check.claim;
  const message = check.reasons.map((r) => r.message).join("; ");
  if (check.subject === "event")
    return message.includes(UNTRACKED_EVENT)
      ? "event of a kind the register does not track"
      : "event not in the register";
  if (/^no check covers/.test(message)) return "no check for this kind of claim";
  if ("period" in c && (!c.period || /XXXX/.test(c.period))) return "no period or no year in the claim";
  if (message.includes(NO_FIGURE_FOR_PERIOD)) return "series known, no figure for the period";
  const looked = message.replace(/^looked for /, "").split("; ");
  if (looked.every((w) => CHANGE_ONLY.test(w))) return "no base level for a stated change";
  return "no figure of this kind for the key";
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
    gaps: {},
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
      const gap = gapOf(c);
      s.gaps[gap] = (s.gaps[gap] ?? 0) + 1;
    }
  }
  return s;
}
