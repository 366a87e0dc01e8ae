/** @module GET /api/sources: every source with its licence and how many figures cite it. */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { LicenceSchema } from "../../domain/source.ts";
import type { Store } from "../../store/store.ts";
import { ErrorSchema } from "../error.ts";
import { ListSchema, SourceOutSchema } from "../schemas.ts";

const route = createRoute({
  method: "get",
  path: "/api/sources",
  summary: "Sources with licences",
  request: { query: z.object({ licence: LicenceSchema.optional().openapi({ example: "public-domain" }) }) },
  responses: {
    200: {
      description: "All sources",
      content: {
        "application/json": {
          schema: ListSchema(SourceOutSchema),
        },
      },
    },
    400: { description: "Invalid licence", content: { "application/json": { schema: ErrorSchema } } },
  },
});

export function sourcesRoute(app: OpenAPIHono, store: Store) {
  app.openapi(route, async (c) => {
    const { licence } = c.req.valid("query");
    const items = await store.sources(licence ? { licence } : {});
    return c.json({ items, total: items.length }, 200);
  });
}
