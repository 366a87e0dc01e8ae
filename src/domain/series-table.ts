/**
 * @module One table of a series for every export: `lodestone series --format csv`, the dashboard's series CSV and the
 * XLSX workbook's series sheet write these columns in this order, so a value, its quality and its source read the same
 * in every file. A share series adds the two values divided, their unit, editions and sources.
 */
import type { CsvCell } from "./csv-text.ts";
import type { Alternative, SeriesItem, SeriesResult } from "./series-types.ts";

export const SERIES_COLUMNS = [
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
  "quality_reason",
  "confidence",
  "conflict",
  "reason",
  "note",
  "figure_id",
  "parts",
  "alternatives",
  "source_id",
  "source_publisher",
  "source_published",
  "licence",
  "source_url",
] as const;

const SHARE_COLUMNS = [
  "share_of",
  "part_value",
  "whole_value",
  "share_unit",
  "part_edition",
  "whole_edition",
  "part_source_id",
  "whole_source_id",
] as const;

/** An alternative in one cell: its value, who reported it (or how it was derived) and why it was not preferred. */
export function alternativeText(a: Alternative): string {
  const v =
    a.value !== null
      ? `${a.qualifier ?? ""}${a.approx ? "~" : ""}${a.value}`
      : a.low !== null && a.high !== null
        ? `${a.low}-${a.high}`
        : "no value";
  return `${v} (${a.source ? a.source.publisher : a.qualityReason}): ${a.whyNotPreferred}`;
}

/** One item's cells in SERIES_COLUMNS order (blanks stay blank: null, never 0). */
export function seriesItemCells(i: SeriesItem): CsvCell[] {
  return [
    i.period,
    i.value,
    i.low,
    i.high,
    i.qualifier,
    i.approx,
    i.unit,
    i.basis,
    i.composition,
    i.quality,
    i.qualityReason,
    // A missing value has no confidence to speak of.
    i.composition === "missing" ? null : i.confidence,
    i.conflict,
    i.reason,
    i.note,
    i.figureId,
    i.parts.map((p) => p.period).join(" "),
    i.alternatives.map(alternativeText).join(" | "),
    i.source?.id ?? null,
    i.source?.publisher ?? null,
    i.source?.published ?? null,
    i.source?.licence ?? null,
    i.source?.url ?? null,
  ];
}

/** The series as a header and rows; `total` adds the range total as a last row (period `first..last`). */
export function seriesTable(
  s: SeriesResult,
  opts: { total?: boolean } = {},
): { header: string[]; rows: CsvCell[][] } {
  const share = s.share;
  const items = opts.total && s.total ? [...s.items, s.total] : s.items;
  return {
    header: [...SERIES_COLUMNS, ...(share ? SHARE_COLUMNS : [])],
    rows: items.map((i) => [
      ...seriesItemCells(i),
      ...(share
        ? [
            share.of,
            i.share?.part.value ?? null,
            i.share?.whole.value ?? null,
            share.unit,
            i.share?.part.edition ?? null,
            i.share?.whole.edition ?? null,
            i.share?.part.source?.id ?? null,
            i.share?.whole.source?.id ?? null,
          ]
        : []),
    ]),
  };
}
