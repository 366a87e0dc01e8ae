/** @module discrepancies.csv: real disagreements inside a source, checked by `data check` and reported as known. */
import { z } from "zod";
import { number, required, sourceId } from "../fields.ts";
import { camelKeys, defineTable } from "../table.ts";

/** The invariants whose findings may be recorded (see src/dataset/invariants.ts). */
export const DISCREPANCY_CHECKS = [
  "monthly-parts",
  "world-total",
  "derived-export",
  "reference-fact",
] as const;

export const DiscrepancyRowSchema = z
  .object({
    check: z.enum(DISCREPANCY_CHECKS, { message: `expected one of ${DISCREPANCY_CHECKS.join(", ")}` }),
    subject: required,
    difference: number,
    source_id: sourceId,
    reason: required,
  })
  .transform(camelKeys);

export const discrepanciesTable = defineTable({
  name: "discrepancies",
  file: "discrepancies.csv",
  columns: ["check", "subject", "difference", "source_id", "reason"],
  schema: DiscrepancyRowSchema,
  key: ["check", "subject"],
});
