/** @module Article storage conformance suite: runs on PGlite always and on PostgreSQL when a URL is given. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ArticleDateConflictError,
  type ArticleInput,
  articleId,
  replaceExtraction,
  type ClaimInput,
  listArticles,
  listClaims,
  saveArticle,
} from "./articles.ts";
import type { Store } from "./store.ts";

const BODY = "Test article body. Exports to Germany were 900 tonnes in July 2025.\n";

const claim = (id: string, over: Partial<ClaimInput> = {}): ClaimInput => ({
  id,
  metric: "export volume",
  metric_family: "trade",
  entity: "China",
  counterparty: "Germany",
  material: "rare earth magnets",
  period: "2025-07",
  value: 900,
  unit: "t",
  currency: null,
  is_forecast: false,
  quote: "Exports to Germany were 900 tonnes",
  quote_start: 19,
  quote_end: 53,
  change: { kind: null, value: null },
  ...over,
});

/** A small article written for these tests (not from any news source). */
export function fixtureArticle(over: Partial<ArticleInput> = {}): ArticleInput {
  return {
    body: BODY,
    meta: {
      title: "Test title",
      source: "https://example.org/a",
      publisher: "Example",
      date: "2025-08-20",
      language: "en",
    },
    claims: [
      claim("c01"),
      claim("c02", {
        metric: "price",
        metric_family: "price",
        entity: "NdPr oxide",
        value: 600000,
        unit: "CNY/t",
        counterparty: null,
        period: "2025-08",
      }),
    ],
    events: [
      { id: "e01", type: "export_control", date: "2025-04-04", actor: "China", materials: ["dysprosium"] },
    ],
    ...over,
  };
}

