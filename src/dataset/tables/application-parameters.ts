/** @module application-parameters.csv: magnet intensity, composition, lifetime and recycling defaults with grades. */
import { z } from "zod";
import { bool, massBasis, optionalNumber, required, sourceId } from "../fields.ts";
import { camelKeys, defineTable } from "../table.ts";

const METRIC: Record<string, string> = {
  magnet_mass_per_unit: "magnet_mass_per_unit",
  tre_content: "magnet_composition",
  dy_tb_content: "magnet_composition",
  dy_content: "magnet_composition",
  ndpr_oxide_per_kg_magnet: "process_factor",
  eol_recycling_rate: "process_factor",
  pm_motor_share: "technology_share",
  ndfeb_generator_share: "technology_share",
  lifetime_mean: "product_lifetime",
};

export const ApplicationParameterRowSchema = z
  .object({
    application: required,
    parameter: z.enum(Object.keys(METRIC) as [string, ...string[]]),
    value: optionalNumber,
    low: optionalNumber,
    high: optionalNumber,
    unit: required,
    mass_basis: massBasis,
    confidence: z.enum(["A", "B", "C", "D", "E", "U"]),
    is_assumption: bool,
    reasoning: required,
    source_id: sourceId,
  })
  .refine((r) => r.value !== null || r.low !== null || r.high !== null, {
    message: "expected a value or a low/high range",
    path: ["value"],
  })
  .refine((r) => r.is_assumption === (r.confidence === "U"), {
    message: "expected is_assumption = true exactly when confidence is U",
    path: ["is_assumption"],
  })
  .transform(camelKeys);

export const applicationParametersTable = defineTable({
  name: "application-parameters",
  file: "application-parameters.csv",
  columns: [
    "application",
    "parameter",
    "value",
    "low",
    "high",
    "unit",
    "mass_basis",
    "confidence",
    "is_assumption",
    "reasoning",
    "source_id",
  ],
  schema: ApplicationParameterRowSchema,
  key: ["application", "parameter"],
  unitColumn: "unit",
  toRecord: { kind: "application_parameter", id: (r) => `${r.application}:${r.parameter}` },
  toFigures: (r, ctx) => [
    {
      metric: METRIC[r.parameter]!,
      column: r.value === null ? "low" : "value",
      idSuffix: r.parameter,
      entity: r.application,
      period: ctx.sourceYear(r.sourceId) ?? "",
      value: r.value,
      low: r.low,
      high: r.high,
      unit: r.unit,
      massBasis: r.massBasis,
      sourceId: r.sourceId,
      note: `grade ${r.confidence}${r.isAssumption ? " (assumption)" : ""}; period = year of the source; ${r.reasoning}`,
    },
  ],
});
