/** @module GET /api/company-results: financial and operating results with currency and basis, as `lodestone results`. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import { ResultQueryObject, ResultQuerySchema } from "../../store/company-results.ts";
import type { Store } from "../../store/store.ts";
import { curatedRoute } from "../curated-route.ts";
import { CompanyResultOutSchema } from "../curated-schemas.ts";

export function companyResultsRoute(app: OpenAPIHono, store: Store) {
  curatedRoute(app, {
    path: "/api/company-results",
    summary:
      "Company results (revenue, net profit, margins, production) with currency, period as published and basis",
    filters: ResultQueryObject,
    schema: ResultQuerySchema,
    examples: { company: "JL Mag", item: "revenue", from: "2024", to: "2025" },
    item: CompanyResultOutSchema,
    query: (q) => store.companyResults(q),
  });
}
