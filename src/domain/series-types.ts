/** @module Series shapes: what `store.series()`, `GET /api/series` and `lodestone series` return (one schema for all). */
import { z } from "zod";
import { ConfidenceSchema, QualifierSchema, QualitySchema } from "./figure.ts";
import { LicenceSchema, SourceTierSchema } from "./source.ts";

export const SERIES_PER = ["month", "quarter", "year"] as const;
export type SeriesPer = (typeof SERIES_PER)[number];

/**
 * How an item's value was obtained: `figure`, one figure for exactly the period (whether it was reported or derived
 * by us is its `quality`); the sum of preferred monthly or quarterly values when no total is reported and every part
 * is present; `share` for an item of a share series (`shareOf`): the part's value ÷ the aggregate's, in %, both listed
 * in `share`; `missing` when none exists (`reason` says why).
 */
export const CompositionSchema = z.enum([
  "figure",
  "sum_of_months",
  "sum_of_quarters",
  "sum_of_years",
  "sum_of_parts",
  "share",
  "missing",
]);

export const SeriesSourceSchema = z.object({
  id: z.string(),
  title: z.string(),
  publisher: z.string(),
  url: z.string(),
  published: z.string(),
  licence: LicenceSchema,
  tier: SourceTierSchema,
});

export const AlternativeSchema = z.object({
  /** Null for a computed alternative (the sum of parts). */
  figureId: z.string().nullable(),
  metric: z.string(),
  period: z.string(),
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: QualifierSchema.nullable(),
  approx: z.boolean(),
  quality: QualitySchema,
  qualityReason: z.string(),
  source: z
    .object({ id: z.string(), publisher: z.string(), published: z.string(), tier: SourceTierSchema })
    .nullable(),
  /** The first preference rule on which this value lost, in words. */
  whyNotPreferred: z.string(),
});
export type Alternative = z.infer<typeof AlternativeSchema>;

export const SeriesPartSchema = z.object({
  period: z.string(),
  value: z.number(),
  figureId: z.string().nullable(),
});

/** The fields of an item (without `share`). */
const SeriesValueSchema = z.object({
  /** The period (2025-03, 2025-Q1, 2025) or, for the range total, `first..last`. */
  period: z.string(),
  start: z.string(),
  end: z.string(),
  /** Null when missing (see `reason`) or a range (see low/high); a bound when `qualifier` is set. */
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: QualifierSchema.nullable(),
  approx: z.boolean(),
  unit: z.string(),
  /** NdFeB mass basis (finished, blank, alloy ...) or not_applicable. */
  basis: z.string(),
  composition: CompositionSchema,
  /** The preferred values summed, for a sum; empty otherwise. */
  parts: z.array(SeriesPartSchema),
  figureId: z.string().nullable(),
  metric: z.string(),
  source: SeriesSourceSchema.nullable(),
  quality: QualitySchema,
  qualityReason: z.string(),
  confidence: ConfidenceSchema,
  conflict: z.boolean(),
  /** Why the value is missing; empty otherwise. */
  reason: z.string(),
  /** The note of the figure used (arithmetic of a derivation, basis, conflicts); empty for a sum. */
  note: z.string(),
  /** Every other value reported for the period, with why it was not preferred. */
  alternatives: z.array(AlternativeSchema),
});

/** One side of a share: the series value of the part (or of the aggregate) it was computed from. */
export const ShareComponentSchema = SeriesValueSchema.omit({ period: true, start: true, end: true }).extend({
  /** Display name and registered id of the entity (or counterparty) this value is for. */
  name: z.string(),
  id: z.string(),
  /** The edition(s) of the figures used (`USGS MCS 2026 v1.3`); empty when the source has no editions. */
  edition: z.string(),
});
export type ShareComponent = z.infer<typeof ShareComponentSchema>;

export const SeriesItemSchema = SeriesValueSchema.extend({
  /** For a share series only: the two values divided, each with its source, quality and alternatives. */
  share: z.object({ part: ShareComponentSchema, whole: ShareComponentSchema }).optional(),
});
export type SeriesItem = z.infer<typeof SeriesItemSchema>;

export const SeriesResultSchema = z.object({
  metric: z.string(),
  per: z.enum(SERIES_PER),
  entity: z.string(),
  entityId: z.string(),
  counterparty: z.string(),
  counterpartyId: z.string(),
  material: z.string(),
  location: z.string(),
  variant: z.string(),
  unit: z.string(),
  basis: z.string(),
  /** Exactly one item per period from `from` to `to`. */
  items: z.array(SeriesItemSchema),
  /** The whole range: a total reported for exactly the range, else the sum of the items; null when neither. */
  total: SeriesItemSchema.nullable(),
  /**
   * With `ytd` (monthly and quarterly series): for each item, the year to date from January (Q1) to its period by the
   * range-total rule (a total reported for exactly that span, else the sum of the periods when every one has a value),
   * the item itself for the first period of the year; null when neither. Parallel to `items`.
   */
  ytd: z.array(SeriesItemSchema.nullable()).optional(),
  /** Why `items` is empty (no data for the key, or only excluded rows); empty otherwise. */
  reason: z.string(),
  /**
   * For a share series (`shareOf`) only: what every value is a percentage of. `replaces` says which part of the
   * key the aggregate takes the place of (the counterparty when the query names one, else the entity); `unit` and
   * `basis` are those of the values divided.
   */
  share: z
    .object({
      of: z.string(),
      ofId: z.string(),
      replaces: z.enum(["entity", "counterparty"]),
      unit: z.string(),
      basis: z.string(),
    })
    .optional(),
});
export type SeriesResult = z.infer<typeof SeriesResultSchema>;

/** What the series builder needs of a served figure (the store's FigureRow extends it). */
export interface SeriesFigure {
  id: string;
  metric: string;
  /** Whose figure, as the source writes it; `entityId` is the registered id (src/domain/entity.ts). */
  entity: string;
  entityId: string;
  counterparty: string;
  counterpartyId: string;
  material: string;
  location: string;
  /** Price type and tax treatment, projection scenario, quantity measure ...; part of the series key. */
  variant: string;
  period: string;
  periodStart: string;
  periodEnd: string;
  /** The value in `unit`; a bound when `qualifier` is set; null for a range (low/high). */
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: "gt" | "gte" | "lt" | "lte" | null;
  approx: boolean;
  unit: string;
  massBasis: string;
  vintage: string;
  isLatest: boolean;
  isDerived: boolean;
  isForecast: boolean;
  /** Non-empty: never preferred, never backs a check. */
  excludeReason: string;
  seriesKey: string;
  /** The one value chosen for (seriesKey, period). */
  preferred: boolean;
  quality: z.infer<typeof QualitySchema>;
  qualityReason: string;
  confidence: z.infer<typeof ConfidenceSchema>;
  /** Values of the same (seriesKey, period) differ beyond rounding. */
  conflict: boolean;
  note: string;
  source: z.infer<typeof SeriesSourceSchema>;
}

/**
 * A series request that cannot be answered as asked (several series match, too many periods, mixed units, a share
 * of an aggregate that does not contain the entity).
 */
export class SeriesError extends Error {
  readonly code: "ambiguous_series" | "too_many_periods" | "unit_mismatch" | "not_contained";
  constructor(code: SeriesError["code"], message: string) {
    super(message);
    this.name = "SeriesError";
    this.code = code;
  }
}
