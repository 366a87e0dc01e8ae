/** @module Claim checks and ingested articles: POST /api/check-claims, POST and GET /api/articles, GET /api/claims. */
import { ClaimRowSchema } from "../../store/article-tables.ts";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { isPeriod } from "../../domain/period.ts";
import { parseArticle } from "../../extract/article.ts";
import { type Extraction, MAX_INPUT_CHARS } from "../../extract/index.ts";
import {
  ArticleDateConflictError,
  type ArticleInput,
  listArticles,
  listClaims,
  saveArticle,
} from "../../store/articles.ts";
import type { Store } from "../../store/store.ts";
import { ApiError, ErrorSchema, invalidInput } from "../error.ts";
import { articleChecksRoute } from "./article-checks.ts";
import { ArticleOutSchema, CheckResponseSchema } from "./check-schemas.ts";
import { checkExtraction, type Extractor, extractInline, extractWith, type ModelFor } from "./check-run.ts";

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const ArticleBodySchema = z
  .object({
    text: z
      .string()
      .min(1)
      .openapi({ description: "Article text: plain, HTML, or with a `key: value` header block and `---`" }),
    date: z
      .string()
      .regex(DATE, "expected YYYY-MM-DD")
      .optional()
      .openapi({ description: "Article date, resolves 'last month'", example: "2025-08-20" }),
  })
  .openapi("ArticleInput");

const articleBody = {
  // Not `required`: the generated JSON validator would otherwise refuse text/plain; readArticle checks both forms.
  required: false,
  description: "JSON `{text, date?}`, or the article itself as text/plain (date then from `?date=`)",
  content: {
    "application/json": { schema: ArticleBodySchema },
    "text/plain": { schema: z.string() },
  },
};

/** A write's body: JSON only (src/api/middleware/write-guard.ts), with the bearer token. */
const jsonArticleBody = {
  required: false,
  description: "JSON `{text, date?}`",
  content: { "application/json": { schema: ArticleBodySchema } },
};

const DateQuerySchema = z.object({
  date: z
    .string()
    .optional()
    .openapi({ description: "Article date for text/plain bodies (YYYY-MM-DD)", example: "2025-08-20" }),
});

const errors = {
  400: { description: "Invalid request", content: { "application/json": { schema: ErrorSchema } } },
  413: { description: "Article too large", content: { "application/json": { schema: ErrorSchema } } },
};

const checkRoute = createRoute({
  method: "post",
  path: "/api/check-claims",
  summary: "Check an article's claims against the knowledge base",
  request: { body: articleBody, query: DateQuerySchema },
  responses: {
    200: {
      description:
        "One check per claim and event, and warnings about the whole article (e.g. no year: pass `date`)",
      content: {
        "application/json": {
          schema: CheckResponseSchema,
        },
      },
    },
    ...errors,
  },
});

const SavedSchema = z
  .object({
    id: z.string().openapi({
      description: "SHA-256 of the normalised body (of body and source, for a republished copy)",
    }),
    status: z.enum(["new", "updated", "unchanged"]),
    copyOf: z
      .string()
      .nullable()
      .openapi({ description: "The first article with the same body, for a copy" }),
    claims: z.number().int(),
    events: z.number().int(),
  })
  .openapi("IngestResult");

const postArticle = createRoute({
  method: "post",
  path: "/api/articles",
  summary: "Ingest one article: extract and store its claims and events (idempotent)",
  description: "A write: needs `Authorization: Bearer <token>` and a JSON body (see README, Security).",
  security: [{ bearer: [] }],
  request: { body: jsonArticleBody, query: DateQuerySchema },
  responses: {
    201: { description: "Stored (new)", content: { "application/json": { schema: SavedSchema } } },
    200: {
      description: "Already stored (unchanged) or re-extracted (updated)",
      content: { "application/json": { schema: SavedSchema } },
    },
    ...errors,
    401: { description: "No or wrong token", content: { "application/json": { schema: ErrorSchema } } },
    409: {
      description: "Already stored with another date (its periods would change): repeat with the stored date",
      content: { "application/json": { schema: ErrorSchema } },
    },
    415: { description: "Body not JSON", content: { "application/json": { schema: ErrorSchema } } },
  },
});

const page = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .default(100)
    .openapi({ description: "Page size, 1–10000", example: 100 }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ example: 0 }),
};

const getArticles = createRoute({
  method: "get",
  path: "/api/articles",
  summary: "Ingested articles, newest first",
  request: { query: z.object(page) },
  responses: {
    200: {
      description: "A page of articles",
      content: {
        "application/json": {
          schema: z.object({
            items: z.array(ArticleOutSchema),
            total: z.number().int(),
            limit: z.number().int(),
            offset: z.number().int(),
          }),
        },
      },
    },
    400: errors[400],
  },
});

