/** @module Market estimates in the store: filters shared by `lodestone estimates` and GET /api/market-estimates. */
import { z } from "zod";
import { EstimateKindSchema, type MarketEstimate, MarketEstimateSchema } from "../domain/market-estimate.ts";
import { MassBasisSchema } from "../domain/mass-basis.ts";
import { periodSpan } from "../domain/period.ts";
import { anyOf, containsText, distinct, matching, one, periodBound } from "./curated-query.ts";
import { defineCuratedTable } from "./curated-table.ts";
import { matchesName, sameEntity } from "./name-match.ts";
import {
  contains,
  enumList,
  FilterError,
  list,
  periodField,
  searchAndPaging,
  unknownValues,
  withRange,
  yearList,
} from "./query-fields.ts";
import type { SourceRef } from "./source-ref.ts";
import type { Sql } from "./sql.ts";

/** The filters as an object (documented fields; the OpenAPI query parameters are generated from it). */
export const EstimateQueryObject = z.object({
  publisher: list
    .optional()
    .describe("Publisher name or words of it (`Adamas`, `Morgan Stanley`), case-insensitive."),
  publishedFrom: periodField
    .optional()
    .describe("Estimates published in the range (edition date; undated estimates never match a range)."),
  publishedTo: periodField.optional().describe("End of the publication range (inclusive)."),
  metric: z
    .string()
    .optional()
    .describe("Text contained in what is measured, e.g. `market value`, `NEV magnet demand`, `humanoid`."),
  kind: enumList(EstimateKindSchema.options)
    .optional()
    .describe("market_value (MV-), volume (DM-) or humanoid (HR-)."),
  year: yearList.optional().describe("Base or target year."),
  geography: list.optional().describe("Geography, e.g. global, China, EU."),
  basis: enumList(MassBasisSchema.options)
    .optional()
    .describe("Mass basis of tonnages: alloy, blank, finished, high_performance, element, not_applicable."),
  ...searchAndPaging("names, items, notes (case-insensitive)"),
});

export const EstimateQuerySchema = withRange(EstimateQueryObject, "publishedFrom", "publishedTo");
export type EstimateQuery = z.infer<typeof EstimateQuerySchema>;
export type EstimateQueryInput = z.input<typeof EstimateQuerySchema>;

export type MarketEstimateRow = MarketEstimate & { source: SourceRef };

export interface EstimateFacets {
  publishers: string[];
  metrics: string[];
  geographies: string[];
}

export async function estimateFacets(sql: Sql): Promise<EstimateFacets> {
  const rows = await sql.query<{ publisher: string; metric: string; geography: string }>(
    "SELECT DISTINCT publisher, metric, geography FROM market_estimate",
  );
  return {
    publishers: distinct(rows.map((r) => r.publisher)),
    metrics: distinct(rows.map((r) => r.metric)),
    geographies: distinct(rows.map((r) => r.geography)),
  };
}

export function resolveEstimateQuery(q: EstimateQuery, f: EstimateFacets): EstimateQuery {
  const issues = [
    ...unknownValues("publisher", q.publisher, f.publishers, matchesName),
    ...unknownValues("metric", one(q.metric), f.metrics, contains),
    ...unknownValues("geography", q.geography, f.geographies, sameEntity),
  ];
  if (issues.length) throw new FilterError(issues);
  const publisher = matching(q.publisher, f.publishers, matchesName);
  const geography = matching(q.geography, f.geographies, sameEntity);
  return { ...q, ...(publisher ? { publisher } : {}), ...(geography ? { geography } : {}) };
}

/** The market_estimate table: columns from the domain schema, filters as declared conditions. */
export const marketEstimateTable = defineCuratedTable<EstimateQuery, MarketEstimate>({
  table: "market_estimate",
  alias: "m",
  schema: MarketEstimateSchema,
  spans: {
    columns: ["published_start", "published_end"],
    of: (m) => {
      const span = m.published ? periodSpan(m.published) : null;
      return { published_start: span?.start ?? null, published_end: span?.end ?? null };
    },
  },
  filters: [
    anyOf("publisher", "m.publisher"),
    // Publication dates are spans: an estimate matches when its span overlaps the range.
    periodBound("publishedFrom", ">=", "m.published_end"),
    periodBound("publishedTo", "<=", "m.published_start"),
    containsText("metric", "m.metric"),
    anyOf("kind", "m.kind"),
    anyOf("year", ["m.base_year", "m.target_year"], "int"),
    anyOf("geography", "m.geography"),
    anyOf("basis", "m.mass_basis"),
  ],
  search: ["m.id", "m.publisher", "m.metric", "m.scope_basis", "m.scenario", "m.note"],
  orderBy: "m.id",
});
