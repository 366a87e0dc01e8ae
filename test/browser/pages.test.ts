/** @module The trade, projects, companies, outlooks and policy pages in a real browser, checked against the API. */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { suiteNeeding } from "../support/needs.ts";
import { HAVE_CHROMIUM, MISSING_CHROMIUM } from "./chromium.ts";
import { type Harness, startHarness } from "./harness.ts";

type Item = { period: string; value: number | null; alternatives: unknown[] };
type Series = {
  items: Item[];
  total: { value: number; alternatives: { figureId: string | null; value: number }[] } | null;
};
type Page<T> = { items: T[]; total: number };
type ApiError = { error: { message: string } };

const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

suiteNeeding({ name: "dashboard pages (browser)", present: HAVE_CHROMIUM, missing: MISSING_CHROMIUM }, () => {
  describe("dashboard pages (browser)", () => {
    let t: Harness;
    beforeAll(async () => {
      t = await startHarness();
    });
    afterAll(async () => {
      await t?.close();
    });
    const rowsOf = (table: string, col: string) =>
      t.page.$$eval(
        `[data-testid="${table}"] tbody tr`,
        (trs, c) => trs.map((tr) => tr.querySelector(`[data-col="${c}"]`)?.textContent ?? ""),
        col,
      );
    const errorText = () => t.page.textContent(".state.error .error-message");
    /** Waits until the trade results were drawn for a selection whose address contains `part`. */
    const tradeDrawn = (part: string) =>
      t.page.waitForFunction(
        (p) =>
          decodeURIComponent(
            document.querySelector<HTMLElement>('[data-testid="trade-results"]')?.dataset.query ?? "",
          ).includes(p),
        part,
        { timeout: 20_000 },
      );

    it("the trade page gives one value per month and the reported total beside the sum of the months", async () => {
      const params = {
        metric: "export_volume",
        entity: "China",
        counterparty: "World",
        material: "rare earth magnets",
        per: "month",
        from: "2025-01",
        to: "2025-09",
      };
      const series = await t.api<Series>(`/api/series?${q(params)}`);
      await t.open("#/trade?dest=World&from=2025-01&to=2025-09", "trade");
      await t.page.waitForSelector('[data-testid="trade-chart"] svg');
      const shown = await t.page.$$eval('[data-testid="series-table"] tbody tr', (trs) =>
        trs.map((tr) => [
          tr.getAttribute("data-period"),
          tr.querySelector('[data-col="value"]')?.getAttribute("data-value"),
        ]),
      );
      expect(shown).toEqual(series.items.map((i) => [i.period, i.value === null ? "" : String(i.value)]));
      expect(shown).toHaveLength(9);
      const total = await t.page.$('[data-testid="series-total"]');
      expect(await total!.getAttribute("data-value")).toBe(String(series.total!.value));
      expect(await total!.getAttribute("data-how")).toBe("reported");
      const sum = series.total!.alternatives.find((a) => a.figureId === null)!.value;
      expect(await t.page.getAttribute('[data-testid="sum-of-items"]', "data-value")).toBe(String(sum));
      // Hovering shows the value's source and the values that lost, with why.
      const b = (await (await t.page.$('[data-testid="trade-chart"]'))!.boundingBox())!;
      await t.chartsDrawn();
      await t.page.mouse.move(b.x + b.width * 0.06, b.y + b.height * 0.6);
      const tip = await t.page.waitForSelector('[data-testid="trade-chart"] div:has-text("Source:")', {
        timeout: 5_000,
      });
      expect(await tip.textContent()).toMatch(/Source:/);
      await t.shot("trade");
    });

    it("the trade page never stacks a bloc with its members, and stacks disjoint destinations", async () => {
      await t.open("#/trade?dest=Germany,EU-27", "trade");
      await tradeDrawn("dest=Germany,EU-27");
      expect(await t.page.isDisabled("#t-stack")).toBe(true);
      expect(await t.page.textContent('[data-testid="stack-why"]')).toContain("EU-27 contains Germany");
      await t.page.uncheck('input[name="dest"][value="EU-27"]');
      await tradeDrawn("dest=Germany&");
      await t.page.check('input[name="dest"][value="Japan"]');
      await tradeDrawn("dest=Germany,Japan");
      expect(await t.page.isDisabled("#t-stack")).toBe(false);
      await t.page.check("#t-stack");
      await tradeDrawn("mode=stack");
      await t.page.waitForSelector('[data-testid="trade-chart"] svg');
      const dests = await t.page.$$eval('[data-testid="series-table"] tbody tr', (trs) => [
        ...new Set(trs.map((tr) => tr.getAttribute("data-series"))),
      ]);
      expect(dests).toEqual(["Germany", "Japan"]);
      await t.shot("trade-stacked");
    });

    it("the trade page exports what it shows as CSV, and shows an unknown destination's error readably", async () => {
      const [download] = await Promise.all([t.page.waitForEvent("download"), t.page.click("#trade-csv")]);
      const lines = readFileSync((await download.path())!, "utf8")
        .trim()
        .split(/\r?\n/);
      expect(lines[0]).toContain("source_publisher");
      const rows = await t.page.$$('[data-testid="series-table"] tbody tr');
      const totals = await t.page.$$(
        '[data-testid="series-total"][data-how="reported"], [data-testid="series-total"][data-how="sum"]',
      );
      expect(lines.length - 1).toBe(rows.length + totals.length);
      const expected = await t.api<ApiError>(
        `/api/series?${q({ metric: "export_volume", entity: "China", counterparty: "Germny", material: "rare earth magnets", per: "month" })}`,
      );
      await t.open("#/trade?dest=Germny", "trade");
      await tradeDrawn("dest=Germny");
      expect(await errorText()).toBe(expected.error.message);
    });

    it("the projects page filters by country through the API, keeps bounds and blanks as published", async () => {
      const all = await t.api<
        Page<{
          capacityTpy: number | null;
          capacityLowTpy: number | null;
          capacityQualifier: string | null;
          id: string;
        }>
      >("/api/capacity-projects?limit=10000");
      await t.open("#/projects", "projects");
      await t.page.waitForSelector('[data-testid="projects-chart"] svg');
      expect(await t.page.$$('[data-testid="projects-table"] tbody tr')).toHaveLength(all.total);
      const caps = await t.page.$$eval('[data-testid="projects-table"] tbody tr', (trs) =>
        Object.fromEntries(
          trs.map((tr) => [
            tr.getAttribute("data-id"),
            tr.querySelector('[data-col="capacity"]')?.firstChild?.textContent ?? "",
          ]),
        ),
      );
      for (const p of all.items) {
        if (p.capacityQualifier === "gt") expect(caps[p.id]).toMatch(/^> /);
        if (p.capacityTpy === null && p.capacityLowTpy === null) expect(caps[p.id]).toBe("–");
      }
      const us = await t.api<Page<unknown>>("/api/capacity-projects?country=United%20States&limit=10000");
      await t.page.selectOption("#projects-country", "United States");
      await t.settled("projects", "country=United States");
      const countries = await rowsOf("projects-table", "country");
      expect(countries.length).toBe(us.total);
      expect(new Set(countries)).toEqual(new Set(["United States"]));
      await t.page.waitForSelector('[data-testid="projects-chart"] svg');
      await t.shot("projects");
      const expected = await t.api<ApiError>("/api/capacity-projects?country=Germny");
      await t.open("#/projects?country=Germny", "projects");
      expect(await errorText()).toBe(expected.error.message);
    });

    it("the companies page filters by company, charts its item and never shows a blank as zero", async () => {
      const all = await t.api<
        Page<{ company: string; value: number | null; low: number | null; id: string }>
      >("/api/company-results?limit=10000");
      await t.open("#/companies", "companies");
      await t.page.waitForSelector('[data-testid="companies-chart"] svg');
      expect(await t.page.$$('[data-testid="companies-table"] tbody tr')).toHaveLength(all.total);
      const blank = all.items.find((r) => r.value === null && r.low === null);
      if (blank)
        expect(
          await t.page.textContent(
            `[data-testid="companies-table"] tr[data-id="${blank.id}"] [data-col="value"]`,
          ),
        ).toContain("not published");
      const company = all.items.find((r) => r.company.startsWith("Lynas"))?.company ?? all.items[0]!.company;
      const theirs = await t.api<Page<unknown>>(`/api/company-results?${q({ company, limit: "10000" })}`);
      await t.page.selectOption("#companies-company", company);
      await t.settled("companies", `company=${company}`);
      expect(await t.page.$$('[data-testid="companies-table"] tbody tr')).toHaveLength(theirs.total);
      expect(await t.page.textContent('[data-testid="companies-results"] h2')).toContain(company);
      await t.page.waitForSelector('[data-testid="companies-chart"] svg');
      await t.shot("companies");
      const expected = await t.api<ApiError>("/api/company-results?from=2025-13");
      await t.open("#/companies?from=2025-13", "companies");
      expect(await errorText()).toBe(expected.error.message);
    });

    it("the outlooks page keeps units apart, greys excluded estimates and refuses a reversed range", async () => {
      const all = await t.api<Page<{ id: string; excludeReason: string }>>(
        "/api/market-estimates?limit=10000",
      );
      await t.open("#/outlooks", "outlooks");
      await t.page.waitForSelector('[data-testid="outlooks-chart"] svg');
      await t.page.waitForSelector('[data-testid="cagr-chart"] svg');
      expect(await t.page.$$('[data-testid="outlooks-table"] tbody tr')).toHaveLength(all.total);
      for (const e of all.items.filter((x) => x.excludeReason))
        expect(
          await t.page.getAttribute(`[data-testid="outlooks-table"] tr[data-id="${e.id}"]`, "class"),
        ).toContain("excluded");
      const humanoid = await t.api<Page<unknown>>("/api/market-estimates?kind=humanoid&limit=10000");
      await t.page.selectOption("#outlooks-kind", "humanoid");
      await t.settled("outlooks", "kind=humanoid");
      expect(await t.page.$$('[data-testid="outlooks-table"] tbody tr')).toHaveLength(humanoid.total);
      const groups = await t.page.$$eval("#outlooks-group option", (os) =>
        os.map((o) => o.textContent ?? ""),
      );
      expect(groups.every((g) => g.startsWith("Humanoid robots"))).toBe(true);
      await t.shot("outlooks");
      const expected = await t.api<ApiError>("/api/market-estimates?publishedFrom=2026&publishedTo=2025");
      await t.open("#/outlooks?publishedFrom=2026&publishedTo=2025", "outlooks");
      expect(await errorText()).toBe(expected.error.message);
    });

    it("the policy page filters by element and date through the API", async () => {
      const expected = await t.api<Page<{ id: string; elements: string[] }>>(
        "/api/policy-events?element=Dy&from=2025-01&limit=10000",
      );
      await t.open("#/policy?from=2025-01", "policy");
      await t.page.selectOption("#policy-element", "Dy");
      await t.settled("policy", "element=Dy");
      const ids = await t.page.$$eval('[data-testid="policy-table"] tbody tr', (trs) =>
        trs.map((tr) => tr.getAttribute("data-id")),
      );
      expect(new Set(ids)).toEqual(new Set(expected.items.map((e) => e.id)));
      expect(expected.items.every((e) => e.elements.includes("Dy"))).toBe(true);
      await t.page.waitForSelector('[data-testid="policy-chart"] svg');
    });

    it("the figures explorer shows only preferred values on request and links a row to its series", async () => {
      const filters = { metric: "export_volume", entity: "China", counterparty: "World" };
      const preferred = await t.api<Page<unknown>>(
        `/api/figures?${q({ ...filters, preferred: "true", limit: "50" })}`,
      );
      await t.open(`#/figures?${q(filters)}`, "figures");
      await t.page.check("#f-preferred");
      await t.page.click('#figure-filters button[type="submit"]');
      await t.settled("figures", "preferred=true");
      expect(await t.page.textContent('[data-testid="result-count"]')).toContain(String(preferred.total));
      const flags = await t.page.$$eval('td[data-col="quality"]', (tds) =>
        tds.map((td) => td.getAttribute("data-preferred")),
      );
      expect(flags.length).toBeGreaterThan(0);
      expect(new Set(flags)).toEqual(new Set(["true"]));
      await t.page.click("td[data-col=quality] a.series-link");
      await t.page.waitForSelector('main[data-ready="series"] [data-testid="series-chart"] svg', {
        timeout: 20_000,
      });
      expect(await t.page.$$('[data-testid="series-table"] tbody tr')).not.toHaveLength(0);
    });

    it("no page threw an uncaught error", () => {
      expect(t.pageErrors).toEqual([]);
    });
  });
});
