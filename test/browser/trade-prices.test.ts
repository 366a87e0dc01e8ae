/**
 * @module Issue 12 in a real browser, prices and trade: the Prices page draws the converted USD/kg series the API gives
 * (at 1440 and 390 px, without console errors); the Trade page's year to date is the API's for every month, quarters
 * get q/q; bad address values give the API's message on the page.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PricesResult } from "../../src/domain/price-types.ts";
import type { SeriesResult } from "../../src/domain/series.ts";
import { suiteNeeding } from "../support/needs.ts";
import { HAVE_CHROMIUM, MISSING_CHROMIUM } from "./chromium.ts";
import { type Harness, startHarness } from "./harness.ts";

suiteNeeding(
  { name: "prices and trade (browser)", present: HAVE_CHROMIUM, missing: MISSING_CHROMIUM },
  () => {
    describe("prices and trade (browser)", () => {
      let t: Harness;
      beforeAll(async () => {
        t = await startHarness();
      });
      afterAll(async () => {
        await t?.close();
      });
      const errorText = () => t.page.textContent(".state.error .error-message");
      const cells = (col: string) =>
        t.page.$$eval(`[data-testid=trade-changes] tbody tr td[data-col="${col}"]`, (tds) =>
          tds.map((td) => {
            const v = td.getAttribute("data-value") ?? "";
            return [
              td.closest("tr")?.getAttribute("data-period") ?? "",
              v === "" ? null : Number(v),
            ] as const;
          }),
        );

      for (const width of [1440, 390])
        it(`the Prices page draws NdPr oxide in USD/kg without VAT as the API gives it, at ${width} px`, async () => {
          await t.page.setViewportSize({ width, height: 900 });
          const before = t.consoleErrors.length;
          await t.open("#/prices?material=NdPr%20oxide", "prices");
          await t.chartsDrawn();
          expect(t.consoleErrors.slice(before)).toEqual([]);
          expect(await t.page.$$eval(".state.error", (els) => els.length)).toBe(0);
          const api = await t.api<PricesResult>("/api/prices?material=NdPr%20oxide");
          const points = api.series.flatMap((s) => s.points);
          // The legend names both markets; the table's rows are the API's latest points, in USD/kg.
          const texts = await t.page.$$eval("[data-testid=price-usd-chart] svg text", (ts) =>
            ts.map((x) => x.textContent),
          );
          expect(texts).toContain("China domestic, ex VAT");
          expect(texts).toContain("Outside China");
          const shown = await t.page.$$eval("[data-testid=price-points-table] tbody tr", (trs) =>
            trs.map((tr) => Number(tr.getAttribute("data-usd"))),
          );
          const latest = [...points].sort((a, b) => b.date.localeCompare(a.date)).slice(0, shown.length);
          expect(shown).toEqual(latest.map((p) => p.usdPerKg));
          // The rate's publisher is among the sources beneath the chart when a point was converted.
          const foot = await t.page.textContent("[data-testid=price-usd-chart] + .chart-foot .chart-sources");
          const fx = points.find((p) => p.fx)?.fx;
          if (fx) expect(foot).toContain(fx.source.publisher);
          const premium = await t.page.$$eval("[data-testid=price-premium] tr[data-premium]", (trs) =>
            trs.map((tr) => Number(tr.getAttribute("data-premium"))),
          );
          expect(premium).toEqual(api.premium.map((p) => p.premiumPct));
          if (width === 390) {
            const wide = await t.page.evaluate(() => document.documentElement.scrollWidth);
            expect(wide).toBeLessThanOrEqual(392);
          }
        });

      it("bad Prices addresses show the API's message, never a blank page", async () => {
        await t.page.setViewportSize({ width: 1440, height: 900 });
        await t.open("#/prices?market=inland", "prices");
        expect(await errorText()).toMatch(/market: expected china \(China domestic\) or outside/);
        await t.open("#/prices?material=NdPr%20oxyde", "prices");
        expect(await errorText()).toMatch(/unknown material "NdPr oxyde"; closest known: "NdPr oxide"/);
        await t.open("#/prices?to=2025-13", "prices");
        expect(await errorText()).toMatch(/to: expected a last period/);
      });

      it("the Trade page's year to date is the API's (range-total rule) for every month", async () => {
        await t.open("#/trade?dest=World&per=month&from=2024-01&to=2025-12", "trade");
        await t.chartsDrawn();
        const shown = await cells("ytd");
        const api = await t.api<SeriesResult>(
          "/api/series?metric=export_volume&entity=China&counterparty=World&material=rare%20earth%20magnets&per=month&from=2024-01&to=2025-12&ytd=true",
        );
        expect(shown.map(([p]) => p)).toEqual(api.items.map((i) => i.period));
        expect(shown.map(([, v]) => v)).toEqual(
          api.ytd!.map((y) => (y && y.qualifier === null ? y.value : null)),
        );
        expect(shown.filter(([, v]) => v !== null).length).toBeGreaterThan(6);
      });

      it("a quarterly Trade view gives q/q from the quarters shown and the API's year to date", async () => {
        await t.open("#/trade?dest=World&per=quarter", "trade");
        await t.chartsDrawn();
        expect(await t.page.textContent("[data-testid=trade-changes] thead")).toContain("q/q %");
        const values = await cells("value");
        const qoq = await cells("mom");
        let checked = 0;
        for (const [k, [, v]] of values.entries()) {
          const prev = values[k - 1]?.[1];
          const change = qoq[k]![1];
          if (v !== null && prev != null && change !== null) {
            expect(change).toBeCloseTo((v / prev - 1) * 100, 6);
            checked++;
          }
        }
        expect(checked).toBeGreaterThan(1);
      });

      it("the monthly brief from the Trade page gives the month's prices in USD/kg without VAT as the API does", async () => {
        await t.open("#/trade?dest=World&per=month&from=2024-07&to=2024-12", "trade");
        await t.chartsDrawn();
        const [dl] = await Promise.all([t.page.waitForEvent("download"), t.page.click("#brief-report")]);
        const month = /lodestone-brief-(\d{4}-\d{2})\.html/.exec(dl.suggestedFilename())![1]!;
        const html = readFileSync((await dl.path())!, "utf8");
        // The rows of the brief's prices table: date and the USD/kg cell (a value or low–high).
        const rows = await t.page.evaluate((doc) => {
          const d = new DOMParser().parseFromString(doc, "text/html");
          const section = [...d.querySelectorAll("section")].find((s) =>
            s.querySelector("h2")?.textContent?.startsWith("Prices dated in"),
          );
          return [...(section?.querySelectorAll("tbody tr") ?? [])].map((tr) =>
            [...tr.querySelectorAll("td")].map((td) => td.textContent ?? ""),
          );
        }, html);
        const api = await t.api<PricesResult>(`/api/prices?from=${month}&to=${month}`);
        const points = api.series
          .flatMap((s) => s.points)
          .filter((p) => p.period === month || p.period.startsWith(`${month}-`));
        expect(points.length).toBeGreaterThan(0);
        expect(rows.length).toBe(points.length);
        for (const p of points) {
          const row = rows.find((r) => r[0] === p.material && r[1] === p.period);
          expect(row, `${p.material} ${p.period}`).toBeDefined();
          const [low, high = low] = row![3]!.split("–").map((x) => Number(x.replace(/,/g, "")));
          expect(low).toBeCloseTo(p.lowUsdPerKg, 2);
          expect(high).toBeCloseTo(p.highUsdPerKg, 2);
          if (p.fx) expect(row![5]).toContain(String(p.fx.rate));
        }
      });

      it("a bad Trade address shows the API's message", async () => {
        await t.open("#/trade?dest=World&per=weekly", "trade");
        expect(await errorText()).toMatch(/per: expected month, quarter or year/);
        await t.open("#/trade?dest=Germny", "trade");
        expect(await errorText()).toMatch(/Germany/);
      });
    });
  },
);
