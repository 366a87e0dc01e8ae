/**
 * @module GET /api/articles/{id}/checks: an ingested article's claims checked by the same function as POST
 * /api/check-claims. The stored text is read again with the date it was ingested with, so the article pasted with
 * that date gets the same verdicts; an article stored without its text has its stored claims checked, and says so.
 */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { ClaimSchema, EventSchema, type Extraction } from "../../extract/index.ts";
import { articleTable } from "../../store/article-tables.ts";
import type { Store } from "../../store/store.ts";
import { ApiError, ErrorSchema } from "../error.ts";
import { checkExtraction, type Extractor, extractWith, type ModelFor } from "./check-run.ts";
import { ArticleOutSchema, CheckResponseSchema } from "./check-schemas.ts";

const ID = /^[0-9a-f]{64}$/;

/** The answer: the article, what was checked (its text, or only its stored claims), the checks and warnings. */
export const ArticleChecksSchema = z
  .object({
    article: ArticleOutSchema,
    basis: z.enum(["text", "stored_claims"]).openapi({
      description:
        "`text`: the stored text read again with the article's date (as POST /api/check-claims would); `stored_claims`: no text stored, the stored claims checked",
    }),
  })
  .extend(CheckResponseSchema.shape)
  .openapi("ArticleChecks");

const route = createRoute({
  method: "get",
  path: "/api/articles/{id}/checks",
  summary:
    "Check an ingested article's claims against the knowledge base (same checks as POST /api/check-claims)",
  request: {
    params: z.object({
      id: z.string().openapi({ description: "The article's id (64 hex digits, from GET /api/articles)" }),
    }),
  },
  responses: {
    200: {
      description: "One check per claim and event, and warnings about the whole article",
      content: { "application/json": { schema: ArticleChecksSchema } },
    },
    400: { description: "Malformed id", content: { "application/json": { schema: ErrorSchema } } },
    404: { description: "No such article", content: { "application/json": { schema: ErrorSchema } } },
    409: {
      description: "Stored without its text, and its stored claims are in a format this version cannot read",
      content: { "application/json": { schema: ErrorSchema } },
    },
  },
});

type Warning = { code: string; message: string };
type Row = Record<string, unknown> & { source_text: string | null };

/** The stored extraction of article `row` (claims and events as extracted, meta from the article's columns). */
async function storedExtraction(store: Store, row: Row): Promise<Extraction> {
  const article = articleTable.parse(row);
  const [claims, events] = await Promise.all([
    store.sql.query<{ data: unknown }>(
      "SELECT data FROM claim WHERE article_id = $1 ORDER BY quote_start, claim_id",
      [article.id],
    ),
    store.sql.query<{ data: unknown }>(
      "SELECT data FROM article_event WHERE article_id = $1 ORDER BY event_id",
      [article.id],
    ),
  ]);
  const parsed = z
    .object({ claims: z.array(ClaimSchema), events: z.array(EventSchema) })
    .safeParse({ claims: claims.map((r) => r.data), events: events.map((r) => r.data) });
  if (!parsed.success)
    throw new ApiError(
      409,
      "stored_claims_unreadable",
      `article ${article.id.slice(0, 12)} was stored without its text, and its stored claims are in an older format (${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}); ingest the article again`,
    );
  return {
    meta: {
      title: article.title,
      source: article.sourceUrl,
      publisher: article.publisher,
      date: article.published,
      docDate: article.docDate,
      language: article.language,
      format: "text",
      bodyLength: article.bodyLength,
    },
    ...parsed.data,
  };
}

/** A claim's identity for telling a fresh reading from the stored one. */
const claimKey = (c: { metric: unknown; value: unknown; period: unknown; quote_start: unknown }) =>
  JSON.stringify([c.metric, c.value, c.period, c.quote_start]);

/** A warning when the text read now gives other claims than those stored (an earlier extractor's reading). */
async function staleWarning(store: Store, id: string, fresh: Extraction): Promise<Warning[]> {
  const stored = await store.sql.query<{ data: Parameters<typeof claimKey>[0] }>(
    "SELECT data FROM claim WHERE article_id = $1",
    [id],
  );
  const a = stored.map((r) => claimKey(r.data)).sort();
  const b = fresh.claims.map(claimKey).sort();
  if (a.length === b.length && a.every((k, i) => k === b[i])) return [];
  const claims = (n: number) => `${n} claim${n === 1 ? "" : "s"}`;
  return [
    {
      code: "stored_claims_differ",
      message: `the text read now gives ${claims(b.length)}, the stored extraction ${claims(a.length)} (read by an earlier version): these checks are of the text as read now; "lodestone reextract --id ${id.slice(0, 12)}" updates the stored claims`,
    },
  ];
}

export function articleChecksRoute(
  app: OpenAPIHono,
  store: Store,
  modelFor: ModelFor | undefined,
  extractor: Extractor,
) {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid("param");
    if (!ID.test(id))
      throw new ApiError(
        400,
        "invalid_request",
        `invalid article id "${id.slice(0, 80)}": expected 64 hex digits`,
        [{ code: "invalid_value", path: "id", message: "expected 64 hex digits" }],
      );
    const [row] = await store.sql.query<Row>(
      `SELECT ${articleTable.select("a")}, a.source_text FROM article a WHERE a.id = $1`,
      [id],
    );
    if (!row) throw new ApiError(404, "not_found", `no ingested article with id ${id.slice(0, 12)}…`);
    const article = articleTable.parse(row);
    if (row.source_text === null) {
      const report = await checkExtraction(store, await storedExtraction(store, row), modelFor);
      const note = {
        code: "text_not_stored",
        message:
          "the article's text is not stored (ingested before texts were kept): its stored claims were checked, without the warnings a fresh reading of the text would add",
      };
      return c.json(
        { article, basis: "stored_claims" as const, ...report, warnings: [note, ...report.warnings] },
        200,
      );
    }
    const extraction = await extractWith(extractor, row.source_text, article.docDate ?? undefined);
    const report = await checkExtraction(store, extraction, modelFor);
    const stale = await staleWarning(store, id, extraction);
    return c.json(
      { article, basis: "text" as const, ...report, warnings: [...report.warnings, ...stale] },
      200,
    );
  });
}
