/**
 * @module The article tables (article, claim, article_event) declared by their row schemas: columns, select lists
 * and the parsing of listed rows (GET /api/articles, GET /api/claims). Writes are in articles-save.ts.
 */
import { z } from "zod";
import { defineTable, snakeCase } from "./define-table.ts";

const text = z.string().nullable();
const count = z.number().int();

/** An ingested article as listed (the stored text and hashes are columns beside it, never served). */
export const articleTable = defineTable({
  name: "article",
  schema: z.object({
    id: z.string(),
    title: text,
    sourceUrl: text,
    publisher: text,
    published: text,
    language: z.string(),
    ingestedAt: z.string(),
    bodyLength: count,
    claimCount: count,
    eventCount: count,
    copyOf: text.describe("The first article stored with the same body, when this one is a republished copy"),
    docDate: text.describe("The date given to the extractor (`date`), if any"),
  }),
  key: ["id"],
  types: { ingestedAt: "timestamptz" },
  extra: [
    { name: "extraction_hash", type: "text" },
    { name: "source_text", type: "text" },
    { name: "body_hash", type: "text" },
  ],
});
export type ArticleRow = z.infer<typeof articleTable.schema>;

/** The article beside a listed claim. */
const ClaimArticleSchema = articleTable.schema.pick({
  title: true,
  sourceUrl: true,
  publisher: true,
  published: true,
});

/** A stored claim: its key fields as columns, the full extracted claim in `data`. */
export const claimTable = defineTable({
  name: "claim",
  schema: z.object({
    articleId: z.string(),
    claimId: z.string(),
    metric: z.string(),
    metricFamily: z.string(),
    entity: text,
    counterparty: text,
    material: text,
    period: text,
    value: z.number().nullable(),
    unit: text,
    currency: text,
    isForecast: z.boolean(),
    quote: z.string(),
    quoteStart: count,
    quoteEnd: count,
    data: z.record(z.string(), z.unknown()),
  }),
  key: ["articleId", "claimId"],
});

/** A claim as listed, with its article. */
export const ClaimRowSchema = claimTable.schema.extend({ article: ClaimArticleSchema });
export type ClaimRow = z.infer<typeof ClaimRowSchema>;

/** The article's columns beside a claim: field, column and its `a_` alias. */
const articleFields = Object.keys(ClaimArticleSchema.shape).map((key) => ({ key, column: snakeCase(key) }));

/** Select list of a claim (alias `c`) and its article (alias `a`, columns prefixed `a_`). */
export const CLAIM_SELECT = [
  claimTable.select("c"),
  ...articleFields.map((f) => `a.${f.column} AS a_${f.column}`),
].join(", ");

/** A row selected with CLAIM_SELECT, parsed. */
export function parseClaimRow(r: Record<string, unknown>): ClaimRow {
  const article = Object.fromEntries(articleFields.map((f) => [f.key, r[`a_${f.column}`]]));
  return { ...claimTable.parse(r), article: ClaimArticleSchema.parse(article) };
}

/** A stored event: its key fields as columns, the full extracted event in `data`. */
export const articleEventTable = defineTable({
  name: "article_event",
  schema: z.object({
    articleId: z.string(),
    eventId: z.string(),
    type: z.string(),
    date: text,
    actor: z.string(),
    data: z.record(z.string(), z.unknown()),
  }),
  key: ["articleId", "eventId"],
});
