/** @module Conformance suite for the curated tables (policy, projects, results, estimates) on every store adapter. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../dataset/dataset.ts";
import type { CapacityProject } from "../domain/capacity-project.ts";
import type { CompanyResult } from "../domain/company-result.ts";
import type { MarketEstimate } from "../domain/market-estimate.ts";
import type { PolicyEvent } from "../domain/policy-event.ts";
import { SourceSchema, type SourceId } from "../domain/source.ts";
import { ProjectQuerySchema } from "./capacity-projects.ts";
import { ResultQuerySchema } from "./company-results.ts";
import { EstimateQuerySchema } from "./market-estimates.ts";
import { PolicyQuerySchema } from "./policy-events.ts";
import { FilterError } from "./query-fields.ts";
import type { Store } from "./store.ts";

const A = "src-a" as SourceId;
const B = "src-b" as SourceId;
const src = (id: string) =>
  SourceSchema.parse({
    id,
    title: `Title of ${id}`,
    publisher: `Publisher of ${id}`,
    url: `https://example.org/${id}`,
    published: "2025-06",
    accessed: "2026-11-26",
    licence: "facts-attributed",
  });

const event = (e: Partial<PolicyEvent> & Pick<PolicyEvent, "id" | "date">): PolicyEvent => ({
  effectiveDate: null,
  endDate: null,
  jurisdiction: "Testland",
  actor: "Ministry",
  instruments: ["export_control"],
  announcementNo: "",
  title: `Event ${e.id}`,
  materials: [],
  elements: [],
  hsCodes: [],
  amount: null,
  amountQualifier: null,
  approx: false,
  amountUnit: "",
  status: "in_force",
  summary: "",
  sourceId: A,
  sourceId2: null,
  excludeReason: "",
  note: "",
  ...e,
});

const project = (p: Partial<CapacityProject> & Pick<CapacityProject, "id" | "company">): CapacityProject => ({
  country: "Testland",
  site: "",
  stage: "magnet",
  magnetType: "NdFeB sintered",
  product: "magnets",
  capacityTpy: 1000,
  capacityLowTpy: null,
  capacityHighTpy: null,
  capacityQualifier: null,
  approx: false,
  capacityBasis: "capacity",
  massBasis: "finished",
  capacityText: "",
  status: "operating",
  startYear: null,
  targetYear: null,
  capexAmount: null,
  capexQualifier: null,
  capexApprox: false,
  capexCurrency: "",
  sourceId: A,
  excludeReason: "",
  note: "",
  ...p,
});

const result = (
  r: Partial<CompanyResult> & Pick<CompanyResult, "company" | "period" | "item">,
): CompanyResult => ({
  id: `${r.company}|${r.period}|${r.item}|${r.sourceId ?? A}`,
  ticker: "",
  periodAsPublished: r.period,
  fiscalPeriod: "",
  periodEnd: "",
  value: 100,
  low: null,
  high: null,
  qualifier: null,
  approx: false,
  unit: "CNY",
  currency: "CNY",
  yoyPct: null,
  qoqPct: null,
  basis: "reported",
  sourceId: A,
  excludeReason: "",
  note: "",
  ...r,
});

const estimate = (m: Partial<MarketEstimate> & Pick<MarketEstimate, "id" | "publisher">): MarketEstimate => ({
  kind: "market_value",
  publisherType: "market research",
  publishedDate: "2025-06",
  published: "2025-06",
  metric: "magnet market value",
  scopeBasis: "",
  massBasis: "not_applicable",
  geography: "global",
  baseYear: 2024,
  baseValue: 10,
  baseLow: null,
  baseHigh: null,
  baseQualifier: null,
  targetYear: 2030,
  targetValue: 20,
  targetLow: null,
  targetHigh: null,
  targetQualifier: null,
  unit: "USD",
  statedCagrPct: null,
  computedCagrPct: null,
  scenario: "",
  approx: false,
  sourceId: B,
  excludeReason: "",
  note: "",
  ...m,
});

/** Curated rows written for these tests (values are arbitrary test inputs, not claims about the world). */
export function curatedFixture(): Dataset {
  return {
    sources: [src("src-a"), src("src-b")],
    figures: [],
    records: [],
    policyEvents: [
      event({
        id: "TL-2024-01",
        date: "2024",
        jurisdiction: "Testland; Otherland",
        instruments: ["funding"],
        amount: 5,
        amountQualifier: "gte",
        amountUnit: "USD",
      }),
      event({
        id: "TL-2025-01",
        date: "2025-04-04",
        effectiveDate: "2025-05-01",
        announcementNo: "Ministry Announcement No. 7 [2025]",
        materials: ["Dy;Tb metals", "magnets containing Dy"],
        elements: ["Dy", "Tb"],
        hsCodes: ["85051110"],
      }),
      event({ id: "TL-2025-02", date: "2025-10", status: "suspended", elements: ["Sm"], sourceId: B }),
    ],
    capacityProjects: [
      project({ id: "TL-ABC-01", company: "Alpha Magnet Works", startYear: 2025, capacityQualifier: "gt" }),
      project({
        id: "TL-ABC-02",
        company: "Alpha Magnet Works",
        capacityTpy: null,
        capacityLowTpy: 100,
        capacityHighTpy: 300,
        stage: "recycling",
        massBasis: "alloy",
        targetYear: 2027,
        status: "planned",
      }),
      project({
        id: "OL-BET-01",
        company: "Beta Oxides",
        country: "Otherland",
        stage: "separation",
        magnetType: "",
        product: "NdPr oxide",
        massBasis: "not_applicable",
        startYear: 2023,
        excludeReason: "test: outdated list",
      }),
    ],
    companyResults: [
      result({
        company: "Alpha Magnet Works",
        ticker: "123456.SZ",
        period: "2024",
        item: "revenue",
        value: 7e9,
      }),
      result({
        company: "Alpha Magnet Works",
        ticker: "123456.SZ",
        period: "2025-H1",
        item: "revenue",
        value: 4e9,
      }),
      result({
        company: "Alpha Magnet Works",
        ticker: "123456.SZ",
        period: "2025-01..2025-09",
        item: "net_profit_attributable",
        value: null,
        low: 5e8,
        high: 5.5e8,
        basis: "preliminary (range)",
      }),
      result({
        company: "Beta Oxides",
        ticker: "BOX.AX",
        period: "2025-Q3",
        item: "ndpr_production",
        unit: "t",
        currency: "",
        value: 2000,
      }),
    ],
    marketEstimates: [
      estimate({ id: "MV-01", publisher: "Gamma Research" }),
      estimate({
        id: "DM-01",
        kind: "volume",
        publisher: "Delta Analysts",
        metric: "NEV magnet demand",
        unit: "t",
        massBasis: "finished",
        baseYear: 2025,
        baseValue: 60,
        baseQualifier: "gt",
        targetYear: null,
        targetValue: null,
        publishedDate: "2025 (approx.)",
        published: "2025",
      }),
      estimate({
        id: "HR-01",
        kind: "humanoid",
        publisher: "Gamma Research (via a blog)",
        metric: "humanoid robot output",
        unit: "units/yr",
        publishedDate: "unknown",
        published: null,
        baseYear: null,
        baseValue: null,
        targetLow: 100,
        targetHigh: 300,
        targetValue: null,
        excludeReason: "test: garbled",
      }),
    ],
  };
}

