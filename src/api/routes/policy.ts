/** @module GET /api/policy-events (the policy register, filtered as `lodestone policy`) and GET /api/records/{kind}. */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { RecordKindSchema } from "../../domain/record.ts";
import { PolicyQueryObject, PolicyQuerySchema } from "../../store/policy-events.ts";
import type { Store } from "../../store/store.ts";
import { curatedRoute } from "../curated-route.ts";
import { PolicyEventOutSchema } from "../curated-schemas.ts";
import { ErrorSchema } from "../error.ts";

const records = createRoute({
  method: "get",
  path: "/api/records/{kind}",
  summary:
    "Whole rows: application parameters, reference facts, policy provisions (capacity projects and market estimates also have typed routes)",
  request: { params: z.object({ kind: RecordKindSchema.meta({ example: "application_parameter" }) }) },
  responses: {
    200: {
      description: "Records",
      content: { "application/json": { schema: z.object({ items: z.array(z.any()), total: z.number() }) } },
    },
    400: { description: "Unknown kind", content: { "application/json": { schema: ErrorSchema } } },
  },
});

export function policyRoutes(app: OpenAPIHono, store: Store) {
  curatedRoute(app, {
    path: "/api/policy-events",
    summary: "Policy and export-control register with announcement numbers, elements and HS codes",
    filters: PolicyQueryObject,
    schema: PolicyQuerySchema,
    examples: { jurisdiction: "China", instrument: "export_control", element: "Dy", from: "2025-01" },
    item: PolicyEventOutSchema,
    query: (q) => store.queryPolicyEvents(q),
  });
  app.openapi(records, async (c) => {
    const items = await store.records(c.req.valid("param").kind);
    return c.json({ items, total: items.length }, 200);
  });
}
