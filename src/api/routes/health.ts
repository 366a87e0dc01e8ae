/** @module GET /api/health and GET /api/facets: liveness, loaded data version and filter values. */
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { Store } from "../../store/store.ts";
import { FacetsOutSchema, HealthOutSchema } from "../schemas.ts";

const health = createRoute({
  method: "get",
  path: "/api/health",
  summary: "Liveness and loaded dataset",
  responses: {
    200: {
      description: "Server is up",
      content: {
        "application/json": {
          schema: HealthOutSchema,
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
          schema: FacetsOutSchema,
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
