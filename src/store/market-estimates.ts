/** @module Market estimates in the store: filters shared by `lodestone estimates` and GET /api/market-estimates. */
import { z } from "zod";
import { EstimateKindSchema, type MarketEstimate } from "../domain/market-estimate.ts";
import { MassBasisSchema } from "../domain/mass-basis.ts";
import { periodSpan } from "../domain/period.ts";
import { matchesName, sameEntity } from "./name-match.ts";
import {
  checkRange,
  contains,
  enumList,
  excludedField,
  FilterError,
  likePattern,
  list,
  type Page,
  paging,
  periodField,
  type SourceRef,
  unknownValues,
  yearList,
} from "./query-fields.ts";
import { SOURCE_SELECT, sourceRef } from "./source-ref.ts";
import type { Sql } from "./sql.ts";
import { createWhere } from "./where.ts";

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
  q: z.string().optional().describe("Text search over names, items, notes (case-insensitive)."),
  excluded: excludedField,
  ...paging,
});

export const EstimateQuerySchema = EstimateQueryObject.superRefine((v, ctx) =>
  checkRange(v.publishedFrom, v.publishedTo, ["publishedFrom", "publishedTo"], ctx),
);
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
  const uniq = (xs: string[]) => [...new Set(xs.filter(Boolean))].sort();
  return {
    publishers: uniq(rows.map((r) => r.publisher)),
    metrics: uniq(rows.map((r) => r.metric)),
    geographies: uniq(rows.map((r) => r.geography)),
  };
}

export function resolveEstimateQuery(q: EstimateQuery, f: EstimateFacets): EstimateQuery {
  const issues = [
    ...unknownValues("publisher", q.publisher, f.publishers, matchesName),
    ...unknownValues("metric", q.metric === undefined ? undefined : [q.metric], f.metrics, contains),
    ...unknownValues("geography", q.geography, f.geographies, sameEntity),
  ];
  if (issues.length) throw new FilterError(issues);
  const publisher = q.publisher && f.publishers.filter((p) => q.publisher!.some((v) => matchesName(v, p)));
  const geography = q.geography && f.geographies.filter((g) => q.geography!.some((v) => sameEntity(v, g)));
  return { ...q, ...(publisher ? { publisher } : {}), ...(geography ? { geography } : {}) };
}

export async function queryMarketEstimates(sql: Sql, q: EstimateQuery): Promise<Page<MarketEstimateRow>> {
  const where = createWhere();
  if (q.publisher?.length) where.add("m.publisher = ANY(?::text[])", q.publisher);
  if (q.publishedFrom) where.add("m.published_end >= ?::date", periodSpan(q.publishedFrom)!.start);
  if (q.publishedTo) where.add("m.published_start <= ?::date", periodSpan(q.publishedTo)!.end);
  if (q.metric) where.add("m.metric ILIKE ?", likePattern(q.metric));
  if (q.kind?.length) where.add("m.kind = ANY(?::text[])", q.kind);
  if (q.year?.length) {
    const p = `$${where.params.push(q.year)}::int[]`;
    where.raw(`(m.base_year = ANY(${p}) OR m.target_year = ANY(${p}))`);
  }
  if (q.geography?.length) where.add("m.geography = ANY(?::text[])", q.geography);
  if (q.basis?.length) where.add("m.mass_basis = ANY(?::text[])", q.basis);
  if (q.q)
    where.add(
      "concat_ws(' ', m.id, m.publisher, m.metric, m.scope_basis, m.scenario, m.note) ILIKE ?",
      likePattern(q.q),
    );
  if (q.excluded === "exclude") where.raw("m.exclude_reason = ''");
  if (q.excluded === "only") where.raw("m.exclude_reason <> ''");
  const total = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM market_estimate m ${where.sql}`,
    where.params,
  );
  const rows = await sql.query<Record<string, unknown>>(
    `SELECT m.*, ${SOURCE_SELECT} FROM market_estimate m JOIN source s ON s.id = m.source_id ${where.sql}
     ORDER BY m.id LIMIT ${q.limit} OFFSET ${q.offset}`,
    where.params,
  );
  return {
    total: total[0]?.n ?? 0,
    items: rows.map((r) => ({ ...toMarketEstimate(r), source: sourceRef(r) })),
  };
}

const COLUMNS: [keyof MarketEstimate, string][] = [
  ["id", "id"],
  ["kind", "kind"],
  ["publisher", "publisher"],
  ["publisherType", "publisher_type"],
  ["publishedDate", "published_date"],
  ["published", "published"],
  ["metric", "metric"],
  ["scopeBasis", "scope_basis"],
  ["massBasis", "mass_basis"],
  ["geography", "geography"],
  ["baseYear", "base_year"],
  ["baseValue", "base_value"],
  ["baseLow", "base_low"],
  ["baseHigh", "base_high"],
  ["baseQualifier", "base_qualifier"],
  ["targetYear", "target_year"],
  ["targetValue", "target_value"],
  ["targetLow", "target_low"],
  ["targetHigh", "target_high"],
  ["targetQualifier", "target_qualifier"],
  ["unit", "unit"],
  ["statedCagrPct", "stated_cagr_pct"],
  ["computedCagrPct", "computed_cagr_pct"],
  ["scenario", "scenario"],
  ["approx", "approx"],
  ["sourceId", "source_id"],
  ["excludeReason", "exclude_reason"],
  ["note", "note"],
];

export function toMarketEstimate(r: Record<string, unknown>): MarketEstimate {
  return Object.fromEntries(COLUMNS.map(([k, c]) => [k, r[c]])) as MarketEstimate;
}

/** The stored row (with the publication date's span for range filters). */
export function marketEstimateRow(m: MarketEstimate): Record<string, unknown> {
  const span = m.published ? periodSpan(m.published) : null;
  return {
    ...Object.fromEntries(COLUMNS.map(([k, c]) => [c, m[k]])),
    published_start: span?.start ?? null,
    published_end: span?.end ?? null,
  };
}
