/** @module Invariant: a reference fact that restates or derives figures equals what its derivation gives. */
import type { Issue } from "../../domain/issue.ts";
import { evaluate } from "./expression.ts";
import { type Finding, finding, type LocatedFigure } from "./located.ts";
import type { ParsedTable } from "./parsed-table.ts";
import { halfUnit, show } from "./rounding.ts";

/**
 * Each reference fact with a `derivation` (arithmetic over figure ids, e.g.
 * `{mine-production:CHN:2024:USGS MCS 2026 v1.3:mine_production} / {mine-production:WORLD:...} * 100`, or one id
 * for a fact that restates a figure) must equal the derivation's result rounded as the fact is written: 71.1 is
 * 71.05–71.15. An unknown id, a figure without a single value, or a derivation on a fact without a value is an
 * error naming the row. Excluded figures may not back a fact.
 */
export function checkReferenceFacts(
  table: ParsedTable | undefined,
  figures: readonly LocatedFigure[],
): { findings: Finding[]; issues: Issue[] } {
  const findings: Finding[] = [];
  const issues: Issue[] = [];
  if (!table) return { findings, issues };
  const byId = new Map(figures.map((f) => [f.figure.id, f.figure]));
  for (const { line, raw } of table.rows) {
    const expr = (raw.derivation ?? "").trim();
    if (!expr) continue;
    const path = `${table.file}:${line} (derivation)`;
    const stated = raw.value === "" || raw.value === undefined ? null : Number(raw.value);
    if (stated === null) {
      issues.push({
        code: "invalid_value",
        path,
        message:
          "expected a value for a fact with a derivation (a range fact cannot be derived as one number)",
      });
      continue;
    }
    const excluded: string[] = [];
    const result = evaluate(expr, (id) => {
      const f = byId.get(id);
      if (!f) return undefined;
      if (f.excludeReason) excluded.push(id);
      return f.value;
    });
    if (!result.ok) {
      issues.push({
        code: "invalid_value",
        path,
        message: `cannot evaluate the derivation: ${result.error}`,
      });
      continue;
    }
    if (excluded.length)
      issues.push({
        code: "invalid_value",
        path,
        message: `the derivation uses excluded figures (${excluded.join(", ")}); an excluded row never backs a fact`,
      });
    const tol = halfUnit(stated);
    const diff = stated - result.value;
    if (Math.abs(diff) > tol + 1e-9)
      findings.push(
        finding(
          "derivation_mismatch",
          `${table.file}:${line} (value)`,
          "reference-fact",
          raw.fact_id ?? String(line),
          diff,
          `reference fact ${raw.fact_id} is ${show(stated)} ${raw.unit ?? ""}, but its derivation gives ${show(result.value)} (${expr}); a value written as ${raw.value} allows ±${show(tol)}`,
        ),
      );
  }
  return { findings, issues };
}
