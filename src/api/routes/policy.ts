/** @module GET /api/policy-events and GET /api/records/{kind}: the policy register and whole-row records. */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { InstrumentSchema } from "../../domain/policy-event.ts";
import { RecordKindSchema } from "../../domain/record.ts";
import type { Store } from "../../store/store.ts";
import { ErrorSchema } from "../error.ts";

const events = createRoute({
  method: "get",
  path: "/api/policy-events",
  summary: "Policy and export-control register",
  request: {
    query: z.object({
      jurisdiction: z.string().optional().openapi({ example: "China" }),
      instrument: InstrumentSchema.optional().openapi({ example: "export_control" }),
    }),
  },
  responses: {
    200: {
      description: "Events by date",
      content: { "application/json": { schema: z.object({ items: z.array(z.any()), total: z.number() }) } },
    },
    400: { description: "Invalid filter", content: { "application/json": { schema: ErrorSchema } } },
  },
});

const records = createRoute({
  method: "get",
  path: "/api/records/{kind}",
  summary: "Capacity projects, market estimates, application parameters or reference facts",
  request: { params: z.object({ kind: RecordKindSchema.openapi({ example: "capacity_project" }) }) },
  responses: {
    200: {
      description: "Records",
      content: { "application/json": { schema: z.object({ items: z.array(z.any()), total: z.number() }) } },
    },
    400: { description: "Unknown kind", content: { "application/json": { schema: ErrorSchema } } },
  },
});

export function policyRoutes(app: OpenAPIHono, store: Store) {
  app.openapi(events, async (c) => {
    const q = c.req.valid("query");
    const items = await store.policyEvents({
      ...(q.jurisdiction ? { jurisdiction: q.jurisdiction } : {}),
      ...(q.instrument ? { instrument: q.instrument } : {}),
    });
    return c.json({ items, total: items.length }, 200);
  });
  app.openapi(records, async (c) => {
    const items = await store.records(c.req.valid("param").kind);
    return c.json({ items, total: items.length }, 200);
  });
}