export const StoredClaimSchema = ClaimRowSchema.meta({ id: "StoredClaim" });

const getClaims = createRoute({
  method: "get",
  path: "/api/claims",
  summary: "Claims extracted from ingested articles",
  request: {
    query: z.object({
      metric: z
        .string()
        .optional()
        .openapi({ description: "Claim metric (news vocabulary)", example: "export volume" }),
      entity: z.string().optional().openapi({ description: "Whose figure (any case)", example: "China" }),
      period: z
        .string()
        .refine(isPeriod, "expected a period such as 2025, 2025-03, 2025-Q1 or 2025-H1")
        .optional()
        .openapi({ description: "Exact normalised period", example: "2025-07" }),
      ...page,
    }),
  },
  responses: {
    200: {
      description: "A page of claims with their article",
      content: {
        "application/json": {
          schema: z.object({
            items: z.array(StoredClaimSchema),
            total: z.number().int(),
            limit: z.number().int(),
            offset: z.number().int(),
          }),
        },
      },
    },
    400: errors[400],
  },
});

/** Reads `{text, date?}` JSON or a text/plain body (date from `?date=`), enforcing the size limit. */
async function readArticle(c: Context): Promise<{ text: string; date: string | undefined }> {
  const type = c.req.header("content-type") ?? "";
  let text: string;
  let date: string | undefined = c.req.query("date") || undefined;
  if (type.includes("application/json")) {
    const parsed = ArticleBodySchema.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) throw invalidInput("invalid_request", parsed.error);
    text = parsed.data.text;
    date = parsed.data.date ?? date;
  } else text = await c.req.text();
  if (text.length > MAX_INPUT_CHARS)
    throw new ApiError(
      413,
      "input_too_large",
      `article of ${text.length} characters exceeds the limit of ${MAX_INPUT_CHARS}`,
    );
  if (!text.trim())
    throw new ApiError(400, "invalid_request", "empty article text", [
      { code: "invalid_value", path: "text", message: "empty" },
    ]);
  if (date !== undefined && !DATE.test(date))
    throw new ApiError(400, "invalid_request", `invalid date "${date}": expected YYYY-MM-DD`, [
      { code: "invalid_value", path: "date", message: "expected YYYY-MM-DD" },
    ]);
  return { text, date };
}

export function claimsRoutes(
  app: OpenAPIHono,
  store: Store,
  modelFor?: ModelFor,
  extractor: Extractor = extractInline,
) {
  app.openapi(checkRoute, async (c) => {
    const { text, date } = await readArticle(c);
    const extraction = await extractWith(extractor, text, date);
    return c.json(await checkExtraction(store, extraction, modelFor), 200);
  });

  app.openapi(postArticle, async (c) => {
    const { text, date } = await readArticle(c);
    const extraction = await extractWith(extractor, text, date);
    let saved: Awaited<ReturnType<typeof ingestArticle>>;
    try {
      saved = await ingestArticle(store, text, extraction);
    } catch (e) {
      if (e instanceof ArticleDateConflictError) throw new ApiError(409, e.code, e.message);
      throw e;
    }
    return saved.status === "new" ? c.json(saved, 201) : c.json(saved, 200);
  });

  app.openapi(getArticles, async (c) => {
    const q = c.req.valid("query");
    return c.json({ ...(await listArticles(store.sql, q)), limit: q.limit, offset: q.offset }, 200);
  });

  app.openapi(getClaims, async (c) => {
    const q = c.req.valid("query");
    return c.json({ ...(await listClaims(store.sql, q)), limit: q.limit, offset: q.offset }, 200);
  });

  articleChecksRoute(app, store, modelFor, extractor);
}

/** What the store keeps of an article read from `text`: its body, its text, the date it was read with, the extraction. */
export function articleInput(text: string, extraction: Extraction): ArticleInput {
  const m = extraction.meta;
  return {
    body: parseArticle(text).body,
    text,
    docDate: m.docDate ?? null,
    meta: {
      title: m.title,
      source: m.source,
      publisher: m.publisher,
      date: m.date ?? m.docDate,
      language: m.language,
    },
    claims: extraction.claims,
    events: extraction.events,
  };
}

/**
 * Stores an article with its extracted claims and events, in one transaction; the same article again changes nothing,
 * the same body from another source is stored as a linked copy, another date is refused (ArticleDateConflictError).
 */
export function ingestArticle(store: Store, text: string, extraction: Extraction) {
  return saveArticle(store.sql, articleInput(text, extraction));
}
