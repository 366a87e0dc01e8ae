/** @module Articles: ingested news texts with their extracted claims and events, over the `Sql` seam. */
import { createWhere } from "./where.ts";
import { createHash } from "node:crypto";
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
  /** The body the offsets refer to; only its hash and length are stored. */
  body: string;
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

/** Normalises a body before hashing: line endings to `\n`, trailing spaces and outer blank lines removed. */
export function normaliseBody(body: string): string {
  return body
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n")
    .trim();
}

/** The article id: hex SHA-256 of the normalised body. */
export function articleId(body: string): string {
  return createHash("sha256").update(normaliseBody(body)).digest("hex");
}

function extractionHash(input: ArticleInput): string {
  return createHash("sha256")
    .update(JSON.stringify([input.meta, input.claims, input.events]))
    .digest("hex")
    .slice(0, 32);
}

/**
 * Stores an article with its claims and events in one transaction. Idempotent: the same body with the
 * same extraction reports `unchanged` and writes nothing; a new extraction of a known body replaces its rows.
 */
export async function saveArticle(sql: Sql, input: ArticleInput): Promise<SaveResult> {
  const id = articleId(input.body);
  const hash = extractionHash(input);
  const counts = { claims: input.claims.length, events: input.events.length };
  return sql.transaction(async (tx) => {
    // Serialises concurrent ingests of the same body (two workers, one PostgreSQL).
    await tx.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [id]);
    const existing = await tx.query<{ extraction_hash: string }>(
      "SELECT extraction_hash FROM article WHERE id = $1",
      [id],
    );
    const before = existing[0];
    if (before?.extraction_hash === hash) return { id, status: "unchanged" as const, ...counts };
    const m = input.meta;
    const row = [
      id,
      m.title,
      m.source,
      m.publisher,
      m.date,
      m.language,
      input.body.length,
      counts.claims,
      counts.events,
      hash,
    ];
    if (before) {
      await tx.query("DELETE FROM claim WHERE article_id = $1", [id]);
      await tx.query("DELETE FROM article_event WHERE article_id = $1", [id]);
      await tx.query(
        `UPDATE article SET title = $2, source_url = $3, publisher = $4, published = $5, language = $6,
           body_length = $7, claim_count = $8, event_count = $9, extraction_hash = $10 WHERE id = $1`,
        row,
      );
    } else {
      await tx.query(
        `INSERT INTO article (id, title, source_url, publisher, published, language, body_length, claim_count, event_count, extraction_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        row,
      );
    }
    if (input.claims.length) {
      await tx.query(
        `INSERT INTO claim (article_id, claim_id, metric, metric_family, entity, counterparty, material, period, value,
           unit, currency, is_forecast, quote, quote_start, quote_end, data)
         SELECT $1, x.data->>'id', x.data->>'metric', x.data->>'metric_family', x.data->>'entity', x.data->>'counterparty',
           x.data->>'material', x.data->>'period', (x.data->>'value')::double precision, x.data->>'unit',
           x.data->>'currency', (x.data->>'is_forecast')::boolean, x.data->>'quote', (x.data->>'quote_start')::int,
           (x.data->>'quote_end')::int, x.data
         FROM jsonb_array_elements($2::jsonb) AS x(data)`,
        [id, JSON.stringify(input.claims)],
      );
    }
    if (input.events.length) {
      await tx.query(
        `INSERT INTO article_event (article_id, event_id, type, date, actor, data)
         SELECT $1, x.data->>'id', x.data->>'type', x.data->>'date', x.data->>'actor', x.data
         FROM jsonb_array_elements($2::jsonb) AS x(data)`,
        [id, JSON.stringify(input.events)],
      );
    }
    return { id, status: before ? ("updated" as const) : ("new" as const), ...counts };
  });
}

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
            claim_count, event_count
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
