/**
 * @module Issue 12 in a real browser: every page at 1440 and 390 px without console errors or a page wider than the
 * phone; levers rerun a chart; two scenarios compare; a pasted article shows its claims; workbooks read back with
 * their sources sheet; charts carry sources, downloads and a permalink; bad input gives a readable message.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readXlsx } from "../xlsx-read.ts";
import { suiteNeeding } from "../support/needs.ts";
import { HAVE_CHROMIUM, MISSING_CHROMIUM } from "./chromium.ts";
import { type Harness, startHarness } from "./harness.ts";

const PAGES: [string, string][] = [
  ["overview", "#/"],
  ["trade", "#/trade"],
  ["supply-chain", "#/supply-chain"],
  ["production", "#/production"],
  ["prices", "#/prices"],
  ["projects", "#/projects"],
  ["companies", "#/companies"],
  ["outlooks", "#/outlooks"],
  ["figures", "#/figures?metric=export_volume&entity=China"],
  ["sources", "#/sources"],
  ["policy", "#/policy"],
  ["news", "#/news"],
  ["scenarios", "#/scenarios?draws=0"],
];

suiteNeeding({ name: "dashboard views (browser)", present: HAVE_CHROMIUM, missing: MISSING_CHROMIUM }, () => {
  describe("dashboard views (browser)", () => {
    let t: Harness;
    beforeAll(async () => {
      t = await startHarness();
    });
    afterAll(async () => {
      await t?.close();
    });
    const ready = (name: string) => (name === "overview" ? "overview" : name);
    const chartsFramed = () =>
      t.page.$$eval(".chart[data-rendered]", (els) =>
        els.map((e) =>
          (e.nextElementSibling?.querySelector(".chart-sources")?.textContent ?? "").startsWith("Sources: "),
        ),
      );

    for (const width of [1440, 390]) {
      it.each(PAGES)(`the %s page loads at ${width} px without console errors`, async (name, hash) => {
        await t.page.setViewportSize({ width, height: 900 });
        const before = t.consoleErrors.length;
        await t.open(hash, ready(name));
        await t.chartsDrawn();
        expect(await t.page.$$eval(".state.error", (els) => els.map((e) => e.textContent))).toEqual([]);
        expect(t.consoleErrors.slice(before)).toEqual([]);
        // Every drawn chart has its sources printed beneath it.
        expect((await chartsFramed()).every(Boolean)).toBe(true);
        if (width === 390) {
          const wide = await t.page.evaluate(() => document.documentElement.scrollWidth);
          expect(wide, `${name} is ${wide} px wide at 390`).toBeLessThanOrEqual(392);
          // Every page is reachable from the navigation on a phone.
          const offscreen = await t.page.$$eval("#nav a", (as) =>
            as
              .filter((a) => a.getBoundingClientRect().right > window.innerWidth + 1)
              .map((a) => a.textContent),
          );
          expect(offscreen).toEqual([]);
        }
        await t.shot(`${name}-${width}`);
      });
    }

    it("a lever moved reruns the scenario in the worker and changes the demand chart", async () => {
      await t.page.setViewportSize({ width: 1440, height: 900 });
      await t.open("#/scenarios?draws=0", "scenarios");
      await t.page.waitForSelector(
        '[data-testid="scenario-results"][data-run="1"] [data-testid="demand-chart"] svg',
      );
      const svg = () => t.page.$eval('[data-testid="demand-chart"] svg', (e) => e.innerHTML);
      const before = await svg();
      await t.page.$eval("#lever-ev", (el) => {
        const i = el as HTMLInputElement;
        i.value = "1.4";
        i.dispatchEvent(new Event("input"));
        i.dispatchEvent(new Event("change"));
      });
      await t.page.waitForSelector(
        '[data-testid="scenario-results"][data-run="2"] [data-testid="demand-chart"] svg',
      );
      await t.page.waitForFunction(() =>
        document.querySelector('[data-testid="demand-chart"]')?.getAttribute("data-rendered"),
      );
      expect(await svg()).not.toBe(before);
      expect(t.page.url()).toContain("ev=1.4");
      expect(await t.page.textContent('[data-testid="run-status"]')).toMatch(
        /Central run of baseline: \d[\d,]* ms/,
      );
    });

    it("two scenarios compare side by side, each with its own description", async () => {
      await t.open("#/scenarios?draws=0&vs=export-control-escalation", "scenarios");
      await t.page.waitForSelector('[data-testid="compare-table"] tr[data-key="magnet-shortfall"]');
      const diffs = await t.page.$$eval(
        '[data-testid="compare-table"] tr[data-key="magnet-shortfall"] td.changed',
        (tds) => tds.map((td) => td.textContent),
      );
      expect(diffs.length).toBeGreaterThan(0);
      const descriptions = await t.page.$$eval('[data-testid="scenario-description"]', (ps) =>
        ps.map((p) => p.textContent),
      );
      expect(descriptions).toHaveLength(2);
      expect(descriptions[0]).not.toBe(descriptions[1]);
      await t.page.waitForSelector('[data-testid="compare-magnet-shortfall"] svg');
    });

    it("the sensitivity table names inputs in words, not paths", async () => {
      await t.open("#/scenarios?draws=40&seed=3", "scenarios");
      await t.page.waitForSelector('[data-testid="sensitivity"] tbody tr', { timeout: 30_000 });
      const names = await t.page.$$eval('[data-testid="sensitivity"] tbody td:first-child', (tds) =>
        tds.map((td) => td.textContent ?? ""),
      );
      expect(names.length).toBeGreaterThan(2);
      for (const n of names) expect(n).not.toMatch(/^(applications|levers|supply)\./);
    });

    it("a pasted article shows its claims marked with the API's verdicts", async () => {
      const text =
        "Trade note\n\nChina shipped 5,800 tonnes of rare-earth magnets abroad in July 2025, by our count. Mines in China gave 270,000 tonnes of rare-earth ore in 2024.";
      const api = (await (
        await fetch(`${t.server.url}/api/check-claims`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ text, date: "2025-08-20" }),
        })
      ).json()) as { checks: { verdict: string }[] };
      await t.open("#/news", "news");
      await t.page.fill("#article", text);
      await t.page.fill("#article-date", "2025-08-20");
      await t.page.click("#news-form button[type=submit]");
      await t.page.waitForSelector("[data-checks]");
      expect(Number(await t.page.getAttribute("[data-checks]", "data-checks"))).toBe(api.checks.length);
      expect(api.checks.length).toBeGreaterThan(0);
      const verdicts = await t.page.$$eval(".check", (li) => li.map((l) => l.getAttribute("data-verdict")));
      expect(verdicts).toEqual(api.checks.map((c) => c.verdict));
      expect(await t.page.locator("mark.claim").count()).toBeGreaterThan(0);
    });

    it("a non-text upload and an empty article give readable messages", async () => {
      await t.open("#/news", "news");
      await t.page.setInputFiles("#article-file", {
        name: "scan.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("%PDF-1.4"),
      });
      expect(await t.page.textContent('[data-testid="check-results"] .error-message')).toContain(
        '"scan.pdf" is not a text file',
      );
      await t.page.fill("#article", "   ");
      await t.page.click("#news-form button[type=submit]");
      expect(await t.page.textContent('[data-testid="check-results"] .error-message')).toContain(
        "paste an article",
      );
    });

    it("the figures XLSX reads back with its sources sheet and licences", async () => {
      await t.open("#/figures?metric=export_volume&entity=China", "figures");
      const [dl] = await Promise.all([t.page.waitForEvent("download"), t.page.click("#xlsx-download")]);
      const sheets = readXlsx(new Uint8Array(readFileSync((await dl.path())!)));
      expect([...sheets.keys()]).toEqual(["figures", "sources", "about"]);
      const sources = sheets.get("sources")!;
      expect(sources[0]).toEqual(["source_id", "publisher", "title", "published", "licence", "tier", "url"]);
      expect(sources.length).toBeGreaterThan(1);
      expect(sources.slice(1).every((r) => typeof r[4] === "string" && r[4].length > 0)).toBe(true);
    });

    it("the Trade page downloads each destination's series as XLSX, the API's values with their sources", async () => {
      await t.open("#/trade?dest=World%2CGermany&per=month&from=2025-01&to=2025-06", "trade");
      await t.chartsDrawn();
      expect(await t.page.textContent("#trade-xlsx-1")).toBe("XLSX: Germany");
      const [dl] = await Promise.all([t.page.waitForEvent("download"), t.page.click("#trade-xlsx-1")]);
      const sheets = readXlsx(new Uint8Array(readFileSync((await dl.path())!)));
      expect([...sheets.keys()]).toEqual(expect.arrayContaining(["series", "sources", "about"]));
      const api = await t.api<{ items: { period: string; value: number | null }[] }>(
        "/api/series?metric=export_volume&entity=China&counterparty=Germany&material=rare%20earth%20magnets&per=month&from=2025-01&to=2025-06",
      );
      const [head, ...rows] = sheets.get("series")!;
      const period = head!.indexOf("period");
      const value = head!.indexOf("value");
      expect(rows.map((r) => r[period])).toEqual(api.items.map((i) => i.period));
      expect(rows.map((r) => r[value] ?? null)).toEqual(api.items.map((i) => i.value));
      expect(sheets.get("sources")!.length).toBeGreaterThan(1);
    });

    it("the Prices page downloads the material's prices as XLSX: every point in USD/kg, rates and sources", async () => {
      await t.open("#/prices?material=NdPr%20oxide&market=china", "prices");
      const [dl] = await Promise.all([t.page.waitForEvent("download"), t.page.click("#prices-xlsx")]);
      const sheets = readXlsx(new Uint8Array(readFileSync((await dl.path())!)));
      const api = await t.api<{ series: { points: { figureId: string }[] }[] }>(
        "/api/prices?material=NdPr%20oxide&market=china",
      );
      const [head, ...rows] = sheets.get("prices")!;
      expect(rows.map((r) => r[head!.indexOf("figure_id")])).toEqual(
        api.series.flatMap((s) => s.points.map((p) => p.figureId)),
      );
      expect(sheets.get("sources")!.length).toBeGreaterThan(1);
    });

    it("the scenario workbook reads back with its data sheets and sources", async () => {
      await t.open("#/scenarios?draws=0&id=recycling-push", "scenarios");
      await t.page.waitForSelector('[data-testid="scenario-results"][data-run]');
      const [dl] = await Promise.all([t.page.waitForEvent("download"), t.page.click("#scenario-xlsx")]);
      const sheets = readXlsx(new Uint8Array(readFileSync((await dl.path())!)));
      expect([...sheets.keys()]).toEqual(
        expect.arrayContaining(["about", "demand_t_magnet", "supply_balance", "stage_shares", "sources"]),
      );
      expect(sheets.get("about")!.find((r) => r[0] === "scenario")?.[1]).toBe("recycling-push");
      expect(sheets.get("sources")!.some((r) => String(r[1]).includes("CRMA"))).toBe(true);
    });

    it("a chart downloads as CSV and SVG with its sources, and its permalink restores the page", async () => {
      await t.open("#/supply-chain?year=2030", "supply-chain");
      await t.chartsDrawn();
      const foot = t.page.locator('[data-chart-id="sankey"] + .chart-foot');
      const [csv] = await Promise.all([
        t.page.waitForEvent("download"),
        foot.locator('[data-testid="chart-csv"]').click(),
      ]);
      const text = readFileSync((await csv.path())!, "utf8");
      expect(text.split("\r\n")[0]).toBe("source,target,value");
      const [svg] = await Promise.all([
        t.page.waitForEvent("download"),
        foot.locator('[data-testid="chart-svg"]').click(),
      ]);
      const image = readFileSync((await svg.path())!, "utf8");
      expect(image).toContain("Sources: Lodestone model run");
      await foot.locator('[data-testid="chart-link"]').click();
      const link = t.page.url();
      expect(link).toContain("chart=sankey");
      expect(link).toContain("year=2030");
      await t.page.goto("about:blank");
      await t.page.goto(link);
      await t.page.waitForSelector('main[data-ready="supply-chain"]');
      expect(await t.page.inputValue("#sc-year")).toBe("2030");
    });

    it("bad address values show a readable message, never a blank page", async () => {
      await t.open("#/scenarios?id=nope", "scenarios");
      expect(await t.page.textContent(".state.error .error-message")).toMatch(
        /unknown scenario id="nope"; known: baseline/,
      );
      await t.open("#/scenarios?ev=9", "scenarios");
      expect(await t.page.textContent(".state.error .error-message")).toMatch(
        /lever "ev" \(EV sales\) must be a number from 0.5 to 1.5/,
      );
      await t.open("#/supply-chain?stage=smelting", "supply-chain");
      expect(await t.page.textContent(".state.error .error-message")).toMatch(
        /"stage" must be one of mining/,
      );
    });

    it("the trade page gives m/m from its own monthly values, and marks policy events", async () => {
      await t.page.setViewportSize({ width: 1440, height: 900 });
      await t.open("#/trade?dest=World&per=month", "trade");
      await t.chartsDrawn();
      const rows = await t.page.$$eval("[data-testid=trade-changes] tbody tr", (trs) =>
        trs.map((tr) => {
          const num = (col: string) => {
            const v = tr.querySelector(`td[data-col="${col}"]`)?.getAttribute("data-value") ?? "";
            return v === "" ? null : Number(v);
          };
          return {
            period: tr.getAttribute("data-period") ?? "",
            value: num("value"),
            mom: num("mom"),
            ytd: num("ytd"),
          };
        }),
      );
      expect(rows.length).toBeGreaterThan(12);
      // Every m/m shown agrees with the two volumes shown; a month without a value has no m/m (its year to date is the
      // API's and may be a reported one: test/browser/trade-prices.test.ts compares it).
      let checked = 0;
      for (const [k, r] of rows.entries()) {
        if (r.value === null) expect(r.mom).toBeNull();
        const prev = rows[k - 1];
        if (r.mom !== null && prev?.value != null && r.value !== null) {
          expect(r.mom).toBeCloseTo((r.value / prev.value - 1) * 100, 6);
          checked++;
        }
        if (r.period.endsWith("-01") && r.ytd !== null) expect(r.ytd).toBe(r.value);
      }
      expect(checked).toBeGreaterThan(0);
      const legend = await t.page.$$eval("[data-testid=trade-chart] svg text", (ts) =>
        ts.map((x) => x.textContent),
      );
      expect(legend).toContain("Policy events");
    });

    it("the exposure check lists the controls that name an HS code, and refuses a code that is not digits", async () => {
      await t.open("#/policy", "policy");
      await t.page.fill("#exposure-hs", "8505");
      await t.page.click("#exposure-run");
      const n = Number(await t.page.getAttribute('[data-testid="exposure-results"] table', "data-count"));
      expect(n).toBeGreaterThan(0);
      const why = await t.page.$$eval('[data-testid="exposure-results"] tbody td:nth-child(4)', (tds) =>
        tds.map((td) => td.textContent ?? ""),
      );
      for (const w of why) expect(w).toMatch(/HS 8505/);
      await t.page.fill("#exposure-hs", "85x5");
      await t.page.click("#exposure-run");
      expect(await t.page.textContent('[data-testid="exposure-results"] .error-message')).toContain(
        "2 to 10 digits",
      );
    });

    it("the exposure check by product lists the controls whose materials name magnets, with the register's words", async () => {
      await t.open("#/policy", "policy");
      await t.page.fill("#exposure-hs", "");
      await t.page.selectOption("#exposure-product", "magnets");
      await t.page.click("#exposure-run");
      await t.page.waitForSelector('[data-testid="exposure-results"] table');
      const shown = await t.page.$$eval('[data-testid="exposure-results"] tbody tr', (trs) =>
        trs.map((tr) => [tr.getAttribute("data-id"), tr.querySelector("td:nth-child(4)")?.textContent ?? ""]),
      );
      // Expected from the API: controls (not funding), not excluded, naming a magnet in their materials.
      type Ev = { id: string; materials: string[]; instruments: string[]; excludeReason: string | null };
      const all = await t.api<{ items: Ev[] }>("/api/policy-events?limit=1000");
      const controls = ["export_control", "suspension", "licence", "tariff", "production_quota"];
      const expected = all.items.filter(
        (e) =>
          !e.excludeReason &&
          e.instruments.some((i) => controls.includes(i)) &&
          e.materials.some((m) => /magnet|NdFeB|SmCo/i.test(m) && !/\btech|know-how/i.test(m)),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(shown.map(([id]) => id).sort()).toEqual(expected.map((e) => e.id).sort());
      for (const [, why] of shown) expect(why).toMatch(/names ".*(magnet|NdFeB|SmCo)/i);
    });

    // Charts with a column of names (jurisdictions, projects) took all but ~30 px of a phone's width for it.
    for (const [hash, ready, chart, tick, share] of [
      ["#/policy", "policy", "policy-chart", "^\\d{4}$", 0.5],
      ["#/projects", "projects", "projects-chart", "^\\d+(k|M)?$", 0.3],
    ] as const)
      it(`on a phone the ${ready} chart keeps room for its axis beside the names`, async () => {
        await t.page.setViewportSize({ width: 390, height: 844 });
        await t.page.goto("about:blank");
        await t.open(hash, ready);
        await t.chartsDrawn();
        const { width, span } = await t.page.$eval(
          `[data-testid=${chart}]`,
          (el, pattern) => {
            const ticks = [...el.querySelectorAll("svg text")]
              .filter((x) => new RegExp(pattern).test(x.textContent ?? ""))
              .map((x) => x.getBoundingClientRect().left);
            return { width: el.getBoundingClientRect().width, span: Math.max(...ticks) - Math.min(...ticks) };
          },
          tick,
        );
        // The first and last tick labels of the value or time axis spread over a good part of the chart.
        expect(span).toBeGreaterThan(width * share);
        await t.page.setViewportSize({ width: 1366, height: 900 });
      });

    it("no page threw an uncaught error", () => {
      expect(t.pageErrors).toEqual([]);
    });
  });
});
