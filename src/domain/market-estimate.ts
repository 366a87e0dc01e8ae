/** @module Market estimates: published market-size, demand and humanoid-robot forecasts, conflicts kept. */
import { z } from "zod";
import { MassBasisSchema } from "./mass-basis.ts";
import { QualifierSchema } from "./figure.ts";
import { SourceIdSchema } from "./source.ts";
import { ESTIMATE_KINDS } from "./curated-enums.ts";

/** From the id prefix: MV market value, DM demand/supply volume, HR humanoid robots. */
export const EstimateKindSchema = z.enum(ESTIMATE_KINDS);
export type EstimateKind = z.infer<typeof EstimateKindSchema>;

export const MarketEstimateSchema = z.object({
  /** Our id, e.g. `MV-03`, `DM-11`, `HR-02`. */
  id: z.string().min(1),
  kind: EstimateKindSchema,
  publisher: z.string().min(1),
  publisherType: z.string().min(1),
  /** Publication date as the source gives it (`2025-10`, `2025 (approx.)`, `unknown`). */
  publishedDate: z.string().min(1),
  /** The publication date as a period (`2025-10`, `2025`), or null when unknown. */
  published: z.string().nullable(),
  /** What is measured, e.g. `permanent magnet market value`, `NEV magnet demand`. */
  metric: z.string().min(1),
  scopeBasis: z.string(),
  massBasis: MassBasisSchema,
  geography: z.string(),
  baseYear: z.number().int().nullable(),
  baseValue: z.number().nullable(),
  baseLow: z.number().nullable(),
  baseHigh: z.number().nullable(),
  baseQualifier: QualifierSchema.nullable(),
  targetYear: z.number().int().nullable(),
  targetValue: z.number().nullable(),
  targetLow: z.number().nullable(),
  targetHigh: z.number().nullable(),
  targetQualifier: QualifierSchema.nullable(),
  /** Canonical unit of base and target (money in full units, `t`, `t/yr`, `units`, `units/yr`, `%`). */
  unit: z.string().min(1),
  /** Growth rate as published, % per year. */
  statedCagrPct: z.number().nullable(),
  /** Our recomputation from base and target (derived), % per year. */
  computedCagrPct: z.number().nullable(),
  scenario: z.string(),
  /** The source hedges a number of the row (the note says which). */
  approx: z.boolean(),
  sourceId: SourceIdSchema,
  excludeReason: z.string(),
  note: z.string(),
});
export type MarketEstimate = z.infer<typeof MarketEstimateSchema>;
