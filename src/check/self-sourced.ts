/** @module Rows taken from the article itself: an agreement with them is no independent confirmation. */
import { type Reason, reasonConfidence } from "./verdict.ts";

/**
 * A knowledge-base row curated from the very article being checked confirms only that the figure was read the same
 * way twice: such an agreement keeps its verdict but says so, at half the confidence.
 */
export function markSelfSourced(reasons: Map<string, Reason[]>, articleUrl: string | null) {
  if (!articleUrl) return;
  for (const [id, rs] of reasons)
    reasons.set(
      id,
      rs.map((r) => {
        const kb = r.sources.filter((x) => !x.id.startsWith("article:"));
        if (r.outcome !== "consistent" || !kb.length || !kb.every((x) => x.url === articleUrl)) return r;
        return {
          ...r,
          confidence: Math.round(reasonConfidence(r) * 50) / 100,
          message: `${r.message} (the knowledge base took this figure from this same article: no independent confirmation)`,
        };
      }),
    );
}
