/** @module Response shapes of the curated tables: the domain schemas with the source beside each row. */
import { CapacityProjectSchema } from "../domain/capacity-project.ts";
import { CompanyResultSchema } from "../domain/company-result.ts";
import { MarketEstimateSchema } from "../domain/market-estimate.ts";
import { PolicyEventSchema } from "../domain/policy-event.ts";
import { SourceRefOutSchema } from "./schemas.ts";

const withSource = { source: SourceRefOutSchema };

export const PolicyEventOutSchema = PolicyEventSchema.extend(withSource).meta({ id: "PolicyEvent" });
export const CapacityProjectOutSchema = CapacityProjectSchema.extend(withSource).meta({
  id: "CapacityProject",
});
export const CompanyResultOutSchema = CompanyResultSchema.extend(withSource).meta({ id: "CompanyResult" });
export const MarketEstimateOutSchema = MarketEstimateSchema.extend(withSource).meta({ id: "MarketEstimate" });