export function runArticleConformance(name: string, open: () => Promise<Store>) {
  describe(`${name} article storage`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(() => store?.close());

    it("saveArticle() stores an article, its claims and events, then reports unchanged on a repeat", async () => {
      const first = await saveArticle(store.sql, fixtureArticle());
      expect(first).toEqual({ id: articleId(BODY), status: "new", copyOf: null, claims: 2, events: 1 });
      const again = await saveArticle(store.sql, fixtureArticle());
      expect(again.status).toBe("unchanged");
      const { items, total } = await listArticles(store.sql);
      expect(total).toBe(1);
      expect(items[0]).toMatchObject({
        title: "Test title",
        claimCount: 2,
        eventCount: 1,
        bodyLength: BODY.length,
      });
      const events = await store.sql.query<{ type: string }>("SELECT type FROM article_event");
      expect(events.map((e) => e.type)).toEqual(["export_control"]);
    });

    it("saveArticle() treats line-ending and trailing-space variants as the same article", async () => {
      const r = await saveArticle(store.sql, fixtureArticle({ body: `${BODY.replace(/\n/g, "\r\n")}   \n` }));
      expect(r.status).toBe("unchanged");
    });

    it("saveArticle() replaces the claims when the extraction of a known body changes", async () => {
      const r = await saveArticle(store.sql, fixtureArticle({ claims: [claim("c01", { value: 901 })] }));
      expect(r.status).toBe("updated");
      const { items } = await listClaims(store.sql, { articleId: r.id });
      expect(items.map((c) => [c.claimId, c.value])).toEqual([["c01", 901]]);
      await saveArticle(store.sql, fixtureArticle());
    });

    it("saveArticle() leaves nothing behind when a row is rejected", async () => {
      const bad = fixtureArticle({ body: "Another body.", claims: [claim("c01"), claim("c01")] });
      await expect(saveArticle(store.sql, bad)).rejects.toThrow();
      expect((await listArticles(store.sql)).total).toBe(1);
    });

    it("listClaims() filters by metric, entity (any case) and period, and keeps the full claim", async () => {
      const all = await listClaims(store.sql);
      expect(all.total).toBe(2);
      const some = await listClaims(store.sql, {
        metric: "export volume",
        entity: "china",
        period: "2025-07",
      });
      expect(some.items).toHaveLength(1);
      expect(some.items[0]).toMatchObject({
        value: 900,
        counterparty: "Germany",
        quoteStart: 19,
        data: { change: { kind: null } },
        article: { publisher: "Example" },
      });
      expect((await listClaims(store.sql, { period: "2024-07" })).total).toBe(0);
    });

    it("saveArticle() keeps the text and the date it was read with", async () => {
      const text = `title: Kept\n---\n${BODY}`;
      const r = await saveArticle(
        store.sql,
        fixtureArticle({ body: `Kept. ${BODY}`, text, docDate: "2025-08-20" }),
      );
      const rows = await store.sql.query<{ source_text: string; doc_date: string }>(
        "SELECT source_text, doc_date FROM article WHERE id = $1",
        [r.id],
      );
      expect(rows).toEqual([{ source_text: text, doc_date: "2025-08-20" }]);
    });

    it("saveArticle() links a republished copy (same body, another source) instead of overwriting the first", async () => {
      const body = `Republished. ${BODY}`;
      const meta = fixtureArticle().meta;
      const first = await saveArticle(store.sql, fixtureArticle({ body }));
      const copy = await saveArticle(
        store.sql,
        fixtureArticle({
          body,
          meta: { ...meta, title: "Copy", source: "https://example.net/b", date: "2025-09-01" },
        }),
      );
      expect(copy.status).toBe("new");
      expect(copy.id).not.toBe(first.id);
      expect(copy.copyOf).toBe(first.id);
      const { items } = await listArticles(store.sql, { limit: 1000 });
      const byId = new Map(items.map((a) => [a.id, a]));
      expect(byId.get(first.id)).toMatchObject({
        title: "Test title",
        sourceUrl: "https://example.org/a",
        copyOf: null,
      });
      expect(byId.get(copy.id)).toMatchObject({
        title: "Copy",
        sourceUrl: "https://example.net/b",
        copyOf: first.id,
      });
      // The same URL written differently is the same article; a third source links to the first, not to the copy.
      const again = await saveArticle(
        store.sql,
        fixtureArticle({
          body,
          meta: { ...meta, title: "Copy", source: "https://EXAMPLE.net/b/", date: "2025-09-01" },
        }),
      );
      expect(again).toMatchObject({ id: copy.id, copyOf: first.id });
      const third = await saveArticle(
        store.sql,
        fixtureArticle({ body, meta: { ...meta, source: "https://example.com/c" } }),
      );
      expect(third.copyOf).toBe(first.id);
      expect((await listClaims(store.sql, { articleId: copy.id })).total).toBe(2);
    });

    it("saveArticle() refuses to read an article again with another date, changing nothing", async () => {
      const body = `Dated. ${BODY}`;
      const first = await saveArticle(store.sql, fixtureArticle({ body, docDate: "2025-08-20" }));
      const other = fixtureArticle({
        body,
        docDate: "2026-01-05",
        claims: [claim("c01", { period: "2025-12" })],
      });
      const err = await saveArticle(store.sql, other).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ArticleDateConflictError);
      expect((err as Error).message).toContain("--date 2025-08-20");
      await expect(saveArticle(store.sql, fixtureArticle({ body }))).rejects.toThrow(/no --date/);
      const { items } = await listClaims(store.sql, { articleId: first.id });
      expect(items.map((c) => c.period).sort()).toEqual(["2025-07", "2025-08"]);
    });

    it("replaceExtraction() rewrites one article's claims in place, with a new date when asked", async () => {
      const body = `Re-read. ${BODY}`;
      const first = await saveArticle(store.sql, fixtureArticle({ body, docDate: "2025-08-20" }));
      const same = await replaceExtraction(
        store.sql,
        first.id,
        fixtureArticle({ body, docDate: "2025-08-20" }),
      );
      expect(same.status).toBe("unchanged");
      const next = fixtureArticle({
        body,
        docDate: "2026-01-05",
        claims: [claim("c09", { period: "2025-12" })],
      });
      expect((await replaceExtraction(store.sql, first.id, next)).status).toBe("updated");
      const { items } = await listClaims(store.sql, { articleId: first.id });
      expect(items.map((c) => [c.claimId, c.period])).toEqual([["c09", "2025-12"]]);
      expect((await saveArticle(store.sql, next)).status).toBe("unchanged");
    });
  });
}
