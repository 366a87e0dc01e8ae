/** @module Article storage conformance suite: runs on PGlite always and on PostgreSQL when a URL is given. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ArticleInput,
  articleId,
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
      expect(first).toEqual({ id: articleId(BODY), status: "new", claims: 2, events: 1 });
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
  });
}
