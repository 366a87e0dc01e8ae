/** @module API schemas: response shapes documented in the OpenAPI document (request shapes reuse store/domain schemas). */
import { z } from "@hono/zod-openapi";
import { LicenceSchema } from "../domain/source.ts";

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
    counterparty: z.string(),
    material: z.string(),
    location: z.string(),
    period: z.string().openapi({ example: "2025-07" }),
    periodKind: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    value: z.number().nullable().openapi({ description: "Value in `unit`; null for a range (see low/high)" }),
    low: z.number().nullable(),
    high: z.number().nullable(),
    unit: z.string().openapi({ example: "t" }),
    massBasis: z.string(),
    vintage: z.string(),
    isLatest: z.boolean(),
    isDerived: z.boolean(),
    isForecast: z.boolean(),
    note: z.string(),
    source: z.object({
      id: z.string(),
      title: z.string(),
      publisher: z.string(),
      url: z.string(),
      published: z.string(),
      licence: LicenceSchema,
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
