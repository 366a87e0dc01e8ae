/** @module Response shapes of the curated tables: the domain schemas with the source beside each row. */
import { z } from "@hono/zod-openapi";
import { CapacityProjectSchema } from "../domain/capacity-project.ts";
import { CompanyResultSchema } from "../domain/company-result.ts";
import { MarketEstimateSchema } from "../domain/market-estimate.ts";
import { PolicyEventSchema } from "../domain/policy-event.ts";
import { LicenceSchema } from "../domain/source.ts";

export const SourceRefSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    publisher: z.string(),
    url: z.string(),
    published: z.string(),
    licence: LicenceSchema,
  })
  .openapi("SourceRef");

export const PolicyEventOutSchema = PolicyEventSchema.extend({ source: SourceRefSchema }).openapi(
  "PolicyEvent",
);
export const CapacityProjectOutSchema = CapacityProjectSchema.extend({ source: SourceRefSchema }).openapi(
  "CapacityProject",
);
export const CompanyResultOutSchema = CompanyResultSchema.extend({ source: SourceRefSchema }).openapi(
  "CompanyResult",
);
export const MarketEstimateOutSchema = MarketEstimateSchema.extend({ source: SourceRefSchema }).openapi(
  "MarketEstimate",
);
