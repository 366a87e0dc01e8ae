/** @module Strict RFC 4180 CSV: text -> header + rows with line numbers, or located `malformed_csv` issues. */
import type { Issue } from "../domain/issue.ts";

export interface CsvRow {
  /** 1-based line number where the record starts. */
  line: number;
  /** Field values, in header order. */
  fields: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

export type CsvResult = { ok: true; value: CsvTable } | { ok: false; issues: Issue[]; value: CsvTable };

/**
 * Parses CSV text (UTF-8, optional BOM, LF or CRLF, `"` quoting with `""` escapes). Every record must have
 * as many fields as the header; each malformed record yields one issue at `file:line:column` and is dropped,
 * so the caller still gets the well-formed rows and can report everything at once.
 */
export function parseCsv(text: string, file: string): CsvResult {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const issues: Issue[] = [];
  const records: { line: number; fields: string[] }[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  while (i < n) {
    const recordLine = line;
    const fields: string[] = [];
    let bad = false;
    for (;;) {
      let value = "";
      if (text[i] === '"') {
        const quoteLine = line;
        const quoteCol = i - lineStart + 1;
        i++;
        let closed = false;
        while (i < n) {
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === "\n") {
            line++;
            lineStart = i + 1;
          }
          value += c;
          i++;
        }
        if (!closed) {
          issues.push(issue(file, quoteLine, quoteCol, "unterminated quoted field: expected a closing '\"'"));
          bad = true;
        }
        const c = text[i];
        if (i < n && c !== "," && c !== "\n" && c !== "\r") {
          if (!bad)
            issues.push(
              issue(
                file,
                line,
                i - lineStart + 1,
                `expected ',' or end of line after a closing quote, found '${c}'`,
              ),
            );
          bad = true;
          while (i < n && text[i] !== "," && text[i] !== "\n") i++;
        }
      } else {
        const start = i;
        while (i < n) {
          const c = text[i]!;
          if (c === "," || c === "\n" || (c === "\r" && text[i + 1] === "\n")) break;
          if (c === '"' && !bad) {
            issues.push(issue(file, line, i - lineStart + 1, "unexpected '\"' inside an unquoted field"));
            bad = true;
          }
          i++;
        }
        value = text.slice(start, i);
      }
      fields.push(value);
      if (i >= n) break;
      const c = text[i];
      if (c === ",") {
        i++;
        continue;
      }
      if (c === "\r") i++;
      if (text[i] === "\n") {
        i++;
        line++;
        lineStart = i;
      }
      break;
    }
    if (bad) continue;
    if (fields.length === 1 && fields[0] === "" && records.length > 0) continue; // blank line
    records.push({ line: recordLine, fields });
  }
  const table = build(records);
  const width = table.header.length;
  const rows: CsvRow[] = [];
  for (const r of table.rows) {
    if (r.fields.length !== width) {
      issues.push(
        issue(file, r.line, 1, `wrong number of fields: expected ${width} fields, found ${r.fields.length}`),
      );
      continue;
    }
    rows.push(r);
  }
  const value = { header: table.header, rows };
  if (records.length === 0)
    issues.push({ code: "malformed_csv", path: file, message: "expected a header row" });
  return issues.length > 0 ? { ok: false, issues, value } : { ok: true, value };
}

function build(records: { line: number; fields: string[] }[]): CsvTable {
  const [head, ...rows] = records;
  return { header: head?.fields ?? [], rows };
}

function issue(file: string, line: number, column: number, message: string): Issue {
  return { code: "malformed_csv", path: `${file}:${line}:${column}`, message };
}
