/**
 * @module Workbook tables (pure): the sheets an XLSX export holds — data sheets, a sources sheet with each source's
 * licence, and an "about" sheet saying what was asked and when — as plain header + rows, written by a library in the
 * API (Node) or the dashboard (browser).
 */

export type WorkbookCell = string | number | boolean | null;

export interface WorkbookTable {
  /** Sheet name: at most 31 characters, none of `[]:*?/\`. */
  name: string;
  header: string[];
  rows: WorkbookCell[][];
}

export interface WorkbookSource {
  id?: string;
  publisher: string;
  title?: string;
  published?: string;
  url: string;
  licence?: string;
  tier?: string;
}

const SHEET_NAME = /^[^[\]:*?/\\]{1,31}$/;

/** Checks sheet names (unique, Excel's rules) and row widths; throws naming the sheet and row. */
export function checkWorkbook(tables: readonly WorkbookTable[]): void {
  const seen = new Set<string>();
  for (const t of tables) {
    if (!SHEET_NAME.test(t.name))
      throw new Error(`sheet name "${t.name}" must be 1–31 characters without []:*?/\\`);
    if (seen.has(t.name.toLowerCase())) throw new Error(`two sheets are named "${t.name}"`);
    seen.add(t.name.toLowerCase());
    for (const [i, r] of t.rows.entries())
      if (r.length !== t.header.length)
        throw new Error(`sheet "${t.name}" row ${i + 2} has ${r.length} cells; expected ${t.header.length}`);
  }
}

/** The sources sheet: one row per distinct source (by id, else address), with its licence. */
export function sourcesTable(sources: readonly WorkbookSource[], name = "sources"): WorkbookTable {
  const byKey = new Map<string, WorkbookSource>();
  for (const s of sources) byKey.set(s.id ?? `${s.url}|${s.publisher}`, s);
  return {
    name,
    header: ["source_id", "publisher", "title", "published", "licence", "tier", "url"],
    rows: [...byKey.values()].map((s) => [
      s.id ?? null,
      s.publisher,
      s.title ?? null,
      s.published ?? null,
      s.licence ?? "not recorded",
      s.tier ?? null,
      s.url,
    ]),
  };
}

/** The about sheet: key/value lines (what was asked, when, from which dataset, how to cite). */
export function aboutTable(pairs: readonly (readonly [string, WorkbookCell])[]): WorkbookTable {
  return { name: "about", header: ["field", "value"], rows: pairs.map(([k, v]) => [k, v]) };
}

/** RFC 4180 CSV text -> rows of strings (quoted fields, doubled quotes, CRLF or LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
