/** @module One GET route over a curated table: shared filters in, a page of rows with their sources out. */
import { createRoute, type OpenAPIHono, type z } from "@hono/zod-openapi";
import type { z as zod } from "zod";
import type { Page } from "../store/query-fields.ts";
import { parseQuery, queryParams } from "./curated-query.ts";
import { ErrorSchema } from "./error.ts";
import { PageSchema } from "./schemas.ts";
import { describeEmpty, whyEmpty } from "../store/why-empty.ts";

type Paged = { limit: number; offset: number; excluded: "include" | "exclude" | "only" };

export interface CuratedRouteOptions<Q extends Paged, R> {
  path: string;
  summary: string;
  /** The filter object whose fields become the documented query parameters. */
  filters: zod.ZodObject<zod.ZodRawShape>;
  /** The schema that parses the filters (the one the CLI uses). */
  schema: zod.ZodType<Q>;
  examples?: Record<string, string>;
  item: z.ZodTypeAny;
  query: (q: Q) => Promise<Page<R>>;
}

/** Installs `GET path`: 400 for a bad or unknown filter value (naming the parameter), else `{items, total, limit, offset}`. */
export function curatedRoute<Q extends Paged, R>(app: OpenAPIHono, o: CuratedRouteOptions<Q, R>): void {
  const route = createRoute({
    method: "get",
    path: o.path,
    summary: o.summary,
    request: { query: queryParams(o.filters, o.examples) },
    responses: {
      200: {
        description: "A page of rows, each with its source",
        content: { "application/json": { schema: PageSchema(o.item) } },
      },
      400: {
        description: "Invalid or unknown filter value (closest known values in the message)",
        content: { "application/json": { schema: ErrorSchema } },
      },
    },
  });
  app.openapi(route, async (c) => {
    const raw = c.req.valid("query") as Record<string, string | undefined>;
    const q = parseQuery(o.schema, raw);
    const page = await o.query(q);
    if (page.total === 0) {
      const filters = Object.entries(raw).filter(
        (e): e is [string, string] => e[1] !== undefined && e[0] !== "limit" && e[0] !== "offset",
      );
      const reason = describeEmpty(await whyEmpty(q, filters, o.query), "rows", (k, v) => `${k}=${v}`);
      // biome-ignore lint/suspicious/noExplicitAny: the page's item type is the route's declared item schema.
      return c.json({ ...page, limit: q.limit, offset: q.offset, reason } as any, 200);
    }
    // biome-ignore lint/suspicious/noExplicitAny: the page's item type is the route's declared item schema.
    return c.json({ ...page, limit: q.limit, offset: q.offset } as any, 200);
  });
}
