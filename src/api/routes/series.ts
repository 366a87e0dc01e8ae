/** @module GET /api/series (one value per period, never double counting) and GET /api/entities (names and aliases). */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { ENTITIES } from "../../domain/entity.ts";
import { SeriesError, SeriesResultSchema } from "../../domain/series.ts";
import { type SeriesQuery, SeriesQuerySchema, unknownSeriesValues } from "../../store/series-query.ts";
import type { Store } from "../../store/store.ts";
import { ApiError, ErrorSchema, invalidInput, unknownFilterValue } from "../error.ts";
import { ListSchema } from "../schemas.ts";

const text = (description: string, example?: string) =>
  z
    .string()
    .optional()
    .openapi({ description, ...(example ? { example } : {}) });

/** The query parameters of GET /api/series, as sent (text); SeriesQuerySchema parses them. */
export const SeriesParamsSchema = z.object({
  metric: z
    .string()
    .openapi({ description: "Metric id (x and x_ytd name one series)", example: "export_volume" }),
  entity: z
    .string()
    .openapi({ description: "Entity name, alias, id or ISO3 (World = World total)", example: "China" }),
  counterparty: text("Destination, partner or funder (any alias)", "World"),
  material: text("Material or product, when several series match"),
  location: text("Market or scope, when several series match"),
  basis: text("NdFeB mass basis: alloy, blank, finished, high_performance, element, not_applicable"),
  unit: text("Unit, when several series match"),
  variant: text("Price type, scenario or quantity measure, when several series match"),
  from: text("First period (inclusive)", "2025-01"),
  to: text("Last period (inclusive)", "2025-09"),
  per: text("month, quarter or year (default: the finest the data has)", "month"),
  vintage: text("An edition of a revised statistic instead of the latest"),
  shareOf: text(
    "Give each value as a percentage of this aggregate's value for the same period and edition (it must contain the entity; with a counterparty, it replaces the counterparty)",
    "World",
  ),
  forecast: text("true for projections instead of history (default false)"),
  ytd: text(
    "true: add `ytd`, the year to date at each month or quarter (January to the period by the range-total rule: a total reported for exactly that span, else the sum of the periods)",
    "true",
  ),
});

const route = createRoute({
  method: "get",
  path: "/api/series",
  summary: "One value per period for one series, with alternatives and how each value was obtained",
  request: { query: SeriesParamsSchema },
  responses: {
    200: { description: "The series", content: { "application/json": { schema: SeriesResultSchema } } },
    400: {
      description:
        "Invalid parameter, unknown name (with suggestions), several matching series, or a share of an aggregate that does not contain the entity or is in another unit",
      content: { "application/json": { schema: ErrorSchema } },
    },
  },
});

export const EntityOutSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(["world", "country", "bloc", "region", "aggregate", "company"]),
    aliases: z.array(z.string()),
    iso3: z.string(),
    members: z.array(z.string()).nullable().openapi({ description: "Member countries (ISO3) of a bloc" }),
    excludes: z.array(z.string()).nullable(),
    note: z.string(),
  })
  .openapi("Entity");

const entitiesRoute = createRoute({
  method: "get",
  path: "/api/entities",
  summary: "Registered entities with their aliases, ISO3 codes and bloc members",
  request: {
    query: z.object({
      kind: z
        .enum(["world", "country", "bloc", "region", "aggregate", "company"])
        .optional()
        .openapi({ example: "bloc" }),
    }),
  },
  responses: {
    200: {
      description: "Entities",
      content: {
        "application/json": {
          schema: ListSchema(EntityOutSchema),
        },
      },
    },
    400: { description: "Invalid kind", content: { "application/json": { schema: ErrorSchema } } },
  },
});

/** Validates the parameters (schema, then names against the store); throws ApiError 400 naming the parameter. */
export async function parseSeriesQuery(
  raw: Record<string, string | undefined>,
  store: Store,
): Promise<SeriesQuery> {
  const parsed = SeriesQuerySchema.safeParse(
    Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)),
  );
  if (!parsed.success) throw invalidInput("invalid_query", parsed.error, raw);
  const unknown = unknownSeriesValues(parsed.data, await store.facets());
  if (unknown.length) throw unknownFilterValue(unknown);
  return parsed.data;
}

export function seriesRoutes(app: OpenAPIHono, store: Store) {
  app.openapi(route, async (c) => {
    const q = await parseSeriesQuery(c.req.valid("query"), store);
    try {
      return c.json(await store.series(q), 200);
    } catch (e) {
      if (e instanceof SeriesError) throw new ApiError(400, e.code, e.message);
      throw e;
    }
  });
  app.openapi(entitiesRoute, (c) => {
    const { kind } = c.req.valid("query");
    const items = ENTITIES.filter((e) => !kind || e.kind === kind).map((e) => ({
      ...e,
      aliases: [...e.aliases],
      members: e.members ? [...e.members] : null,
      excludes: e.excludes ? [...e.excludes] : null,
    }));
    return c.json({ items, total: items.length }, 200);
  });
}
