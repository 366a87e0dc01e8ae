/** @module Web types: the API's response shapes, inferred from its schemas (type-only imports, no runtime coupling). */
import type { z } from "zod";
import type {
  CapacityProjectOutSchema,
  CompanyResultOutSchema,
  MarketEstimateOutSchema,
  PolicyEventOutSchema,
} from "../api/curated-schemas.ts";
import type { FigureOutSchema, SourceOutSchema } from "../api/schemas.ts";
import type { Alternative, SeriesItem, SeriesResult } from "../domain/series-types.ts";

export type Figure = z.infer<typeof FigureOutSchema>;
export type FigureSource = Figure["source"];
export type SourceRow = z.infer<typeof SourceOutSchema>;
export type { Alternative, SeriesItem, SeriesResult };

/** Rows of the curated tables, each with its source (publisher, date, licence, link) beside it. */
export type PolicyEvent = z.infer<typeof PolicyEventOutSchema>;
export type CapacityProject = z.infer<typeof CapacityProjectOutSchema>;
export type CompanyResult = z.infer<typeof CompanyResultOutSchema>;
export type MarketEstimate = z.infer<typeof MarketEstimateOutSchema>;
export type SourceRef = CapacityProject["source"];

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
  /** Why the page is empty (filters that never meet, only excluded rows ...); curated tables only. */
  reason?: string;
}

/** A registered entity (GET /api/entities): its id, aliases and, for a bloc, its members (ISO3). */
export interface EntityInfo {
  id: string;
  name: string;
  kind: "world" | "country" | "bloc" | "region" | "aggregate" | "company";
  aliases: string[];
  iso3: string;
  members: string[] | null;
  excludes: string[] | null;
  note: string;
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
  location?: string;
  basis?: string;
  unit?: string;
  variant?: string;
  from?: string;
  to?: string;
  per?: "month" | "quarter" | "year";
  vintage?: string;
  forecast?: string;
  /** Each value as a % of this aggregate's (World, EU-27 ...). */
  shareOf?: string;
}

/** Query parameters of a curated-table route (GET /api/capacity-projects ...), as sent. */
export type CuratedParams = Record<string, string | undefined>;
