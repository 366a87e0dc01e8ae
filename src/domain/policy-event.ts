/** @module Policy events: export controls, suspensions, licences, funding, quotas, regulations (the policy register). */
import { z } from "zod";
import { INSTRUMENTS, POLICY_STATUSES } from "./curated-enums.ts";
import { QualifierSchema } from "./figure.ts";
import { SourceIdSchema } from "./source.ts";

export const InstrumentSchema = z.enum(INSTRUMENTS);
export type Instrument = z.infer<typeof InstrumentSchema>;

export const PolicyStatusSchema = z.enum(POLICY_STATUSES);

/** A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD. */
export const LooseDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");

export const PolicyEventSchema = z.object({
  id: z.string().regex(/^[A-Z]{2,3}(-[A-Z]{2,3})?-\d{4}-\d{2}$/, "expected an id such as CN-2025-07"),
  date: LooseDateSchema,
  effectiveDate: LooseDateSchema.nullable(),
  endDate: LooseDateSchema.nullable(),
  jurisdiction: z.string().min(1),
  actor: z.string().min(1),
  instruments: z.array(InstrumentSchema).min(1),
  /** The act's official number, e.g. `MOFCOM/GAC Announcement No. 18 [2025]`; empty when it has none or none is known. */
  announcementNo: z.string(),
  title: z.string().min(1),
  materials: z.array(z.string()),
  /** Element symbols the act names (Sm, Gd, Tb, Dy, Lu, Sc, Y ...), sorted. */
  elements: z.array(z.string()),
  hsCodes: z.array(z.string()),
  /** Headline amount in `amountUnit` (money in full currency units, or t REO, or % ad valorem). */
  amount: z.number().finite().nullable(),
  amountQualifier: QualifierSchema.nullable(),
  /** The source hedges the amount (about, close to, ~). */
  approx: z.boolean(),
  amountUnit: z.string(),
  status: PolicyStatusSchema,
  /** One line in our own words. */
  summary: z.string(),
  sourceId: SourceIdSchema,
  sourceId2: SourceIdSchema.nullable(),
  /** Non-empty: never backs a check (our words). */
  excludeReason: z.string(),
  note: z.string(),
});
export type PolicyEvent = z.infer<typeof PolicyEventSchema>;
