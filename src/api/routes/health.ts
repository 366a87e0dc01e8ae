/** @module GET /api/health and GET /api/facets: liveness, loaded data version and filter values. */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Store } from "../../store/store.ts";

const health = createRoute({
  method: "get",
  path: "/api/health",
  summary: "Liveness and loaded dataset",
  responses: {
    200: {
      description: "Server is up",
      content: {
        "application/json": {
          schema: z.object({
            status: z.literal("ok"),
            store: z.enum(["pglite", "postgres"]),
            dataset: z
              .object({
                contentHash: z.string(),
                loadedAt: z.string(),
                figures: z.number(),
                sources: z.number(),
              })
              .nullable(),
          }),
        },
      },
    },
  },
});

const facets = createRoute({
  method: "get",
  path: "/api/facets",
  summary: "Distinct filter values (metrics, entities, counterparties, materials, vintages, datasets)",
  responses: {
    200: {
      description: "Filter values",
      content: {
        "application/json": {
          schema: z.object({
            metrics: z.array(z.string()),
            entities: z.array(z.string()),
            entityIds: z
              .array(z.string())
              .openapi({ description: "Registered ids of the entities (see /api/entities)" }),
            counterparties: z.array(z.string()),
            counterpartyIds: z.array(z.string()),
            materials: z.array(z.string()),
            vintages: z.array(z.string()),
            datasets: z.array(z.string()),
          }),
        },
      },
    },
  },
});

export function healthRoutes(app: OpenAPIHono, store: Store) {
  app.openapi(health, async (c) =>
    c.json({ status: "ok" as const, store: store.kind, dataset: await store.datasetVersion() }, 200),
  );
  app.openapi(facets, async (c) => c.json(await store.facets(), 200));
}
