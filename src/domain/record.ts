/** @module Records: sourced rows that are not single figures (capacity projects, market estimates, parameters). */
import { z } from "zod";
import { SourceIdSchema } from "./source.ts";

export const RecordKindSchema = z.enum([
  "capacity_project",
  "market_estimate",
  "application_parameter",
  "reference_fact",
  "policy_provision",
  "exchange_rate",
  "tax_rate",
]);
export type RecordKind = z.infer<typeof RecordKindSchema>;

/** A whole data row kept as it is (camelCase keys), with its kind, stable id and source. */
export const StoredRecordSchema = z.object({
  kind: RecordKindSchema,
  id: z.string().min(1),
  sourceId: SourceIdSchema,
  data: z.record(z.string(), z.unknown()),
});
export type StoredRecord = z.infer<typeof StoredRecordSchema>;
