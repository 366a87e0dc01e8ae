/** @module Provenance and plausibility checks: sources resolve, licences ship, units and ranges fit the metric. */
import type { Issue } from "../domain/issue.ts";
import { getMetric, type MetricDefinition } from "../domain/metric.ts";
import { UNITS } from "../domain/units.ts";
import type { FigureDraft } from "./table.ts";

/** Issue codes that are reported but do not fail `data check`. */
export const WARNING_CODES: ReadonlySet<Issue["code"]> = new Set(["orphan_source", "known_discrepancy"]);

/** True for issues that make the dataset invalid (everything except warnings such as `orphan_source`). */
export const isError = (issue: Issue): boolean => !WARNING_CODES.has(issue.code);

/** The canonical unit strings (src/domain/units.ts). */
export const CANONICAL: ReadonlySet<string> = new Set(UNITS);

/** Checks that a unit cell holds a canonical unit; `path` locates the cell. */
export function checkUnit(unit: string, path: string): Issue | null {
  return CANONICAL.has(unit)
    ? null
    : {
        code: "unit_mismatch",
        path,
        message: `unit '${unit}' is not canonical; expected one of ${UNITS.join(", ")}`,
      };
}

/**
 * Checks one figure draft against the metric registry: known metric, allowed unit, declared mass basis and
 * values inside the metric's range. Returns the metric when the figure may ship.
 */
export function checkFigure(
  d: FigureDraft,
  file: string,
  line: number,
  issues: Issue[],
  unitCellChecked: boolean,
): MetricDefinition | null {
  const metric = getMetric(d.metric);
  let cached = "";
  const at = () => {
    if (!cached) cached = `${file}:${line} (${d.column})`;
    return cached;
  };
  if (!metric) {
    issues.push({
      code: "invalid_value",
      path: at(),
      message: `unknown metric '${d.metric}'; expected a metric id from src/domain/metric.ts`,
    });
    return null;
  }
  if (!CANONICAL.has(d.unit)) {
    if (!unitCellChecked) issues.push(checkUnit(d.unit, at())!);
    return null;
  }
  if (!metric.units.includes(d.unit as (typeof metric.units)[number])) {
    issues.push({
      code: "unit_mismatch",
      path: at(),
      message: `unit '${d.unit}' is not allowed for metric ${metric.id}; expected one of ${metric.units.join(", ")}`,
    });
    return null;
  }
  if (metric.needsMassBasis && (d.massBasis ?? "not_applicable") === "not_applicable") {
    issues.push({
      code: "invalid_value",
      path: at(),
      message: `metric ${metric.id} needs a mass basis (alloy, blank, finished, high_performance or element)`,
    });
    return null;
  }
  let ok = true;
  for (const [name, v] of [
    ["value", d.value],
    ["low", d.low ?? null],
    ["high", d.high ?? null],
  ] as const) {
    if (v === null || (v >= metric.min && v <= metric.max)) continue;
    ok = false;
    issues.push({
      code: "out_of_range",
      path: at(),
      message: `${name} ${v} ${d.unit} is outside the range of ${metric.id}; expected ${metric.min} to ${metric.max}`,
    });
  }
  if (d.low != null && d.high != null && d.low > d.high) {
    ok = false;
    issues.push({
      code: "out_of_range",
      path: at(),
      message: `low ${d.low} is above high ${d.high}; expected low <= high`,
    });
  }
  if (d.period === "") {
    ok = false;
    issues.push({
      code: "invalid_value",
      path: at(),
      message: "expected a period for the figure (no year in the row or its source)",
    });
  }
  return ok ? metric : null;
}

export interface SourceEntry {
  id: string;
  licence: string;
  /** `data/sources.csv:LINE`. */
  path: string;
}

/**
 * Source-level checks once every row has been read: no restricted licence ships and every source is cited.
 * (Unknown source ids are reported at the citing cell while the rows are read.)
 */
export function checkProvenance(sources: readonly SourceEntry[], cited: ReadonlySet<string>): Issue[] {
  const issues: Issue[] = [];
  for (const s of sources) {
    if (s.licence === "restricted")
      issues.push({
        code: "restricted_licence",
        path: `${s.path} (licence)`,
        message: `source '${s.id}' has licence restricted; restricted data may not ship in data/`,
      });
    if (!cited.has(s.id))
      issues.push({
        code: "orphan_source",
        path: s.path,
        message: `source '${s.id}' is not cited by any row (warning)`,
      });
  }
  return issues;
}
