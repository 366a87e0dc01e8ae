/** @module totalSummary: the range total of a series in words — reported for the range, or the sum of its parts, or why neither. */
import type { SeriesResult } from "./types.ts";

export interface TotalSummary {
  /** `2025-01..2025-09`, or the range asked for when there is no total. */
  period: string;
  value: number | null;
  unit: string;
  /** `reported`: a figure for exactly the range; `sum`: the sum of the preferred items; `share`: the share of the
   * two range totals (a share series); `none`. */
  how: "reported" | "sum" | "share" | "none";
  /** One line: how the total was obtained, or why there is none. */
  label: string;
  source: NonNullable<SeriesResult["total"]>["source"];
  quality: NonNullable<SeriesResult["total"]>["quality"] | null;
  /** The sum of the items, when a reported total exists beside it (so the two can be compared). */
  sumOfItems: number | null;
  /** How many items the sum adds, and whether any of them is derived by Lodestone. */
  items: number;
  sumIncludesDerived: boolean;
  /** reported total − sum of items. */
  difference: number | null;
}

const PLURAL = { month: "months", quarter: "quarters", year: "years" } as const;

/** How the API's `total` was obtained, in words; when it is null, which items stand in the way. */
export function totalSummary(r: SeriesResult): TotalSummary {
  const first = r.items[0];
  const last = r.items.at(-1);
  const period = first && last ? `${first.period}..${last.period}` : "";
  const parts = PLURAL[r.per];
  const base = {
    period,
    unit: r.unit,
    source: null,
    quality: null,
    sumOfItems: null,
    difference: null,
    items: r.items.length,
    sumIncludesDerived: false,
  };
  const t = r.total;
  if (t && t.value !== null) {
    if (t.composition === "figure") {
      const alt = t.alternatives.find((a) => a.figureId === null);
      const sum = alt?.value ?? null;
      return {
        ...base,
        period: t.period,
        value: t.value,
        how: "reported",
        label:
          sum === null
            ? `reported for the whole range (the ${parts} cannot all be summed)`
            : "reported for the whole range",
        source: t.source,
        quality: t.quality,
        sumOfItems: sum,
        sumIncludesDerived: alt?.quality === "derived",
        difference: sum === null ? null : t.value - sum,
      };
    }
    if (t.composition === "share" && t.share) {
      const { part, whole } = t.share;
      const n = (v: number | null) =>
        v === null ? "–" : v.toLocaleString("en-GB", { maximumFractionDigits: 1 });
      return {
        ...base,
        period: t.period,
        value: t.value,
        how: "share",
        label: `share of the range totals: ${part.name} ${n(part.value)} ÷ ${whole.name} ${n(whole.value)} ${part.unit}`,
        quality: t.quality,
      };
    }
    return {
      ...base,
      period: t.period,
      value: t.value,
      how: "sum",
      label: `sum of the ${t.parts.length || r.items.length} preferred ${parts} (no total reported for the range)`,
      quality: t.quality,
    };
  }
  const none = (label: string): TotalSummary => ({ ...base, value: null, how: "none", label });
  if (!r.items.length) return none(r.reason || "no data");
  if (r.items.length < 2) return none(`one ${r.per} only: its value is the total`);
  const missing = r.items.filter((i) => i.value === null && !(i.low !== null && i.high !== null));
  const notPoint = r.items
    .filter((i) => i.value === null || i.qualifier !== null)
    .filter((i) => !missing.includes(i));
  const list = (xs: typeof r.items) =>
    xs
      .slice(0, 6)
      .map((i) => i.period)
      .join(", ") + (xs.length > 6 ? ", …" : "");
  if (missing.length)
    return none(
      `${missing.length} of ${r.items.length} ${parts} missing (${list(missing)}) and none reported for the range`,
    );
  if (notPoint.length)
    return none(
      `no total: ${list(notPoint)} ${notPoint.length === 1 ? "is a bound or a range" : "are bounds or ranges"}`,
    );
  // Every item is a point and none is missing, yet the API gave no total: the metric is not a flow.
  return none(
    `${r.metric} is not a flow (a stock, price, share or change): its values are never added over time`,
  );
}
