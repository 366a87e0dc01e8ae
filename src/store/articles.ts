/** @module Articles: ingested news texts with their extracted claims and events, over the `Sql` seam. */
import {
  type ArticleRow,
  articleTable,
  CLAIM_SELECT,
  type ClaimRow,
  parseClaimRow,
} from "./article-tables.ts";
import { createWhere } from "./where.ts";
import type { Sql } from "./sql.ts";

/** A claim as the extractor returns it (gold field names); stored whole in `data`, key fields in columns. */
export type ClaimInput = {
  id: string;
  metric: string;
  metric_family: string;
  entity: string | null;
  counterparty: string | null;
  material: string | null;
  period: string | null;
  value: number | null;
  unit: string | null;
  currency: string | null;
  is_forecast: boolean;
  quote: string;
  quote_start: number;
  quote_end: number;
} & Record<string, unknown>;

/** An event as the extractor returns it; stored whole in `data`. */
export type EventInput = { id: string; type: string; date: string | null; actor: string } & Record<
  string,
  unknown
>;

export interface ArticleInput {
  /** The body the offsets refer to; its hash identifies the article (with its source). */
  body: string;
  /** The text as ingested (header block, HTML and all), kept so the article can be re-extracted. */
  text?: string | undefined;
  /** The date given to the extractor (`--date`) to resolve relative dates; null or absent when none. */
  docDate?: string | null | undefined;
  meta: {
    title: string | null;
    source: string | null;
    publisher: string | null;
    date: string | null;
    language: string;
  };
  claims: readonly ClaimInput[];
  events: readonly EventInput[];
}

export type SaveStatus = "new" | "updated" | "unchanged";

export interface SaveResult {
  id: string;
  status: SaveStatus;
  /** The first article stored with the same body, when this one is a republished copy. */
  copyOf: string | null;
  claims: number;
  events: number;
}

export type { ArticleRow, ClaimRow };

export interface ClaimFilter {
  metric?: string | undefined;
  entity?: string | undefined;
  /** Exact normalised period, e.g. `2025-07`. */
  period?: string | undefined;
  articleId?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export {
  ArticleDateConflictError,
  articleId,
  replaceExtraction,
  saveArticle,
} from "./articles-save.ts";

/** Articles, newest ingestion first, with the total before paging. */
export async function listArticles(
  sql: Sql,
  page: { limit?: number; offset?: number } = {},
): Promise<{ items: ArticleRow[]; total: number }> {
  const limit = page.limit ?? 100;
  const offset = page.offset ?? 0;
  const total = await sql.query<{ n: number }>("SELECT count(*)::int AS n FROM article");
  const rows = await sql.query(
    `SELECT ${articleTable.select("a")} FROM article a ORDER BY a.ingested_at DESC, a.id LIMIT $1 OFFSET $2`,
    [limit, offset],
  );
  return { total: total[0]?.n ?? 0, items: rows.map(articleTable.parse) };
}

/** Stored claims matching `filter` (metric exact, entity case-insensitive, period exact), with their article. */
export async function listClaims(
  sql: Sql,
  filter: ClaimFilter = {},
): Promise<{ items: ClaimRow[]; total: number }> {
  const where = createWhere();
  const add = where.add;
  if (filter.metric) add("c.metric = ?", filter.metric);
  if (filter.entity) add("lower(c.entity) = ?", filter.entity.toLowerCase());
  if (filter.period) add("c.period = ?", filter.period);
  if (filter.articleId) add("c.article_id = ?", filter.articleId);
  const { sql: whereSql, params } = where;
  const total = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM claim c ${whereSql}`, params);
  const rows = await sql.query(
    `SELECT ${CLAIM_SELECT}
     FROM claim c JOIN article a ON a.id = c.article_id ${whereSql}
     ORDER BY a.published DESC NULLS LAST, c.article_id, c.quote_start, c.claim_id
     LIMIT ${Math.max(1, Math.min(filter.limit ?? 100, 10_000))} OFFSET ${Math.max(0, filter.offset ?? 0)}`,
    params,
  );
  return { total: total[0]?.n ?? 0, items: rows.map(parseClaimRow) };
}
