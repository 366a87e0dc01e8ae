/** @module The stored row of a policy event and back (with the date spans the range filters use). */
import { periodSpan } from "../domain/period.ts";
import type { PolicyEvent } from "../domain/policy-event.ts";

/** A stored row as the domain policy event. */
export function toPolicyEvent(r: Record<string, unknown>): PolicyEvent {
  return {
    id: r.id,
    date: r.date,
    effectiveDate: r.effective_date,
    endDate: r.end_date,
    jurisdiction: r.jurisdiction,
    actor: r.actor,
    instruments: r.instruments,
    announcementNo: r.announcement_no,
    title: r.title,
    materials: r.materials,
    elements: r.elements,
    hsCodes: r.hs_codes,
    amount: r.amount,
    amountQualifier: r.amount_qualifier,
    approx: r.approx,
    amountUnit: r.amount_unit,
    status: r.status,
    summary: r.summary,
    sourceId: r.source_id,
    sourceId2: r.source_id_2,
    excludeReason: r.exclude_reason,
    note: r.note,
  } as PolicyEvent;
}

/** The stored row of a policy event (with the date spans used by range filters). */
export function policyEventRow(e: PolicyEvent): Record<string, unknown> {
  const date = periodSpan(e.date)!;
  const eff = e.effectiveDate ? periodSpan(e.effectiveDate) : null;
  return {
    id: e.id,
    date: e.date,
    date_start: date.start,
    date_end: date.end,
    effective_date: e.effectiveDate,
    effective_start: eff?.start ?? null,
    effective_end: eff?.end ?? null,
    end_date: e.endDate,
    jurisdiction: e.jurisdiction,
    actor: e.actor,
    instruments: e.instruments,
    announcement_no: e.announcementNo,
    title: e.title,
    materials: e.materials,
    elements: e.elements,
    hs_codes: e.hsCodes,
    amount: e.amount,
    amount_qualifier: e.amountQualifier,
    approx: e.approx,
    amount_unit: e.amountUnit,
    status: e.status,
    summary: e.summary,
    source_id: e.sourceId,
    source_id_2: e.sourceId2,
    exclude_reason: e.excludeReason,
    note: e.note,
  };
}
