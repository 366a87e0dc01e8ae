/** @module Conformance suite for the curated tables (policy, projects, results, estimates) on every store adapter. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProjectQuerySchema } from "./capacity-projects.ts";
import { ResultQuerySchema } from "./company-results.ts";
import { EstimateQuerySchema } from "./market-estimates.ts";
import { PolicyQuerySchema } from "./policy-events.ts";
import { curatedFixture } from "./curated-fixture.ts";
import { FilterError } from "./query-fields.ts";
import type { Store } from "./store.ts";

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
