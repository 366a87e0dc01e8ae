/** @module reference-facts.csv: baseline facts the engine calibration is checked against. */
import { z } from "zod";
import { massBasis, optionalNumber, period, required, sourceId, text, year } from "../fields.ts";
import { camelKeys, defineTable } from "../table.ts";

export const ReferenceFactRowSchema = z
  .object({
    fact_id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "expected a lowercase id with dashes"),
    description: required,
    metric: required,
    year,
    period,
    value: optionalNumber,
    low: optionalNumber,
    high: optionalNumber,
    unit: required,
    mass_basis: massBasis,
    source_id: sourceId,
    note: text,
    derivation: text,
  })
  .refine((r) => r.value !== null || r.low !== null || r.high !== null, {
    message: "expected a value or a low/high range",
    path: ["value"],
  })
  .refine((r) => r.period.startsWith(String(r.year)), {
    message: "expected period to start in year",
    path: ["period"],
  })
  .transform(camelKeys);

export const referenceFactsTable = defineTable({
  name: "reference-facts",
  file: "reference-facts.csv",
  columns: [
    "fact_id",
    "description",
    "metric",
    "year",
    "period",
    "value",
    "low",
    "high",
    "unit",
    "mass_basis",
    "source_id",
    "note",
    "derivation",
  ],
  schema: ReferenceFactRowSchema,
  key: ["fact_id"],
  unitColumn: "unit",
  toRecord: { kind: "reference_fact", id: (r) => r.factId },
  serveFigures: false,
  toFigures: (r) => [
    {
      metric: r.metric,
      column: r.value === null ? "low" : "value",
      idSuffix: r.factId,
      entity: r.description,
      period: r.period,
      value: r.value,
      low: r.low,
      high: r.high,
      unit: r.unit,
      massBasis: r.massBasis,
      sourceId: r.sourceId,
      note: r.note,
    },
  ],
});
