/** @module GET /api/figures: filtered figures with the source beside each value, paginated. */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { type FigureQuery, FigureQuerySchema, unknownFilterValues } from "../../store/figure-query.ts";
import { figuresToCsv } from "../../store/figure-csv.ts";
import type { Store } from "../../store/store.ts";
import { ErrorSchema, invalidInput, unknownFilterValue } from "../error.ts";
import { FigureOutSchema, PageSchema } from "../schemas.ts";

const csv = (description: string, example: string) =>
  z
    .string()
    .optional()
    .openapi({ description: `${description} (comma-separated for several)`, example });

/** The query parameters of GET /api/figures, as sent (text); FigureQuerySchema parses them. */
export const FigureParamsSchema = z.object({
  metric: csv("Metric id", "export_volume"),
  entity: csv("Whose figure: country, company or material (any alias: World = World total)", "China"),
  counterparty: csv("Destination, partner or funder (any alias)", "Germany"),
  material: csv("Material or product", "rare earth magnets"),
  dataset: csv("Data file", "china-magnet-exports"),
  from: z.string().optional().openapi({ description: "Earliest period (inclusive)", example: "2025-01" }),
  to: z.string().optional().openapi({ description: "Latest period (inclusive)", example: "2025-12" }),
  vintage: z.string().optional().openapi({ description: "`latest` or a vintage name", example: "latest" }),
  preferred: z
    .string()
    .optional()
    .openapi({ description: "`true`: only the preferred value of each (series, period)", example: "true" }),
  per: z
    .string()
    .optional()
    .openapi({ description: "Granularity: year, half, quarter, month, day, range", example: "month" }),
  limit: z.string().optional().openapi({ description: "Page size, 1–10000 (default 100)", example: "100" }),
  offset: z.string().optional().openapi({ description: "Rows to skip (default 0)", example: "0" }),
});

const route = createRoute({
  method: "get",
  path: "/api/figures",
  summary: "Figures with their sources",
  request: { query: FigureParamsSchema },
  responses: {
    200: {
      description: "A page of figures",
      content: { "application/json": { schema: PageSchema(FigureOutSchema) } },
    },
    400: {
      description: "Invalid or unknown filter",
      content: { "application/json": { schema: ErrorSchema } },
    },
  },
});

const csvRoute = createRoute({
  method: "get",
  path: "/api/figures.csv",
  summary: "The same figures as CSV, with source columns (export)",
  request: { query: FigureParamsSchema },
  responses: {
    200: { description: "CSV download", content: { "text/csv": { schema: z.string() } } },
    400: {
      description: "Invalid or unknown filter",
      content: { "application/json": { schema: ErrorSchema } },
    },
  },
});

/** Validates the query (schema, then values against the store's facets); throws ApiError 400 naming the parameter. */
async function parseQuery(raw: Record<string, string | undefined>, store: Store): Promise<FigureQuery> {
  const parsed = FigureQuerySchema.safeParse(
    Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)),
  );
  if (!parsed.success) throw invalidInput("invalid_query", parsed.error);
  const unknown = unknownFilterValues(parsed.data, await store.facets());
  if (unknown.length) throw unknownFilterValue(unknown);
  return parsed.data;
}

export function figuresRoute(app: OpenAPIHono, store: Store) {
  app.openapi(route, async (c) => {
    const q = await parseQuery(c.req.valid("query"), store);
    const page = await store.figures(q);
    return c.json({ ...page, limit: q.limit, offset: q.offset }, 200);
  });
  app.openapi(csvRoute, async (c) => {
    const q = await parseQuery(c.req.valid("query"), store);
    const page = await store.figures(q);
    c.header("content-disposition", 'attachment; filename="lodestone-figures.csv"');
    c.header("content-type", "text/csv; charset=utf-8");
    return c.body(figuresToCsv(page.items), 200);
  });
}
