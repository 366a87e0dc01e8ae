/** @module Company results: financial and operating results of magnet-chain companies, as published. */
import { z } from "zod";
import { QualifierSchema } from "./figure.ts";
import { SourceIdSchema } from "./source.ts";

export const CompanyResultSchema = z.object({
  /** `company|period|item|source_id` (a company may report one item in several sources). */
  id: z.string().min(1),
  company: z.string().min(1),
  /** Listing(s), `;`-separated as published; `private` for unlisted companies. */
  ticker: z.string(),
  /** Normalised calendar period (2024, 2025-H1, 2025-Q3, 2025-01..2025-09). */
  period: z.string().min(1),
  /** The period as the company or source wrote it (FY2024, 2025-9M, TTM to 2025-09). */
  periodAsPublished: z.string().min(1),
  /** The company's fiscal label when it differs from the calendar (Lynas FY2026-Q2 = Oct-Dec 2025). */
  fiscalPeriod: z.string(),
  /** Last day of the period when the source gives it (YYYY-MM-DD), else empty. */
  periodEnd: z.string(),
  /** Financial or operating item: revenue, net_profit_attributable, gross_margin, ndpr_production ... */
  item: z.string().min(1),
  /** The value in `unit`; null for a range (low/high) or when the source gives no absolute value. */
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: QualifierSchema.nullable(),
  approx: z.boolean(),
  /** Canonical unit: a currency (money in full units), `t`, `t REO`, `%`, `AUD/kg` ... */
  unit: z.string().min(1),
  /** The currency of a money or price value (`CNY`, `AUD` for `AUD/kg`); empty for tonnes and percentages. */
  currency: z.string(),
  /** Change on the year before, % as reported. */
  yoyPct: z.number().nullable(),
  /** Change on the quarter before, % as reported. */
  qoqPct: z.number().nullable(),
  /** reported, preliminary (range), broker forecast, company guidance (range) ... */
  basis: z.string().min(1),
  sourceId: SourceIdSchema,
  excludeReason: z.string(),
  note: z.string(),
});
export type CompanyResult = z.infer<typeof CompanyResultSchema>;
