/**
 * @module Saving articles: identity from body and source (URL, else title), republished copies linked not overwritten,
 * the date an article was read with never silently changed, the text kept for re-extraction. One transaction each.
 */
import { createHash } from "node:crypto";
import type { Sql } from "./sql.ts";
import type { ArticleInput, SaveResult } from "./articles.ts";

/** Normalises a body before hashing: line endings to `\n`, trailing spaces and outer blank lines removed. */
export function normaliseBody(body: string): string {
  return body
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n")
    .trim();
}

/** Hex SHA-256 of the normalised body: the id of the first article stored with that body. */
export function articleId(body: string): string {
  return createHash("sha256").update(normaliseBody(body)).digest("hex");
}

/**
 * Where an article comes from, for telling the same article from a republished copy: its source URL (scheme, fragment
 * and trailing slash ignored, host in any case), else its title (spacing and case ignored), else null (unknown).
 */
export function sourceKey(meta: { source: string | null; title: string | null }): string | null {
  const url = meta.source?.trim();
  if (url) {
    try {
      const u = new URL(url);
      return `url:${u.host.toLowerCase()}${u.pathname.replace(/\/+$/, "")}${u.search}`;
    } catch {
      return `url:${url}`;
    }
  }
  const title = meta.title?.trim().replace(/\s+/g, " ").toLowerCase();
  return title ? `title:${title}` : null;
}

/** Re-ingesting an article with another date would rewrite its periods: refused, naming both dates. */
export class ArticleDateConflictError extends Error {
  readonly code = "date_conflict";
  constructor(
    readonly articleId: string,
    readonly stored: string | null,
    readonly given: string | null,
  ) {
    const show = (d: string | null) => (d ? `--date ${d}` : "no --date");
    super(
      `article ${articleId.slice(0, 12)} was read with ${show(stored)}; reading it again with ${show(given)} would rewrite its periods. ` +
        `Repeat the ingest with ${show(stored)}, or run "lodestone reextract --id ${articleId.slice(0, 12)} --date <day>" to change it on purpose`,
    );
    this.name = "ArticleDateConflictError";
  }
}

function extractionHash(input: ArticleInput): string {
  return createHash("sha256")
    .update(JSON.stringify([input.meta, input.claims, input.events]))
    .digest("hex")
    .slice(0, 32);
}

type Stored = {
  id: string;
  title: string | null;
  source_url: string | null;
  doc_date: string | null;
  extraction_hash: string;
  copy_of: string | null;
  has_text: boolean;
};

/** Replaces the claims, events and extracted fields of article `id` inside transaction `tx`. */
export async function writeExtraction(
  tx: Sql,
  id: string,
  input: ArticleInput,
  insert: boolean,
  copyOf: string | null,
) {
  const m = input.meta;
  const row = [
    id,
    m.title,
    m.source,
    m.publisher,
    m.date,
    m.language,
    input.body.length,
    input.claims.length,
    input.events.length,
    extractionHash(input),
    input.text ?? null,
    input.docDate ?? null,
  ];
  if (insert) {
    await tx.query(
      `INSERT INTO article (id, title, source_url, publisher, published, language, body_length, claim_count, event_count,
         extraction_hash, source_text, doc_date, body_hash, copy_of)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [...row, articleId(input.body), copyOf],
    );
  } else {
    await tx.query("DELETE FROM claim WHERE article_id = $1", [id]);
    await tx.query("DELETE FROM article_event WHERE article_id = $1", [id]);
    // Metadata the new reading lacks (null) keeps its stored value: nothing known is erased.
    await tx.query(
      `UPDATE article SET title = coalesce($2, title), source_url = coalesce($3, source_url),
         publisher = coalesce($4, publisher), published = coalesce($5, published), language = $6, body_length = $7,
         claim_count = $8, event_count = $9, extraction_hash = $10, source_text = coalesce($11, source_text),
         doc_date = $12
       WHERE id = $1`,
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
}

/**
 * Stores an article with its claims and events in one transaction. The same article (same body and source URL, else
 * title) read again reports `unchanged` when its extraction is the same and `updated` when it changed; the same body
 * from another source is a new article linked to the first (`copyOf`). Reading an article again with another date
 * throws ArticleDateConflictError (its periods would change without anyone asking).
 */
export async function saveArticle(sql: Sql, input: ArticleInput): Promise<SaveResult> {
  const bodyHash = articleId(input.body);
  const key = sourceKey(input.meta);
  const hash = extractionHash(input);
  const counts = { claims: input.claims.length, events: input.events.length };
  const docDate = input.docDate ?? null;
  return sql.transaction(async (tx) => {
    // Serialises concurrent ingests of the same body (two workers, one PostgreSQL).
    await tx.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [bodyHash]);
    const rows = await tx.query<Stored>(
      `SELECT id, title, source_url, doc_date, extraction_hash, copy_of, source_text IS NOT NULL AS has_text
       FROM article WHERE body_hash = $1 ORDER BY ingested_at, id`,
      [bodyHash],
    );
    // An article without a known source is taken to be the first one stored with its body.
    const same =
      key === null ? rows[0] : rows.find((r) => sourceKey({ source: r.source_url, title: r.title }) === key);
    if (same) {
      if ((same.doc_date ?? null) !== docDate)
        throw new ArticleDateConflictError(same.id, same.doc_date, docDate);
      const copyOf = same.copy_of;
      if (same.extraction_hash === hash) {
        if (!same.has_text && input.text)
          await tx.query("UPDATE article SET source_text = $2 WHERE id = $1", [same.id, input.text]);
        return { id: same.id, status: "unchanged" as const, copyOf, ...counts };
      }
      await writeExtraction(tx, same.id, input, false, copyOf);
      return { id: same.id, status: "updated" as const, copyOf, ...counts };
    }
    const first = rows[0];
    const id = first ? createHash("sha256").update(`${bodyHash}\n${key}`).digest("hex") : bodyHash;
    const copyOf = first ? (first.copy_of ?? first.id) : null;
    await writeExtraction(tx, id, input, true, copyOf);
    return { id, status: "new" as const, copyOf, ...counts };
  });
}

/**
 * Replaces the extraction of stored article `id` (one transaction); for `lodestone reextract`. Returns `unchanged`
 * when the new extraction equals the stored one.
 */
export async function replaceExtraction(sql: Sql, id: string, input: ArticleInput): Promise<SaveResult> {
  const hash = extractionHash(input);
  const counts = { claims: input.claims.length, events: input.events.length };
  return sql.transaction(async (tx) => {
    const rows = await tx.query<{ extraction_hash: string; copy_of: string | null; doc_date: string | null }>(
      "SELECT extraction_hash, copy_of, doc_date FROM article WHERE id = $1 FOR UPDATE",
      [id],
    );
    const r = rows[0];
    if (!r) throw new Error(`no stored article ${id}`);
    if (r.extraction_hash === hash && (r.doc_date ?? null) === (input.docDate ?? null))
      return { id, status: "unchanged" as const, copyOf: r.copy_of, ...counts };
    await writeExtraction(tx, id, input, false, r.copy_of);
    return { id, status: "updated" as const, copyOf: r.copy_of, ...counts };
  });
}