const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

/** Runs the curated-table suite against stores made by `open` (each call returns a fresh, empty store). */
export function runCuratedConformance(name: string, open: () => Promise<Store>) {
  describe(`${name} store: curated tables`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });

    it("loadDataset() writes the four tables once and a second load changes nothing", async () => {
      const first = await store.loadDataset(curatedFixture());
      expect(first.tables.policy_event.inserted).toBe(3);
      expect(first.tables.capacity_project.inserted).toBe(3);
      expect(first.tables.company_result.inserted).toBe(4);
      expect(first.tables.market_estimate.inserted).toBe(3);
      const again = await store.loadDataset(curatedFixture());
      expect(again.changed).toBe(false);
    });

    it("loadDataset() updates a changed row and removes a dropped one", async () => {
      const ds = curatedFixture();
      ds.capacityProjects = ds.capacityProjects
        .filter((p) => p.id !== "OL-BET-01")
        .map((p) => (p.id === "TL-ABC-01" ? { ...p, capacityTpy: 1500 } : p));
      const s = await store.loadDataset(ds);
      expect(s.tables.capacity_project).toMatchObject({ inserted: 0, updated: 1, deleted: 1 });
      await store.loadDataset(curatedFixture());
    });

    it("queryPolicyEvents() filters by jurisdiction part, element, HS prefix and a date range over effective dates", async () => {
      const q = (x: object) => store.queryPolicyEvents(PolicyQuerySchema.parse(x));
      expect(ids(await q({ jurisdiction: "otherland" }))).toEqual(["TL-2024-01"]);
      expect(ids(await q({ element: "terbium" }))).toEqual(["TL-2025-01"]);
      expect(ids(await q({ hs: "8505.11" }))).toEqual(["TL-2025-01"]);
      expect(ids(await q({ from: "2025-05", to: "2025-05" }))).toEqual(["TL-2025-01"]);
      expect(ids(await q({ status: "suspended" }))).toEqual(["TL-2025-02"]);
      const page = await q({ announcement: "no. 7" });
      expect(page.items[0]).toMatchObject({
        id: "TL-2025-01",
        source: { id: "src-a", publisher: "Publisher of src-a" },
      });
      expect((await q({ jurisdiction: "Otherland" })).items[0]).toMatchObject({
        amount: 5,
        amountQualifier: "gte",
      });
    });

    it("queryPolicyEvents() refuses an unknown jurisdiction naming the closest known one", async () => {
      const err = await store
        .queryPolicyEvents(PolicyQuerySchema.parse({ jurisdiction: "Testlnd" }))
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FilterError);
      expect((err as FilterError).message).toContain('closest known: "Testland"');
    });

    it("capacityProjects() filters by company words, stage, basis and start year, keeping ranges and qualifiers", async () => {
      const q = (x: object) => store.capacityProjects(ProjectQuerySchema.parse(x));
      expect(ids(await q({ company: "alpha magnet" }))).toEqual(["TL-ABC-01", "TL-ABC-02"]);
      expect(ids(await q({ stage: "recycling" }))).toEqual(["TL-ABC-02"]);
      expect(ids(await q({ basis: "not_applicable" }))).toEqual(["OL-BET-01"]);
      expect(ids(await q({ startFrom: "2024", startTo: "2026" }))).toEqual(["TL-ABC-01"]);
      const range = (await q({ stage: "recycling" })).items[0];
      expect(range).toMatchObject({ capacityTpy: null, capacityLowTpy: 100, capacityHighTpy: 300 });
      expect((await q({ startFrom: "2025", startTo: "2025" })).items[0]?.capacityQualifier).toBe("gt");
      expect(ids(await q({ excluded: "exclude" }))).not.toContain("OL-BET-01");
      expect((await q({ excluded: "only" })).items[0]?.excludeReason).toBe("test: outdated list");
    });

    it("companyResults() filters by ticker, item pattern and a period range, with currency beside each value", async () => {
      const q = (x: object) => store.companyResults(ResultQuerySchema.parse(x));
      const r = await q({ company: "123456", item: "revenue", from: "2025", to: "2025" });
      expect(r.items.map((x) => [x.period, x.value, x.currency])).toEqual([["2025-H1", 4e9, "CNY"]]);
      const profit = await q({ item: "net profit*" });
      expect(profit.items[0]).toMatchObject({
        value: null,
        low: 5e8,
        high: 5.5e8,
        basis: "preliminary (range)",
      });
      expect((await q({ company: "box.ax" })).items.map((x) => x.unit)).toEqual(["t"]);
    });

    it("companyResults() refuses an unknown item naming the closest known items", async () => {
      const err = await store
        .companyResults(ResultQuerySchema.parse({ item: "revenu" }))
        .catch((e: unknown) => e);
      expect((err as FilterError).issues[0]).toMatchObject({ field: "item", value: "revenu" });
      expect((err as FilterError).message).toContain('"revenue"');
    });

    it("marketEstimates() filters by publisher words, year (base or target) and publication range", async () => {
      const q = (x: object) => store.marketEstimates(EstimateQuerySchema.parse(x));
      expect(ids(await q({ publisher: "gamma research" }))).toEqual(["HR-01", "MV-01"]);
      expect(ids(await q({ year: "2025" }))).toEqual(["DM-01"]);
      expect(ids(await q({ publishedFrom: "2025-01", publishedTo: "2025-12" }))).toEqual(["DM-01", "MV-01"]);
      expect(ids(await q({ kind: "humanoid" }))).toEqual(["HR-01"]);
      const hr = (await q({ kind: "humanoid" })).items[0];
      expect(hr).toMatchObject({
        targetLow: 100,
        targetHigh: 300,
        unit: "units/yr",
        excludeReason: "test: garbled",
      });
    });

    it("records() serves capacity projects and market estimates from their tables", async () => {
      const rec = await store.records("market_estimate");
      expect(rec.map((r) => r.id)).toEqual(["DM-01", "HR-01", "MV-01"]);
      expect(rec[0]?.data).toMatchObject({ baseValue: 60, baseQualifier: "gt" });
    });
  });
}
