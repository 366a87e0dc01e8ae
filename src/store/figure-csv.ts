/**
 * @module The figures CSV (GET /api/figures.csv, the XLSX figures sheet, `lodestone figures --format csv`): its columns
 * are fields of the served figure row (FigureRowSchema), named in snake_case, then the source's beside them.
 * Every field of the row is either exported or listed as left out, so a new field cannot be forgotten silently.
 */
import { SOURCE_CSV_COLUMNS, toCsv } from "../domain/csv-text.ts";
import { snakeCase } from "./define-table.ts";
import type { FigureRow } from "./figure-row.ts";

/** The figure's fields in the CSV, in column order (column = the field in snake_case). */
export const FIGURE_CSV_FIELDS = [
  "metric",
  "entity",
  "counterparty",
  "material",
  "location",
  "variant",
  "period",
  "value",
  "qualifier",
  "approx",
  "low",
  "high",
  "unit",
  "massBasis",
  "vintage",
  "isLatest",
  "isDerived",
  "isForecast",
  "preferred",
  "quality",
  "qualityReason",
  "confidence",
  "conflict",
  "excludeReason",
  "note",
] as const satisfies readonly Exclude<keyof FigureRow, "source">[];

/** Fields of the row the CSV leaves out: ids and keys a reader does not need, the period's span (in `period`). */
export const FIGURE_CSV_OMITTED = [
  "id",
  "dataset",
  "family",
  "entityId",
  "counterpartyId",
  "periodKind",
  "periodStart",
  "periodEnd",
  "seriesKey",
] as const satisfies readonly Exclude<keyof FigureRow, "source">[];

/** The source's fields beside each value: field and column (every CSV's source columns, then the tier). */
export const FIGURE_CSV_SOURCE = [
  ...SOURCE_CSV_COLUMNS,
  ["tier", "source_tier"],
] as const satisfies readonly (readonly [keyof FigureRow["source"], string])[];

/** The CSV's header. */
export const FIGURE_CSV_HEADER: readonly string[] = [
  ...FIGURE_CSV_FIELDS.map(snakeCase),
  ...FIGURE_CSV_SOURCE.map(([, column]) => column),
];

/** The figures as CSV with the source beside each value (the export format of the API, dashboard and CLI). */
export function figuresToCsv(items: readonly FigureRow[]): string {
  return toCsv(
    FIGURE_CSV_HEADER,
    items.map((f) => [...FIGURE_CSV_FIELDS.map((k) => f[k]), ...FIGURE_CSV_SOURCE.map(([k]) => f.source[k])]),
  );
}
