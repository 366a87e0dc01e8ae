/** @module policy-events.csv: export controls, suspensions, licences, funding, tariffs, quotas and agreements. */
import { z } from "zod";
import {
  InstrumentSchema,
  LooseDateSchema,
  type PolicyEvent,
  PolicyStatusSchema,
} from "../../domain/policy-event.ts";
import type { SourceId } from "../../domain/source.ts";
import { optionalNumber, required, sourceId, text } from "../fields.ts";
import { camelKeys, defineTable } from "../table.ts";

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
    title: required,
    materials: text,
    hs_codes: text,
    amount: optionalNumber,
    amount_unit: text,
    status: PolicyStatusSchema,
    summary: text,
    source_id: sourceId,
    source_id_2: z.union([z.literal(""), sourceId]),
    note: text,
  })
  .refine((r) => r.amount === null || r.amount_unit !== "", {
    message: "expected an amount_unit when amount is set",
    path: ["amount_unit"],
  })
  .transform(camelKeys);
export type PolicyEventRow = z.infer<typeof PolicyEventRowSchema>;

export const policyEventsTable = defineTable({
  name: "policy-events",
  file: "policy-events.csv",
  columns: [
    "event_id",
    "date",
    "effective_date",
    "end_date",
    "jurisdiction",
    "actor",
    "instruments",
    "title",
    "materials",
    "hs_codes",
    "amount",
    "amount_unit",
    "status",
    "summary",
    "source_id",
    "source_id_2",
    "note",
  ],
  schema: PolicyEventRowSchema,
  key: ["event_id"],
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
            sourceId: r.sourceId,
            note: `${r.eventId}: ${r.title}${r.note ? `; ${r.note}` : ""}`,
          },
        ],
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
    title: r.title,
    materials: list(r.materials),
    hsCodes: list(r.hsCodes),
    amount: r.amount,
    amountUnit: r.amountUnit,
    status: r.status,
    summary: r.summary,
    sourceId: r.sourceId as SourceId,
    sourceId2: r.sourceId2 ? (r.sourceId2 as SourceId) : null,
    note: r.note,
  };
}
