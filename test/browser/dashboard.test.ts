/** @module Dashboard in a real browser: what a user sees on each page, checked against the API. */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { suiteNeeding } from "../support/needs.ts";
import { HAVE_CHROMIUM, MISSING_CHROMIUM } from "./chromium.ts";
import { type Harness, startHarness } from "./harness.ts";
type FigureJson = {
  period: string;
  periodStart: string;
  counterparty: string;
  value: number | null;
  source: { publisher: string };
};

suiteNeeding({ name: "dashboard (browser)", present: HAVE_CHROMIUM, missing: MISSING_CHROMIUM }, () => {
  describe("dashboard (browser)", () => {
    let t: Harness;
    let page: Harness["page"];
    const api = <T>(path: string) => t.api<T>(path);
    const open = (hash: string, ready: string) => t.open(hash, ready);
    const shot = (name: string) => t.shot(name);

    beforeAll(async () => {
      t = await startHarness();
      page = t.page;
    });

    afterAll(async () => {
      await t?.close();
    });

    it("the overview renders a chart and headline numbers that match the API", async () => {
      await open("#/", "overview");
      await page.waitForSelector('[data-testid="exports-chart"] svg');
      const health = await api<{ dataset: { figures: number; sources: number } }>("/api/health");
      expect(await page.getAttribute('[data-testid="card-figures"]', "data-value")).toBe(
        String(health.dataset.figures),
      );
      expect(await page.getAttribute('[data-testid="sources-count"]', "data-value")).toBe(
        String(health.dataset.sources),
      );
      const destination = await page.inputValue("#destination");
      // The card shows the latest month of the same series the API answers (one preferred value per month).
      const series = await api<{ items: { period: string; value: number | null }[] }>(
        `/api/series?metric=export_volume&entity=China&counterparty=${encodeURIComponent(destination)}&material=rare%20earth%20magnets&per=month`,
      );
      const latest = series.items.filter((i) => i.value !== null).at(-1)!;
      expect(await page.getAttribute('[data-testid="card-exports"]', "data-value")).toBe(
        String(latest.value),
      );
      // China's share of world mine production is the series' share (the same answer as the CLI), one decimal.
      if (t.server.data === "data/") {
        const year = (await page.textContent('[data-testid="card-production"] .card-title'))!.slice(-4);
        const share = await api<{ items: { value: number | null }[] }>(
          `/api/series?metric=mine_production&entity=China&shareOf=World&from=${year}&to=${year}&per=year`,
        );
        expect(await page.getAttribute('[data-testid="china-share"]', "data-value")).toBe(
          share.items[0]!.value!.toFixed(1),
        );
      }
      // The price card is the latest point of the China series in USD/kg without VAT, as /api/prices gives it.
      const prices = await api<{
        series: {
          market: string;
          points: { period: string; usdPerKg: number; source: { publisher: string } }[];
        }[];
        skipped: { period: string }[];
      }>("/api/prices?material=NdPr%20oxide");
      const china = prices.series.find((s) => s.market === "china")?.points.at(-1);
      if (china) {
        expect(await page.getAttribute('[data-testid="card-price"]', "data-value")).toBe(
          String(china.usdPerKg),
        );
        expect(await page.textContent('[data-testid="card-price"] .card-title')).toContain(china.period);
        expect(await page.textContent('[data-testid="card-price"] .card-value')).toContain("USD/kg ex VAT");
        expect(await page.textContent('[data-testid="card-price"] .card-src')).toContain(
          china.source.publisher,
        );
        const newer = prices.skipped.filter((s) => s.period > china.period).length;
        expect(
          Number((await page.getAttribute('[data-testid="price-newer-skipped"]', "data-value")) ?? 0),
        ).toBe(newer);
      }
      const exports = await api<{ items: FigureJson[] }>(
        "/api/figures?metric=export_volume&entity=China&per=month&limit=10000",
      );
      const rows = exports.items.filter((f) => f.counterparty === destination && f.value !== null);
      expect(await page.textContent('[data-testid="card-exports"] .card-src')).toMatch(/\S/);
      // Hovering the chart shows a tooltip with the value's source.
      const b = (await (await page.$('[data-testid="exports-chart"]'))!.boundingBox())!;
      await page.mouse.move(b.x + b.width * 0.6, b.y + b.height * 0.6);
      const tip = await page.waitForSelector('[data-testid="exports-chart"] div:has-text("Source:")', {
        timeout: 5_000,
      });
      const tipText = (await tip.textContent()) ?? "";
      expect(rows.some((f) => tipText.includes(f.source.publisher))).toBe(true);
      await shot("overview");
    });

    it("the figures explorer filters by counterparty and date, with a source on every row", async () => {
      await open("#/figures", "figures");
      await page.fill("#f-counterparty", "Germany");
      await page.fill("#f-from", "2025-01");
      await page.click('#figure-filters button[type="submit"]');
      await page.waitForFunction(() => location.hash.includes("counterparty=Germany"));
      await page.waitForSelector('main[data-ready="figures"] table.data tbody tr');
      const expected = await api<{ items: FigureJson[]; total: number }>(
        "/api/figures?counterparty=Germany&from=2025-01&limit=50",
      );
      const rows = await page.$$eval("table.data tbody tr", (trs) =>
        trs.map((tr) => ({
          period: tr.querySelector('[data-col="period"]')?.textContent ?? "",
          counterparty: tr.querySelector('[data-col="counterparty"]')?.textContent ?? "",
          source: tr.querySelector(".source-cell")?.textContent ?? "",
          link: tr.querySelector(".source-cell a")?.getAttribute("href") ?? "",
        })),
      );
      expect(rows.length).toBe(expected.items.length);
      expect(rows.length).toBeGreaterThan(0);
      for (const [i, r] of rows.entries()) {
        expect(r.counterparty).toBe("Germany");
        expect(r.period).toBe(expected.items[i]!.period);
        expect(expected.items[i]!.periodStart >= "2025-01-01").toBe(true);
        expect(r.source).toContain(expected.items[i]!.source.publisher);
        expect(r.link).toMatch(/^https?:\/\//);
      }
      expect(await page.textContent('[data-testid="result-count"]')).toContain(String(expected.total));
      await shot("figures");
    });

    it("the CSV download link carries the query and downloads those figures with their sources", async () => {
      const href = await page.getAttribute("#csv-download", "href");
      expect(href).toContain("counterparty=Germany");
      expect(href).toContain("from=2025-01");
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("#csv-download")]);
      const text = readFileSync((await download.path())!, "utf8");
      const lines = text.trim().split(/\r?\n/);
      expect(lines[0]).toContain("source_publisher");
      const total = (await api<{ total: number }>("/api/figures?counterparty=Germany&from=2025-01")).total;
      expect(lines.length - 1).toBe(total);
    });

    it("the figures explorer draws a chart when the result is a time series", async () => {
      await open("#/figures?metric=export_volume&entity=China&counterparty=Germany&per=month", "figures");
      await page.waitForSelector('[data-testid="explorer-chart"] svg');
      await shot("figures-series");
    });

    it("an unknown filter shows the API's error message", async () => {
      const expected = await api<{ error: { message: string } }>("/api/figures?counterparty=Germny&limit=50");
      await open("#/figures?counterparty=Germny", "figures");
      const message = await page.textContent('[data-testid="figure-results"] .error-message');
      expect(message).toBe(expected.error.message);
      expect(message).toContain("Germny");
      await shot("figures-error");
    });

    it.each([
      ["production", "#/production"],
      ["prices", "#/prices"],
      ["sources", "#/sources"],
      ["policy", "#/policy"],
    ])("the %s page renders without errors", async (name, hash) => {
      await open(hash, name);
      expect(await page.$$eval(".state.error", (els) => els.map((e) => e.textContent))).toEqual([]);
      const charts = await page.$$(".chart");
      for (const c of charts) expect((await c.$("svg")) ?? (await c.$(".state.empty"))).not.toBeNull();
      await page.waitForTimeout(300);
      await shot(name);
    });

    it("the scenarios page runs the engine in the browser and draws demand, balance, shares and Monte Carlo fans", async () => {
      await open("#/scenarios?draws=40&seed=7", "scenarios");
      for (const id of [
        "demand-chart",
        "balance-chart",
        "stage-chart",
        "hhi-chart",
        "fan-total",
        "fan-balance",
      ])
        await page.waitForSelector(`[data-testid="${id}"] svg`);
      expect(await page.getAttribute('[data-testid="scenario-results"]', "data-seed")).toBe("7");
      expect(await page.$$eval(".state.error", (els) => els.map((e) => e.textContent))).toEqual([]);
      await page.waitForTimeout(300);
      await shot("scenarios");
    });

    it("no page threw an uncaught error", () => {
      expect(t.pageErrors).toEqual([]);
    });
  });
});
