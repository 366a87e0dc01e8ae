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
/** The loaded dataset's version (null before the first load). */
export const DatasetVersionOutSchema = datasetVersionTable.schema.omit({ id: true }).nullable();

export const PageSchema = <T extends z.ZodTypeAny>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });
