/** @module CSV text, the one writer used by the CLI, the API and the dashboard: RFC 4180 quoting, a final line end. */

export type CsvCell = string | number | boolean | null | undefined;

/** One cell: numbers as written (no thousands separators), blank for null or a non-finite number, quoted when needed. */
export function csvCell(v: CsvCell): string {
  if (v === null || v === undefined) return "";
  const s = typeof v === "number" ? (Number.isFinite(v) ? String(v) : "") : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * A header row and data rows as CSV text, each line ended by `eol` (LF for files and downloads from the CLI and API,
 * CRLF for the dashboard's). A row whose width differs from the header's is a programming error and throws.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  eol: "\n" | "\r\n" = "\n",
): string {
  for (const [i, r] of rows.entries())
    if (r.length !== header.length)
      throw new Error(
        `CSV row ${i + 1} has ${r.length} cells; expected ${header.length} (${header.join(", ")})`,
      );
  return `${[header, ...rows].map((r) => r.map(csvCell).join(",")).join(eol)}${eol}`;
}

/** A served value as a cell: a list joined with `listSeparator`, an object as JSON, undefined blank. */
export function csvValue(v: unknown, listSeparator: string): CsvCell {
  if (Array.isArray(v)) return v.join(listSeparator);
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return v === undefined ? "" : JSON.stringify(v);
}

/**
 * The source's columns beside each value in every CSV export (figures and curated tables; CLI, API and dashboard):
 * field of the served source and column name. The figures CSV adds the source's tier.
 */
export const SOURCE_CSV_COLUMNS = [
  ["id", "source_id"],
  ["publisher", "source_publisher"],
  ["title", "source_title"],
  ["published", "source_published"],
  ["url", "source_url"],
  ["licence", "licence"],
] as const;

/** A served source, as far as the CSV needs it. */
export type CsvSource = Record<(typeof SOURCE_CSV_COLUMNS)[number][0], string>;

/** The source columns' names, in order. */
export const SOURCE_CSV_HEADER: readonly string[] = SOURCE_CSV_COLUMNS.map(([, column]) => column);

/** The source's cells, in the order of SOURCE_CSV_HEADER. */
export const sourceCsvCells = (source: CsvSource): string[] =>
  SOURCE_CSV_COLUMNS.map(([field]) => source[field]);
