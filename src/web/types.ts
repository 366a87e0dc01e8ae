/** @module Web types: the API's response shapes, inferred from its schemas (type-only imports, no runtime coupling). */
import type { z } from "zod";
import type { FigureOutSchema, SourceOutSchema } from "../api/schemas.ts";
import type { PolicyEvent } from "../domain/policy-event.ts";
import type { SeriesItem, SeriesResult } from "../domain/series-types.ts";

export type Figure = z.infer<typeof FigureOutSchema>;
export type FigureSource = Figure["source"];
export type SourceRow = z.infer<typeof SourceOutSchema>;
export type { PolicyEvent, SeriesItem, SeriesResult };

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface Facets {
  metrics: string[];
  entities: string[];
  entityIds: string[];
  counterparties: string[];
  counterpartyIds: string[];
  materials: string[];
  vintages: string[];
  datasets: string[];
}

export interface Health {
  status: "ok";
  store: "pglite" | "postgres";
  dataset: { contentHash: string; loadedAt: string; figures: number; sources: number } | null;
}

/** Query parameters of GET /api/figures (all strings, as sent). */
export interface FigureParams {
  metric?: string;
  entity?: string;
  counterparty?: string;
  material?: string;
  dataset?: string;
  from?: string;
  to?: string;
  vintage?: string;
  per?: string;
  /** `true`: only the preferred value of each (series, period). */
  preferred?: boolean;
  limit?: number;
  offset?: number;
}

/** Query parameters of GET /api/series (all strings, as sent). */
export interface SeriesParams {
  metric: string;
  entity: string;
  counterparty?: string;
  material?: string;
  from?: string;
  to?: string;
  per?: "month" | "quarter" | "year";
  vintage?: string;
  /** Each value as a % of this aggregate's (World, EU-27 ...). */
  shareOf?: string;
}
