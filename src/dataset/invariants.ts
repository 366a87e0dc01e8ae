/** @module Correctness as checks: the invariants `data check` verifies across the curated tables (pure). */
import type { Issue } from "../domain/issue.ts";
import { checkBlankAsZero } from "./invariants/blank-as-zero.ts";
import { checkExportDerivations } from "./invariants/export-derivations.ts";
import { checkExportTotals } from "./invariants/export-totals.ts";
import type { Finding, LocatedFigure } from "./invariants/located.ts";
import type { ParsedTable } from "./invariants/parsed-table.ts";
import { checkPolicyText } from "./invariants/policy-text.ts";
import { checkReferenceFacts } from "./invariants/reference-facts.ts";
import { decimals, show } from "./invariants/rounding.ts";
import { checkWorldTotals } from "./invariants/world-totals.ts";

export type { LocatedFigure, ParsedTable };

export interface InvariantInput {
  /** Every checked file's rows with line numbers, by table name. */
  tables: ReadonlyMap<string, ParsedTable>;
  /** Every figure (served or not) with its file, line and column. */
  figures: readonly LocatedFigure[];
  /** True when some files were left out for row errors: recorded discrepancies then may not occur. */
  partial?: boolean;
  /** Every figure including those of files left out, for looking up ids (defaults to `figures`). */
  lookup?: readonly LocatedFigure[];
}

/**
 * Runs every invariant: monthly export parts against year-to-date totals, derived export rows against their inputs,
 * countries against USGS world totals per edition, reference facts against their derivations, no blank turned into
 * zero, and announcement numbers and elements against titles and materials. A finding recorded in
 * data/discrepancies.csv (same check, subject and difference) is reported as a `known_discrepancy` warning; a
 * recorded discrepancy that no longer occurs is an error, so the list stays true.
 */
export function checkInvariants({
  tables,
  figures,
  partial = false,
  lookup = figures,
}: InvariantInput): Issue[] {
  const facts = checkReferenceFacts(tables.get("reference-facts"), lookup);
  const findings: Finding[] = [
    ...checkExportTotals(figures),
    ...checkExportDerivations(figures),
    ...checkWorldTotals(figures),
    ...facts.findings,
  ];
  const issues: Issue[] = [
    ...facts.issues,
    ...checkBlankAsZero([...tables.values()]),
    ...checkPolicyText(tables.get("policy-events")),
  ];
  const known = tables.get("discrepancies");
  const used = new Set<number>();
  for (const f of findings) {
    const row = known?.rows.find((r) => r.raw.check === f.check && r.raw.subject === f.subject);
    if (!row) {
      issues.push(f.issue);
      continue;
    }
    used.add(row.line);
    const recorded = Number(row.raw.difference);
    const where = `${known!.file}:${row.line}`;
    if (Math.abs(f.difference - recorded) <= 0.5 * 10 ** -decimals(recorded) + 1e-9)
      issues.push({
        code: "known_discrepancy",
        path: f.issue.path,
        message: `known discrepancy, recorded at ${where}: ${f.issue.message}`,
      });
    else
      issues.push({
        ...f.issue,
        message: `${f.issue.message}; ${where} records a difference of ${show(recorded)}, so the data changed: check the rows and update or remove that record`,
      });
  }
  for (const r of partial ? [] : (known?.rows ?? []))
    if (!used.has(r.line))
      issues.push({
        code: "invalid_value",
        path: `${known!.file}:${r.line}`,
        message: `recorded discrepancy ${r.raw.check} ${r.raw.subject} no longer occurs; remove the row (or fix its subject)`,
      });
  return issues;
}
