/** @module Shares on the dashboard: the series request for a place's share of an aggregate, and how a share is printed. */
import { formatNumber } from "./format.ts";
import type { SeriesItem, SeriesParams } from "./types.ts";

/** The request for `entity`'s share of world mine production in `year` (GET /api/series with shareOf, per year). */
export const mineShareParams = (entity: string, year: string): SeriesParams => ({
  metric: "mine_production",
  entity,
  shareOf: "World",
  from: year,
  to: year,
  per: "year",
});

/**
 * A share item as the dashboard prints it: one decimal (`71.1%`), with the two values divided and their edition;
 * `value` is the same number as text for data attributes. When there is no share, the text says why.
 */
export function formatShare(item: SeriesItem | undefined): { text: string; value: string } {
  if (!item || item.value === null || !item.share)
    return { text: `share – ${item?.reason ? `(${item.reason})` : "(no data)"}`, value: "" };
  const { part, whole } = item.share;
  const edition = part.edition && part.edition === whole.edition ? `, ${part.edition}` : "";
  return {
    text: `${part.name} ${item.value.toFixed(1)}% (${formatNumber(part.value)} ÷ ${formatNumber(whole.value)} ${part.unit}${edition}) · derived`,
    value: item.value.toFixed(1),
  };
}
