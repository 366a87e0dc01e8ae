/** @module claimLine (pure): a stored claim in one line for the News page's list of ingested articles. */
import { formatNumber } from "./format.ts";
import type { StoredClaim } from "./client-news.ts";

/** "export volume: China → Germany, 2025-07: 1,116 t"; a missing part is left out, a missing value is "–". */
export function claimLine(
  c: Pick<StoredClaim, "metric" | "entity" | "counterparty" | "period" | "value" | "unit">,
): string {
  const who = [c.entity ?? "?", c.counterparty].filter(Boolean).join(" → ");
  const when = c.period ? `, ${c.period}` : "";
  const value = c.value === null ? "–" : formatNumber(c.value);
  return `${c.metric}: ${who}${when}: ${value}${c.unit ? ` ${c.unit}` : ""}`;
}
