/** @module CSV export of what a page shows: the rows of a curated table and a download button that builds the file on click. */
import {
  type CsvCell,
  type CsvSource,
  csvValue,
  SOURCE_CSV_HEADER,
  sourceCsvCells,
  toCsv,
} from "../domain/csv-text.ts";
import { h } from "./dom.ts";

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Curated rows as CSV: every field of the row as served (snake_case columns, lists joined with "; "), any `extra`
 * columns, then the source's columns as in every other CSV export (SOURCE_CSV_COLUMNS) — so the file holds exactly
 * what the page shows, with the same source columns as the CLI's and the API's files.
 */
export function recordsCsv<T extends { source: CsvSource }>(
  rows: readonly T[],
  extra: Record<string, (r: T) => CsvCell> = {},
): { header: string[]; rows: CsvCell[][] } {
  const keys = rows.length ? Object.keys(rows[0]!).filter((k) => k !== "source") : [];
  const cell = (v: unknown) => csvValue(v, "; ");
  return {
    header: [...keys.map(snake), ...Object.keys(extra), ...SOURCE_CSV_HEADER],
    rows: rows.map((r) => [
      ...keys.map((k) => cell((r as Record<string, unknown>)[k])),
      ...Object.values(extra).map((f) => f(r)),
      ...sourceCsvCells(r.source),
    ]),
  };
}

/** A "Download CSV" link whose file is built from `build()` when clicked (so it is always what is shown). */
export function csvButton(
  id: string,
  filename: string,
  build: () => { header: readonly string[]; rows: readonly (readonly CsvCell[])[] },
): HTMLAnchorElement {
  const a = h("a", { id, class: "button", href: "#", download: filename, role: "button" }, "Download CSV");
  a.addEventListener("click", (e) => {
    e.preventDefault();
    const { header, rows } = build();
    const url = URL.createObjectURL(
      new Blob([toCsv(header, rows, "\r\n")], { type: "text/csv;charset=utf-8" }),
    );
    const link = h("a", { href: url, download: filename });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  return a;
}
