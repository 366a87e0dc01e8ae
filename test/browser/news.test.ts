/**
 * @module Issue 12 in a real browser: an ingested article's claims checked on the News page, with the verdicts the
 * API gives for it (GET /api/articles/{id}/checks, the same checks as a pasted article), usable at 390 px.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestArticle } from "../../src/api/routes/claims.ts";
import { extractArticle } from "../../src/extract/index.ts";
import { suiteNeeding } from "../support/needs.ts";
import { HAVE_CHROMIUM, MISSING_CHROMIUM } from "./chromium.ts";
import { type Harness, startHarness } from "./harness.ts";

// Written for this test; "last month" needs the article's date to become July 2025.
const TEXT = `title: Browser test note
publisher: Test Wire
---
China shipped 5,100 tonnes of rare-earth magnets abroad last month, by a desk count. Mines in China gave 250,000 tonnes of rare-earth ore in 2024, the note added.
`;
const DATE = "2025-08-20";

type Checks = { basis: string; checks: { verdict: string; claim: { quote: string } }[] };

suiteNeeding(
  { name: "news: ingested article checks (browser)", present: HAVE_CHROMIUM, missing: MISSING_CHROMIUM },
  () => {
    describe("news: ingested article checks (browser)", () => {
      let t: Harness;
      let id: string;
      beforeAll(async () => {
        t = await startHarness();
        ({ id } = await ingestArticle(t.server.store, TEXT, extractArticle(TEXT, { docDate: DATE })));
      });
      afterAll(async () => {
        await t?.close();
      });

      it("an ingested article's claims show the API's verdicts, at 390 px too", async () => {
        const api = await t.api<Checks>(`/api/articles/${id}/checks`);
        expect(api.basis).toBe("text");
        expect(api.checks.length).toBeGreaterThan(0);
        await t.page.setViewportSize({ width: 390, height: 900 });
        await t.open("#/news", "news");
        await t.page.click(`[data-check-article="${id}"]`);
        const panel = `[data-testid="article-checks"] [data-article-id="${id}"]`;
        await t.page.waitForSelector(panel);
        expect(Number(await t.page.getAttribute(panel, "data-checks"))).toBe(api.checks.length);
        const shown = await t.page.$$eval(`${panel} .check`, (li) =>
          li.map((l) => [l.getAttribute("data-verdict"), l.querySelector("blockquote")?.textContent]),
        );
        expect(shown).toEqual(api.checks.map((c) => [c.verdict, c.claim.quote]));
        // The permalink of what was opened, and nothing wider than the phone.
        expect(decodeURIComponent(await t.page.evaluate(() => location.hash))).toContain(`article=${id}`);
        expect(await t.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(392);
        await t.shot("news-ingested-390");
        expect(t.pageErrors).toEqual([]);
        expect(t.consoleErrors).toEqual([]);
      });
    });
  },
);
