/**
 * @module API schemas: the response shapes are the store's row schemas (src/store), named here as OpenAPI components;
 * request shapes reuse the store's and domain's query schemas.
 */
import { z } from "@hono/zod-openapi";
import { FacetsSchema } from "../store/facets.ts";
import { FigureRowSchema } from "../store/figure-row.ts";
import { SourceRefSchema } from "../store/source-ref.ts";
import { datasetVersionTable, SourceListItemSchema } from "../store/tables.ts";

export const SourceOutSchema = SourceListItemSchema.meta({ id: "Source" });
export const FigureOutSchema = FigureRowSchema.meta({ id: "Figure" });
export const SourceRefOutSchema = SourceRefSchema.meta({ id: "SourceRef" });
export const FacetsOutSchema = FacetsSchema;
/** GET /api/health: the server is up, which store it uses and the loaded dataset's version (null before a load). */
export const HealthOutSchema = z.object({
  status: z.literal("ok"),
  store: z.enum(["pglite", "postgres"]),
  dataset: datasetVersionTable.schema.omit({ id: true }).nullable(),
});

/** Every row of a list (sources, entities) and how many there are. */
export const ListSchema = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int() });

/** A page of rows: the total before paging, the page asked for and, for an empty curated table, why it is empty. */
export const PageSchema = <T extends z.ZodTypeAny>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    reason: z
      .string()
      .optional()
      .openapi({ description: "Why the page is empty (filters that never meet, only excluded rows ...)" }),
  });
