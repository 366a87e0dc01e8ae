/** @module The CSV of a curated command: the data file's columns, each cell from the domain field the column becomes. */
import type { ColumnFields } from "../dataset/table.ts";
import { csvValue } from "../domain/csv-text.ts";

/** Columns `curatedCommand` appends itself, with the other source columns. */
const APPENDED = new Set(["source_id", "exclude_reason"]);

/** Lists are written as in the data files, `;`-joined. */
const cell = (v: unknown) => csvValue(v, ";");

/**
 * The `csv` of a curated command from the table's column fields; `after` inserts derived fields that are not in the
 * data file after a column (`{ unit: [["currency", "currency"]] }`).
 */
export function csvColumns<Row>(fields: ColumnFields<Row>, after: Record<string, ColumnFields<Row>> = {}) {
  const cols = fields.filter(([c]) => !APPENDED.has(c)).flatMap((f) => [f, ...(after[f[0]] ?? [])]);
  return (rows: Row[]) => ({
    header: cols.map(([c]) => c),
    rows: rows.map((r) => cols.map(([, f]) => cell(r[f]))),
  });
}
