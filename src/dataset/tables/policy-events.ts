/** @module policy-events.csv: export controls, suspensions, licences, funding, tariffs, quotas and agreements. */
import { z } from "zod";
import { isElementSymbol } from "../../domain/element.ts";
import {
  InstrumentSchema,
  LooseDateSchema,
  type PolicyEvent,
  PolicyStatusSchema,
} from "../../domain/policy-event.ts";
import type { SourceId } from "../../domain/source.ts";
import {
  excludeReason,
  isApprox,
  optionalNumber,
  required,
  sourceId,
  text,
  valueQualifier,
} from "../fields.ts";
import { type ColumnFields, camelKeys, columnsOf, defineTable, joinNote } from "../table.ts";

const optionalDate = z.union([z.literal(""), LooseDateSchema]);
const list = (s: string) =>
  s
    .split(";")
    .map((x) => x.trim())
    .filter(Boolean);

export const PolicyEventRowSchema = z
  .object({
    event_id: z.string().regex(/^[A-Z]{2,3}(-[A-Z]{2})?-\d{4}-\d{2}$/, "expected an id such as CN-2025-07"),
    date: LooseDateSchema,
    effective_date: optionalDate,
    end_date: optionalDate,
    jurisdiction: required,
    actor: required,
    instruments: z.string().refine((s) => list(s).every((i) => InstrumentSchema.safeParse(i).success), {
      message: `expected a ';' list of ${InstrumentSchema.options.join(", ")}`,
    }),
    announcement_no: z
      .string()
      .refine(
        (s) => s === "" || /\d/.test(s),
        "expected an official number such as 'MOFCOM Announcement No. 18 [2025]', or empty",
      ),
    title: required,
    materials: text,
    elements: z.string().refine((s) => list(s).every(isElementSymbol), {
      message: "expected a ';' list of element symbols such as Sm;Gd;Tb;Dy (case as in the periodic table)",
    }),
    hs_codes: z.string().refine((s) => list(s).every((c) => /^\d{4,10}$/.test(c)), {
      message: "expected a ';' list of HS codes of 4 to 10 digits (no dots), e.g. 85051110",
    }),
    amount: optionalNumber,
    amount_qualifier: valueQualifier,
    is_approx: isApprox,
    amount_unit: text,
    status: PolicyStatusSchema,
    summary: text,
    source_id: sourceId,
    source_id_2: z.union([z.literal(""), sourceId]),
    exclude_reason: excludeReason,
    note: text,
  })
  .refine((r) => r.amount === null || r.amount_unit !== "", {
    message: "expected an amount_unit when amount is set",
    path: ["amount_unit"],
  })
  .refine((r) => r.amount !== null || (r.amount_qualifier === null && !r.is_approx), {
    message: "expected no amount_qualifier or is_approx without an amount",
    path: ["amount_qualifier"],
  })
  .transform(camelKeys);
export type PolicyEventRow = z.infer<typeof PolicyEventRowSchema>;

/** Each column of policy-events.csv and the field of the domain policy event it becomes (the CLI's CSV has the same columns). */
export const POLICY_EVENT_FIELDS = [
  ["event_id", "id"],
  ["date", "date"],
  ["effective_date", "effectiveDate"],
  ["end_date", "endDate"],
  ["jurisdiction", "jurisdiction"],
  ["actor", "actor"],
  ["instruments", "instruments"],
  ["announcement_no", "announcementNo"],
  ["title", "title"],
  ["materials", "materials"],
  ["elements", "elements"],
  ["hs_codes", "hsCodes"],
  ["amount", "amount"],
  ["amount_qualifier", "amountQualifier"],
  ["is_approx", "approx"],
  ["amount_unit", "amountUnit"],
  ["status", "status"],
  ["summary", "summary"],
  ["source_id", "sourceId"],
  ["source_id_2", "sourceId2"],
  ["exclude_reason", "excludeReason"],
  ["note", "note"],
] as const satisfies ColumnFields<PolicyEvent>;

export const policyEventsTable = defineTable({
  name: "policy-events",
  file: "policy-events.csv",
  columns: columnsOf(POLICY_EVENT_FIELDS),
  schema: PolicyEventRowSchema,
  key: ["event_id"],
  nonZero: ["amount"],
  toFigures: (r) =>
    r.amount === null
      ? []
      : [
          {
            metric: "policy_amount",
            column: "amount",
            entity: r.jurisdiction,
            counterparty: r.actor,
            material: r.materials,
            period: r.date,
            value: r.amount,
            unit: r.amountUnit,
            isForecast: r.status === "planned",
            qualifier: r.amountQualifier,
            approx: r.isApprox,
            excludeReason: r.excludeReason,
            sourceId: r.sourceId,
            note: joinNote(`${r.eventId}: ${r.title}`, r.announcementNo, r.note),
          },
        ],
  toItem: (r) => ({ kind: "policy_event", value: toPolicyEvent(r) }),
});

/** The domain policy event for a checked row. */
export function toPolicyEvent(r: PolicyEventRow): PolicyEvent {
  return {
    id: r.eventId,
    date: r.date,
    effectiveDate: r.effectiveDate || null,
    endDate: r.endDate || null,
    jurisdiction: r.jurisdiction,
    actor: r.actor,
    instruments: list(r.instruments) as PolicyEvent["instruments"],
    announcementNo: r.announcementNo,
    title: r.title,
    materials: list(r.materials),
    elements: list(r.elements).sort(),
    hsCodes: list(r.hsCodes),
    amount: r.amount,
    amountQualifier: r.amountQualifier,
    approx: r.isApprox,
    amountUnit: r.amountUnit,
    status: r.status,
    summary: r.summary,
    sourceId: r.sourceId as SourceId,
    sourceId2: r.sourceId2 ? (r.sourceId2 as SourceId) : null,
    excludeReason: r.excludeReason,
    note: r.note,
  };
}
