/** @module The stored row of a policy event and back (with the date spans the range filters use). */
import { periodSpan } from "../domain/period.ts";
import { type PolicyEvent, PolicyEventSchema } from "../domain/policy-event.ts";
import { dateColumns, rowCodec } from "./curated-query.ts";

const codec = rowCodec<PolicyEvent>(PolicyEventSchema);

/** A stored row as the domain policy event. */
export const toPolicyEvent = codec.read;

/** Columns of the policy_event table. */
export const POLICY_EVENT_COLUMNS = [
  ...codec.columns,
  ...dateColumns("date_start", "date_end", "effective_start", "effective_end"),
];

/** The stored row of a policy event (with the date spans used by range filters). */
export function policyEventRow(e: PolicyEvent): Record<string, unknown> {
  const date = periodSpan(e.date)!;
  const eff = e.effectiveDate ? periodSpan(e.effectiveDate) : null;
  return {
    ...codec.write(e),
    date_start: date.start,
    date_end: date.end,
    effective_start: eff?.start ?? null,
    effective_end: eff?.end ?? null,
  };
}
