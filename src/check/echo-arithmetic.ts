/** @module Both halves of a comparison: an agreement of article arithmetic also confirms the other figures it used. */
import type { Claim } from "../extract/schema.ts";
import type { Reason } from "./verdict.ts";

/** Article arithmetic whose agreement also confirms the article's other figures it used (never an accusation). */
const ECHOED = new Set<Reason["kind"]>([
  "change_vs_levels",
  "ratio",
  "cagr",
  "ytd_sum",
  "share_vs_parts",
  "parts_vs_total",
  "period_within",
]);
/** Echoes that only bound the other figure (a destination within the total, a month within its quarter): weak. */
const BOUND_ONLY = new Set<Reason["kind"]>(["parts_vs_total", "period_within"]);
const BOUND_CONFIDENCE = 0.45;

/**
 * A consistent comparison of a claim with other figures of the article is also a reason for those figures: the
 * base level of a stated change, the months of a year-to-date total, the endpoints of a CAGR, the two values of a
 * ratio. Inconsistent comparisons are not echoed: an accusation is made once, on the claim that states the relation.
 */
export function echoArithmetic(claims: readonly Claim[], reasons: Map<string, Reason[]>) {
  const ids = new Set(claims.map((c) => c.id));
  const echoes: [string, Reason][] = [];
  for (const c of claims)
    for (const r of reasons.get(c.id) ?? []) {
      if (r.outcome !== "consistent" || !ECHOED.has(r.kind)) continue;
      for (const s of r.sources) {
        const other = s.id.startsWith("article:") ? s.id.slice("article:".length) : null;
        if (!other || other === c.id || !ids.has(other)) continue;
        if (
          echoes.some(([id, e]) => id === other && e.kind === r.kind && e.message.startsWith(`with ${c.id}:`))
        )
          continue;
        const sources = [...r.sources.filter((x) => x.id !== s.id), { ...s, id: `article:${c.id}` }];
        const echo: Reason = { ...r, message: `with ${c.id}: ${r.message}`, sources };
        if (BOUND_ONLY.has(r.kind)) echo.confidence = BOUND_CONFIDENCE;
        echoes.push([other, echo]);
      }
    }
  for (const [id, r] of echoes) reasons.set(id, [...(reasons.get(id) ?? []), r]);
}
