/** @module A figure with where it was read (file, line, column), so every invariant names the row that disagrees. */
import type { Figure } from "../../domain/figure.ts";
import type { Issue, IssueCode } from "../../domain/issue.ts";

/** A figure and its cell. `preferred` is set once reconciliation has run (absent before). */
export interface LocatedFigure {
  figure: Figure & { preferred?: boolean };
  file: string;
  line: number;
  column: string;
}

/** `file:line (column)` of a located figure. */
export const at = (f: LocatedFigure): string => `${f.file}:${f.line} (${f.column})`;

/** `file:line` of a located figure (for lists of parts). */
export const lineOf = (f: LocatedFigure): string => `${f.file.split("/").pop()}:${f.line}`;

/**
 * An invariant's finding: the issue plus a stable `subject` (what disagrees) and the observed difference, so a
 * real discrepancy of the source can be recorded in data/discrepancies.csv and reported as known.
 */
export interface Finding {
  issue: Issue;
  check: string;
  subject: string;
  difference: number;
}

export function finding(
  code: IssueCode,
  path: string,
  check: string,
  subject: string,
  difference: number,
  message: string,
): Finding {
  return { issue: { code, path, message: `${message} [${check} ${subject}]` }, check, subject, difference };
}

/**
 * The one value of a quantity an invariant uses: the preferred row when reconciliation has run, else the first
 * reported (non-derived) row, else the first derived row; excluded rows never.
 */
export function pick(rows: readonly LocatedFigure[]): LocatedFigure | undefined {
  const usable = rows.filter((r) => !r.figure.excludeReason);
  if (usable.some((r) => r.figure.preferred !== undefined)) return usable.find((r) => r.figure.preferred);
  return usable.find((r) => !r.figure.isDerived) ?? usable[0];
}
