/** @module `lodestone series --format csv`: one row per item, the same fields as before shares plus share columns. */
import type { SeriesResult } from "../domain/series.ts";
import { toCsv } from "./format.ts";

const CSV_HEADER = [
  "period",
  "value",
  "low",
  "high",
  "qualifier",
  "approx",
  "unit",
  "basis",
  "composition",
  "quality",
  "confidence",
  "conflict",
  "figure_id",
  "source_id",
  "source_publisher",
  "source_published",
  "parts",
  "alternatives",
  "reason",
];
/** Extra columns of a share series: the two values divided, their unit, editions and sources. */
const SHARE_HEADER = [
  "share_of",
  "part_value",
  "whole_value",
  "share_unit",
  "part_edition",
  "whole_edition",
  "part_source_id",
  "whole_source_id",
];

/** The items as CSV; a share series adds the two values divided, their unit, editions and sources. */
export function seriesCsv(s: SeriesResult): string {
  const share = s.share;
  return toCsv(
    share ? [...CSV_HEADER, ...SHARE_HEADER] : CSV_HEADER,
    s.items.map((i) => [
      i.period,
      i.value,
      i.low,
      i.high,
      i.qualifier ?? "",
      i.approx,
      i.unit,
      i.basis,
      i.composition,
      i.quality,
      i.confidence,
      i.conflict,
      i.figureId ?? "",
      i.source?.id ?? "",
      i.source?.publisher ?? "",
      i.source?.published ?? "",
      i.parts.map((p) => p.period).join(" "),
      i.alternatives.length,
      i.reason,
      ...(share
        ? [
            share.of,
            i.share?.part.value ?? null,
            i.share?.whole.value ?? null,
            share.unit,
            i.share?.part.edition ?? "",
            i.share?.whole.edition ?? "",
            i.share?.part.source?.id ?? "",
            i.share?.whole.source?.id ?? "",
          ]
        : []),
    ]),
  );
}
