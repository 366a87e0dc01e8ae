/**
 * @module Web types: the API's request and response shapes, inferred from the schemas the API declares and documents
 * (type-only imports, no runtime coupling). Nothing here is declared by hand.
 */
import type { z } from "zod";
import type {
  CapacityProjectOutSchema,
  CompanyResultOutSchema,
  MarketEstimateOutSchema,
  PolicyEventOutSchema,
} from "../api/curated-schemas.ts";
import type { FigureParamsSchema } from "../api/routes/figures.ts";
import type { EntityOutSchema, SeriesParamsSchema } from "../api/routes/series.ts";
import type {
  FacetsOutSchema,
  FigureOutSchema,
  HealthOutSchema,
  ListSchema,
  PageSchema,
  SourceOutSchema,
} from "../api/schemas.ts";
import type { PriceParamsSchema } from "../api/routes/prices.ts";
import type { PricePointUsd, PricesResult } from "../domain/price-types.ts";
import type { Alternative, SeriesItem, SeriesResult } from "../domain/series-types.ts";

export type Figure = z.infer<typeof FigureOutSchema>;
export type FigureSource = Figure["source"];
export type SourceRow = z.infer<typeof SourceOutSchema>;
export type { Alternative, SeriesItem, SeriesResult };
/** GET /api/prices: price series in USD/kg without VAT, each point with the rate and VAT used. */
export type { PricePointUsd, PricesResult };
export type PriceParams = z.input<typeof PriceParamsSchema>;

/** Rows of the curated tables, each with its source (publisher, date, licence, link) beside it. */
export type PolicyEvent = z.infer<typeof PolicyEventOutSchema>;
export type CapacityProject = z.infer<typeof CapacityProjectOutSchema>;
export type CompanyResult = z.infer<typeof CompanyResultOutSchema>;
export type MarketEstimate = z.infer<typeof MarketEstimateOutSchema>;
export type SourceRef = CapacityProject["source"];

/** A page of rows (GET /api/figures, the curated tables): items, total, limit, offset and why it is empty. */
export type Page<T> = Omit<z.infer<ReturnType<typeof PageSchema>>, "items"> & { items: T[] };
/** Every row of a list (GET /api/sources, /api/entities) and how many there are. */
export type List<T> = Omit<z.infer<ReturnType<typeof ListSchema>>, "items"> & { items: T[] };

/** A registered entity (GET /api/entities): its id, aliases and, for a bloc, its members (ISO3). */
export type EntityInfo = z.infer<typeof EntityOutSchema>;
export type Facets = z.infer<typeof FacetsOutSchema>;
export type Health = z.infer<typeof HealthOutSchema>;

/** The route's documented query parameters, with the named ones written as numbers or flags (sent as text). */
type Params<S extends z.ZodType, Typed extends Partial<Record<keyof z.input<S>, unknown>>> = Omit<
  z.input<S>,
  keyof Typed
> &
  Typed;

/** Query parameters of GET /api/figures (`preferred: true`: only the preferred value of each (series, period)). */
export type FigureParams = Params<
  typeof FigureParamsSchema,
  { preferred?: boolean; limit?: number; offset?: number }
>;
/** Query parameters of GET /api/series (`shareOf`: each value as a % of this aggregate's). */
export type SeriesParams = z.input<typeof SeriesParamsSchema>;

/** Query parameters of a curated-table route (GET /api/capacity-projects ...), as sent. */
export type CuratedParams = Record<string, string | undefined>;
