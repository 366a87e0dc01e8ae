/** @module Problems as data: every validation step returns Issues instead of throwing (house habit 7). */
import { z } from "zod";

export const IssueCodeSchema = z.enum([
  "malformed_csv",
  "missing_file",
  "missing_column",
  "unexpected_column",
  "invalid_value",
  "unknown_source",
  "orphan_source",
  "unit_mismatch",
  "duplicate_key",
  "out_of_range",
  "restricted_licence",
  "unknown_filter_value",
  "invalid_scenario",
  "store_unreachable",
  "input_too_large",
  "sum_mismatch",
  "derivation_mismatch",
  "blank_as_zero",
  "inconsistent_value",
  "known_discrepancy",
]);
export type IssueCode = z.infer<typeof IssueCodeSchema>;

/** One problem, located: `path` is a file, `file:line:column` or a dotted path such as `levers.recycling.rate`. */
export const IssueSchema = z.object({
  code: IssueCodeSchema,
  path: z.string(),
  message: z.string(),
});
export type Issue = z.infer<typeof IssueSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(issues: Issue[]): Result<T> {
  return { ok: false, issues };
}

/** Formats issues one per line, `path: message [code]`, for terminals and logs. */
export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((i) => `${i.path}: ${i.message} [${i.code}]`).join("\n");
}

/** An error carrying located issues; thrown only at boundaries that cannot return a Result. */
export class IssueError extends Error {
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(formatIssues(issues));
    this.name = "IssueError";
    this.issues = issues;
  }
}
