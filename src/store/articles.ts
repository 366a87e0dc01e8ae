/** @module Articles: ingested news texts with their extracted claims and events, over the `Sql` seam. */
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

export interface ArticleRow {
  id: string;
  title: string | null;
  sourceUrl: string | null;
  publisher: string | null;
  published: string | null;
  language: string;
  ingestedAt: string;
  bodyLength: number;
  claimCount: number;
  eventCount: number;
  /** The first article stored with the same body, when this one is a republished copy. */
  copyOf: string | null;
  /** The date given to the extractor, if any. */
  docDate: string | null;
}

export interface ClaimRow {
  articleId: string;
  claimId: string;
  metric: string;
  metricFamily: string;
  entity: string | null;
  counterparty: string | null;
  material: string | null;
  period: string | null;
  value: number | null;
  unit: string | null;
  currency: string | null;
  isForecast: boolean;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  /** The full extracted claim. */
  data: Record<string, unknown>;
  article: {
    title: string | null;
    sourceUrl: string | null;
    publisher: string | null;
    published: string | null;
  };
}

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
  normaliseBody,
  replaceExtraction,
  saveArticle,
  sourceKey,
} from "./articles-save.ts";

/** Articles, newest ingestion first, with the total before paging. */
export async function listArticles(
  sql: Sql,
  page: { limit?: number; offset?: number } = {},
): Promise<{ items: ArticleRow[]; total: number }> {
  const limit = page.limit ?? 100;
  const offset = page.offset ?? 0;
  const total = await sql.query<{ n: number }>("SELECT count(*)::int AS n FROM article");
  const rows = await sql.query<Record<string, unknown>>(
    `SELECT id, title, source_url, publisher, published, language, ingested_at::text AS ingested_at, body_length,
            claim_count, event_count, copy_of, doc_date
     FROM article ORDER BY ingested_at DESC, id LIMIT $1 OFFSET $2`,
    [limit, offset],
  );
  return {
    total: total[0]?.n ?? 0,
    items: rows.map((r) => ({
      id: r.id as string,
      title: r.title as string | null,
      sourceUrl: r.source_url as string | null,
      publisher: r.publisher as string | null,
      published: r.published as string | null,
      language: r.language as string,
      ingestedAt: r.ingested_at as string,
      bodyLength: r.body_length as number,
      claimCount: r.claim_count as number,
      eventCount: r.event_count as number,
      copyOf: r.copy_of as string | null,
      docDate: r.doc_date as string | null,
    })),
  };
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
  const rows = await sql.query<Record<string, unknown>>(
    `SELECT c.*, a.title AS a_title, a.source_url AS a_source_url, a.publisher AS a_publisher, a.published AS a_published
     FROM claim c JOIN article a ON a.id = c.article_id ${whereSql}
     ORDER BY a.published DESC NULLS LAST, c.article_id, c.quote_start, c.claim_id
     LIMIT ${Math.max(1, Math.min(filter.limit ?? 100, 10_000))} OFFSET ${Math.max(0, filter.offset ?? 0)}`,
    params,
  );
  return {
    total: total[0]?.n ?? 0,
    items: rows.map((r) => ({
      articleId: r.article_id as string,
      claimId: r.claim_id as string,
      metric: r.metric as string,
      metricFamily: r.metric_family as string,
      entity: r.entity as string | null,
      counterparty: r.counterparty as string | null,
      material: r.material as string | null,
      period: r.period as string | null,
      value: r.value as number | null,
      unit: r.unit as string | null,
      currency: r.currency as string | null,
      isForecast: r.is_forecast as boolean,
      quote: r.quote as string,
      quoteStart: r.quote_start as number,
      quoteEnd: r.quote_end as number,
      data: r.data as Record<string, unknown>,
      article: {
        title: r.a_title as string | null,
        sourceUrl: r.a_source_url as string | null,
        publisher: r.a_publisher as string | null,
        published: r.a_published as string | null,
      },
    })),
  };
}
