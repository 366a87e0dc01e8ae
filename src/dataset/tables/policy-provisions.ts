/** @module policy-provisions.csv: what an act actually sets (or does not set), for checking policy statements. */
import { z } from "zod";
import { optionalNumber, required, sourceId, text } from "../fields.ts";
import { camelKeys, defineTable } from "../table.ts";

export const PolicyProvisionRowSchema = z
  .object({
    provision_id: z
      .string()
      .regex(/^[A-Z0-9][A-Z0-9-]*$/, "expected an upper-case id with dashes, e.g. EU-CRMA-ART29-MINIMUM"),
    event_id: z
      .string()
      .regex(/^[A-Z]{2,3}(-[A-Z]{2,3})?-\d{4}-\d{2}$/, "expected a policy event id such as CN-2025-07"),
    provision: required,
    metric: required,
    /** Empty when the act sets no number for this metric (that absence is itself the fact). */
    value: optionalNumber,
    unit: required,
    note: text,
    source_id: sourceId,
  })
  .transform(camelKeys);

export const policyProvisionsTable = defineTable({
  name: "policy-provisions",
  file: "policy-provisions.csv",
  columns: ["provision_id", "event_id", "provision", "metric", "value", "unit", "note", "source_id"],
  schema: PolicyProvisionRowSchema,
  key: ["provision_id"],
  toRecord: { kind: "policy_provision", id: (r) => r.provisionId },
});
