/** @module GET /api/market-estimates: published estimates with base, target, unit and CAGR, as `lodestone estimates`. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import { EstimateQueryObject, EstimateQuerySchema } from "../../store/market-estimates.ts";
import type { Store } from "../../store/store.ts";
import { curatedRoute } from "../curated-route.ts";
import { MarketEstimateOutSchema } from "../curated-schemas.ts";

export function marketEstimatesRoute(app: OpenAPIHono, store: Store) {
  curatedRoute(app, {
    path: "/api/market-estimates",
    summary:
      "Market-size, demand and humanoid-robot estimates (conflicting estimates kept) with stated and computed CAGR",
    filters: EstimateQueryObject,
    schema: EstimateQuerySchema,
    examples: { publisher: "Adamas", kind: "volume", year: "2030" },
    item: MarketEstimateOutSchema,
    query: (q) => store.marketEstimates(q),
  });
}
