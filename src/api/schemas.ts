/** @module API schemas: response shapes documented in the OpenAPI document (request shapes reuse store/domain schemas). */
import { z } from "@hono/zod-openapi";
import { ConfidenceSchema, QualitySchema } from "../domain/figure.ts";
import { LicenceSchema, SOURCE_TIERS, SourceTierSchema } from "../domain/source.ts";

export const SourceOutSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    publisher: z.string(),
    url: z.string(),
    published: z.string(),
    accessed: z.string(),
    licence: LicenceSchema,
    licenceNote: z.string(),
    tier: z.enum(SOURCE_TIERS).openapi({
      description:
        "Weight when sources disagree: official > filing > wire > press > research > aggregator > own",
    }),
    origin: z.string().openapi({ description: "Original publisher when the page carries another's report" }),
    figures: z.number().int().openapi({ description: "Number of figures citing this source" }),
  })
  .openapi("Source");

export const FigureOutSchema = z
  .object({
    id: z.string(),
    dataset: z.string(),
    metric: z.string(),
    family: z.string(),
    entity: z.string(),
    entityId: z
      .string()
      .openapi({ description: "Registered entity id (see /api/entities)", example: "china" }),
    counterparty: z.string(),
    counterpartyId: z.string(),
    material: z.string(),
    location: z.string(),
    variant: z
      .string()
      .openapi({ description: "Price type and tax treatment, scenario, quantity measure ..." }),
    period: z.string().openapi({ example: "2025-07" }),
    periodKind: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    value: z.number().nullable().openapi({
      description: "Value in `unit`; a bound when `qualifier` is set; null for a range (see low/high)",
    }),
    low: z.number().nullable(),
    high: z.number().nullable(),
    qualifier: z.enum(["gt", "gte", "lt", "lte"]).nullable().openapi({
      description: "gt, gte, lt or lte when the value is a bound",
    }),
    approx: z.boolean().openapi({ description: "The source hedges the number (about, around)" }),
    unit: z.string().openapi({ example: "t" }),
    massBasis: z.string(),
    vintage: z.string(),
    isLatest: z.boolean(),
    isDerived: z.boolean(),
    isForecast: z.boolean(),
    note: z.string(),
    excludeReason: z.string().openapi({ description: "Non-empty: never preferred, never backs a check" }),
    seriesKey: z.string(),
    preferred: z.boolean().openapi({ description: "The one value chosen for its (series, period)" }),
    quality: QualitySchema,
    qualityReason: z.string(),
    confidence: ConfidenceSchema,
    conflict: z
      .boolean()
      .openapi({ description: "Values of the same (series, period) differ beyond rounding" }),
    source: z.object({
      id: z.string(),
      title: z.string(),
      publisher: z.string(),
      url: z.string(),
      published: z.string(),
      licence: LicenceSchema,
      tier: SourceTierSchema,
    }),
  })
  .openapi("Figure");

export const PageSchema = <T extends z.ZodTypeAny>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });
