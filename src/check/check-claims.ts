/** @module checkClaims: every extracted claim and event of an article, checked inside the article and against the KB. */
import type { Claim, Extraction } from "../extract/schema.ts";
import { checkCagr, checkChanges } from "./changes.ts";
import { checkAgainstFigures } from "./conflicts.ts";
import type { CheckContext } from "./context.ts";
import type { KnowledgeBase } from "./knowledge-base.ts";
import { checkPerUnit, checkProductionShares } from "./plausibility.ts";
import { checkEvents, checkProvisions } from "./policy.ts";
import { checkPartsVsTotal, checkRatios, checkShares, checkYtdSums } from "./totals.ts";
import { type CheckReport, type ClaimCheck, combineVerdict, type Reason } from "./verdict.ts";

const CLAIM_CHECKS: ((ctx: CheckContext) => void)[] = [
  checkChanges,
  checkCagr,
  checkPartsVsTotal,
  checkShares,
  checkRatios,
  checkYtdSums,
  checkPerUnit,
  checkProductionShares,
  checkProvisions,
];

/**
 * Trade claims without a material take the article's dominant material ("exports fell to 5,000 t" in a story
 * about magnet exports is about magnets). Only the checks see the filled-in copy; the report keeps the claim as extracted.
 */
function withArticleMaterial(claims: readonly Claim[]): Claim[] {
  const counts = new Map<string, number>();
  for (const c of claims) if (c.material) counts.set(c.material, (counts.get(c.material) ?? 0) + 1);
  const dominant = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!dominant) return [...claims];
  return claims.map((c) => (c.material || c.metric_family !== "trade" ? c : { ...c, material: dominant }));
}

function nothingToCompare(what: readonly string[]): Reason {
  return {
    kind: "nothing_to_compare",
    outcome: "unverifiable",
    message: what.length
      ? `nothing to compare: looked for ${[...new Set(what)].join("; ")}`
      : "nothing to compare: no check covers this metric, and the article states no related figure",
    expected: null,
    found: null,
    sources: [],
  };
}

/**
 * Checks an extraction against itself (arithmetic) and against `kb` (conflicts, plausibility, policy).
 * Pure: no I/O. Returns one check per claim and per event, in the extraction's order.
 */
export function checkClaims(extraction: Extraction, kb: KnowledgeBase): CheckReport {
  const claims = withArticleMaterial(extraction.claims);
  const reasons = new Map<string, Reason[]>();
  const looked = new Map<string, string[]>();
  const ctx: CheckContext = {
    claims,
    kb,
    article: {
      publisher: extraction.meta.publisher,
      source: extraction.meta.source,
      date: extraction.meta.docDate ?? extraction.meta.date,
    },
    add: (id, r) => reasons.set(id, [...(reasons.get(id) ?? []), r]),
    lookedFor: (id, what) => looked.set(id, [...(looked.get(id) ?? []), what]),
  };
  for (const check of CLAIM_CHECKS) check(ctx);
  for (const c of claims) {
    const { reasons: rs, lookedFor } = checkAgainstFigures(kb, c);
    for (const r of rs) ctx.add(c.id, r);
    if (lookedFor) ctx.lookedFor(c.id, lookedFor);
  }
  const checks: ClaimCheck[] = extraction.claims.map((c) => {
    const rs = reasons.get(c.id) ?? [];
    const all = rs.length ? rs : [nothingToCompare(looked.get(c.id) ?? [])];
    return { subject: "claim", claim: c, verdict: combineVerdict(all), reasons: all };
  });
  const events = checkEvents(kb, extraction.events);
  for (const ev of extraction.events) {
    const r = events.get(ev.id);
    const all = r?.reasons.length ? r.reasons : [nothingToCompare(r ? [r.lookedFor] : [])];
    checks.push({ subject: "event", claim: ev, verdict: combineVerdict(all), reasons: all });
  }
  return { checks };
}
