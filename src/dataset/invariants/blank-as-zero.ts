/** @module Invariant: no blank source cell turned into 0 (in the columns where a published zero does not occur). */
import type { Issue } from "../../domain/issue.ts";
import type { ParsedTable } from "./parsed-table.ts";

const ZERO = /^[-+]?0*(\.0*)?$/;

/**
 * In a table's `nonZero` columns a value of 0 has only ever been a blank cell of the source turned into a number
 * (a company's net profit "0 CNY" where the excerpt gave no figure). Every such cell is reported at its row.
 */
export function checkBlankAsZero(tables: readonly ParsedTable[]): Issue[] {
  const out: Issue[] = [];
  for (const t of tables)
    for (const column of t.spec.nonZero ?? [])
      for (const r of t.rows) {
        const cell = (r.raw[column] ?? "").trim();
        if (cell === "" || !ZERO.test(cell) || !/0/.test(cell)) continue;
        out.push({
          code: "blank_as_zero",
          path: `${t.file}:${r.line} (${column})`,
          message: `${column} is ${cell}, but this column never holds a published zero: a blank source cell turned into 0? Leave the cell empty when the source gives no number (and say why in the note)`,
        });
      }
  return out;
}
