/** @module Store conformance suite: every adapter (PGlite, PostgreSQL) must pass it (house habit 9). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../dataset/dataset.ts";
import { reconcile } from "../dataset/reconcile.ts";
import { FigureSchema, type FigureInput } from "../domain/figure.ts";
import { FigureQuerySchema } from "./figure-query.ts";
import { SeriesQuerySchema } from "./series-query.ts";
import type { Store } from "./store.ts";
import { bundledDataset } from "../../test/support/bundled-data.ts";
import { testEvent } from "../domain/curated-fixture.ts";
import { testSource } from "../domain/source-fixture.ts";

const src = (id: string, licence = "public-domain", tier = "official", publisher = "Test publisher") =>
  testSource(id, { title: `Title of ${id}`, publisher, published: "2025-01", licence, tier });

const fig = (f: Partial<FigureInput> & Pick<FigureInput, "id" | "period" | "value">) =>
  FigureSchema.parse({
    dataset: "test",
    metric: "export_volume",
    family: "trade",
    entity: "China",
    counterparty: "Germany",
    material: "rare earth magnets",
    unit: "t",
    massBasis: "finished",
    sourceId: "src-a",
    ...f,
  });

/** A small dataset written for these tests (values are arbitrary test inputs, not claims about the world). */
export function fixtureDataset(): Dataset {
  const sources = [src("src-a"), src("src-b", "facts-attributed", "press", "Test publisher B")];
  return {
    sources,
    figures: reconcile(
      [
        fig({ id: "t:1", period: "2025-01", value: 100 }),
        fig({ id: "t:2", period: "2025-02", value: 110 }),
        fig({ id: "t:3", period: "2025-03", value: 120, counterparty: "Japan" }),
        fig({ id: "t:4", period: "2024-12", value: 90 }),
        fig({ id: "t:5", period: "2025-01..2025-03", value: 330, metric: "export_volume_ytd" }),
        fig({
          id: "t:6",
          period: "2024",
          value: 270000,
          metric: "mine_production",
          family: "production",
          counterparty: "",
          material: "rare earth oxide (REO)",
          unit: "t REO",
          massBasis: "not_applicable",
          vintage: "V2",
          isLatest: true,
          sourceId: "src-b",
        }),
        fig({
          id: "t:7",
          period: "2024",
          value: 260000,
          metric: "mine_production",
          family: "production",
          counterparty: "",
          material: "rare earth oxide (REO)",
          unit: "t REO",
          massBasis: "not_applicable",
          vintage: "V1",
          isLatest: false,
          sourceId: "src-b",
        }),
        fig({ id: "t:8", period: "2025-04", value: null, low: 10, high: 12 }),
      ],
      sources,
    ),
    policyEvents: [
      testEvent({
        id: "CN-2025-01",
        date: "2025-04-04",
        effectiveDate: "2025-04-04",
        jurisdiction: "China",
        actor: "MOFCOM",
        title: "Test control",
        materials: ["Dy", "Tb"],
        elements: ["Dy", "Tb"],
        summary: "A test event.",
        sourceId: "src-b" as Dataset["sources"][number]["id"],
      }),
    ],
    capacityProjects: [],
    companyResults: [],
    marketEstimates: [],
    records: [
      {
        kind: "application_parameter",
        id: "P-1",
        sourceId: "src-a" as Dataset["sources"][number]["id"],
        data: { defaultValue: 1000 },
      },
    ],
  };
}

const q = (input: Parameters<typeof FigureQuerySchema.parse>[0]) => FigureQuerySchema.parse(input);

/** Runs the conformance suite against stores made by `open` (each call returns a fresh, empty store). */
export function runStoreConformance(name: string, open: () => Promise<Store>) {
  describe(`${name} store conformance`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });

    it("loadDataset() inserts everything on the first load", async () => {
      const s = await store.loadDataset(fixtureDataset());
      expect(s.changed).toBe(true);
      expect(s.tables.figure.inserted).toBe(8);
      expect(s.tables.source.inserted).toBe(2);
      expect(s.tables.policy_event.inserted).toBe(1);
      expect(s.tables.record.inserted).toBe(1);
    });

    it("loadDataset() twice with the same data changes nothing", async () => {
      const s = await store.loadDataset(fixtureDataset());
      expect(s.changed).toBe(false);
      for (const t of Object.values(s.tables)) expect(t.inserted + t.updated + t.deleted).toBe(0);
    });

    it("loadDataset() updates changed rows and removes rows no longer present", async () => {
      const ds = fixtureDataset();
      ds.figures = ds.figures
        .filter((f) => f.id !== "t:4")
        .map((f) => (f.id === "t:1" ? { ...f, value: 101 } : f));
      const s = await store.loadDataset(ds);
      expect(s.tables.figure).toMatchObject({ inserted: 0, updated: 1, deleted: 1 });
      const back = await store.figures(q({ metric: "export_volume", counterparty: "Germany" }));
      expect(back.items.map((f) => [f.period, f.value])).toEqual([
        ["2025-01", 101],
        ["2025-02", 110],
        ["2025-04", null],
      ]);
      await store.loadDataset(fixtureDataset());
    });

    it("loadDataset() leaves the store as it was when a row is rejected", async () => {
      const ds = fixtureDataset();
      ds.figures.push({
        ...ds.figures[0]!,
        id: "t:bad",
        period: "2025-05",
        sourceId: "no-such-source" as Dataset["sources"][number]["id"],
      });
      ds.figures[0] = { ...ds.figures[0]!, value: 999 };
      await expect(store.loadDataset(ds)).rejects.toThrow();
      const back = await store.figures(q({ metric: "export_volume", from: "2025-01", to: "2025-01" }));
      expect(back.items.map((f) => f.value)).toEqual([100]);
    });

    it("figures() filters by entity, counterparty and period range, case-insensitively", async () => {
      const r = await store.figures(
        q({
          metric: "export_volume",
          entity: "china",
          counterparty: "GERMANY",
          from: "2025-01",
          to: "2025-12",
        }),
      );
      expect(r.total).toBe(3);
      expect(r.items.map((f) => f.period)).toEqual(["2025-01", "2025-02", "2025-04"]);
      expect(r.items[0]!.source).toMatchObject({ id: "src-a", licence: "public-domain" });
    });

    it("figures() keeps ranges as low/high with a null value", async () => {
      const r = await store.figures(q({ metric: "export_volume", from: "2025-04", to: "2025-04" }));
      expect(r.items[0]).toMatchObject({ value: null, low: 10, high: 12 });
    });

    it("figures() selects the latest vintage or a named one", async () => {
      const latest = await store.figures(q({ metric: "mine_production", vintage: "latest" }));
      expect(latest.items.map((f) => f.value)).toEqual([270000]);
      const v1 = await store.figures(q({ metric: "mine_production", vintage: "V1" }));
      expect(v1.items.map((f) => f.value)).toEqual([260000]);
    });

    it("figures() filters by period granularity and pages with a stable total", async () => {
      const months = await store.figures(q({ entity: "China", per: "month", limit: 2, offset: 0 }));
      const rest = await store.figures(q({ entity: "China", per: "month", limit: 2, offset: 2 }));
      expect(months.total).toBe(5);
      expect(rest.total).toBe(5);
      const ids = [...months.items, ...rest.items].map((f) => f.id);
      expect(new Set(ids).size).toBe(4);
      const ytd = await store.figures(q({ per: "range" }));
      expect(ytd.items.map((f) => f.id)).toEqual(["t:5"]);
    });

    it("sources() lists licences with a count of figures citing each", async () => {
      const s = await store.sources();
      expect(s.map((x) => [x.id, x.licence, x.figures])).toEqual([
        ["src-a", "public-domain", 6],
        ["src-b", "facts-attributed", 2],
      ]);
    });

    it("facets() lists distinct filter values", async () => {
      const f = await store.facets();
      expect(f.counterparties).toEqual(["Germany", "Japan"]);
      expect(f.vintages).toEqual(["V1", "V2"]);
    });

    it("policyEvents() and records() return rows as loaded", async () => {
      const ev = await store.policyEvents({ instrument: "export_control" });
      expect(ev.map((e) => [e.id, e.materials])).toEqual([["CN-2025-01", ["Dy", "Tb"]]]);
      const rec = await store.records("application_parameter");
      expect(rec[0]).toMatchObject({ id: "P-1", data: { defaultValue: 1000 } });
    });

    it("figures() treats every alias of an entity as the same entity and can keep only preferred rows", async () => {
      const byName = await store.figures(q({ metric: "mine_production", entity: "China" }));
      const byIso = await store.figures(q({ metric: "mine_production", entity: "CHN" }));
      expect(byIso.items.map((f) => f.id)).toEqual(byName.items.map((f) => f.id));
      const preferred = await store.figures(q({ metric: "mine_production", preferred: "true" }));
      expect(preferred.items.map((f) => [f.vintage, f.preferred, f.quality])).toEqual([
        ["V2", true, "reported"],
      ]);
      const all = await store.figures(q({ metric: "mine_production" }));
      expect(all.items.find((f) => f.vintage === "V1")).toMatchObject({
        preferred: false,
        quality: "superseded",
      });
    });

    it("series() gives one item per month, says why a month is missing, and the reported range total", async () => {
      const s = await store.series(
        SeriesQuerySchema.parse({
          metric: "export_volume",
          entity: "China",
          counterparty: "Germany",
          from: "2025-01",
          to: "2025-03",
          per: "month",
        }),
      );
      expect(s.items.map((i) => [i.period, i.value, i.composition])).toEqual([
        ["2025-01", 100, "figure"],
        ["2025-02", 110, "figure"],
        ["2025-03", null, "missing"],
      ]);
      expect(s.items[2]!.reason).toMatch(/no figure for 2025-03/);
      expect(s.total).toMatchObject({ period: "2025-01..2025-03", value: 330, composition: "figure" });
      expect(s.items[0]!.source).toMatchObject({ id: "src-a", tier: "official" });
    });

    it("series() answers with the latest edition, or the one asked for", async () => {
      const latest = await store.series(
        SeriesQuerySchema.parse({ metric: "mine_production", entity: "CHN" }),
      );
      expect(latest.items.map((i) => [i.period, i.value])).toEqual([["2024", 270000]]);
      const v1 = await store.series(
        SeriesQuerySchema.parse({ metric: "mine_production", entity: "China", vintage: "V1" }),
      );
      expect(v1.items[0]).toMatchObject({ value: 260000, quality: "superseded" });
    });

    it("datasetVersion() reports the loaded content hash", async () => {
      const v = await store.datasetVersion();
      expect(v?.contentHash).toMatch(/^[0-9a-f]{16}$/);
      expect(v?.figures).toBe(8);
    });
  });
}

/** The bundled data/ (parsed once per test process: test/support/bundled-data.ts). */
async function bundledData(): Promise<Dataset> {
  const ds = await bundledDataset();
  if (!ds.ok) throw new Error("bundled data failed to load");
  return ds.value;
}

/**
 * The acceptance question of issue 7 on the bundled knowledge base: China's magnet exports to the world,
 * January to September 2025, month by month, must add up to the reported year-to-date total.
 * `open` returns a store that already holds the bundled data/.
 */
export function runBundledSeriesCase(name: string, open: () => Promise<Store>) {
  describe(`${name} store on the bundled data`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    }, 120_000);
    afterAll(async () => {
      await store?.close();
    });

    it("series() gives nine months of China's exports to the world summing to the reported Jan-Sep total", async () => {
      const s = await store.series(
        SeriesQuerySchema.parse({
          metric: "export_volume",
          entity: "China",
          counterparty: "World",
          from: "2025-01",
          to: "2025-09",
          per: "month",
        }),
      );
      expect(s.items.map((i) => i.period)).toEqual([
        "2025-01",
        "2025-02",
        "2025-03",
        "2025-04",
        "2025-05",
        "2025-06",
        "2025-07",
        "2025-08",
        "2025-09",
      ]);
      const sum = s.items.reduce((a, i) => a + i.value!, 0);
      expect(s.total).toMatchObject({ composition: "figure", metric: "export_volume_ytd" });
      expect(Math.abs(sum - s.total!.value!) / s.total!.value!).toBeLessThan(0.001);
      expect(s.items.every((i) => i.source && i.alternatives.every((a) => a.whyNotPreferred))).toBe(true);
    });

    it("series() and figures() give the same 2024 world mine production for World and World total", async () => {
      const one = await store.series(
        SeriesQuerySchema.parse({ metric: "mine_production", entity: "World", from: "2024", to: "2024" }),
      );
      const two = await store.series(
        SeriesQuerySchema.parse({
          metric: "mine_production",
          entity: "World total",
          from: "2024",
          to: "2024",
        }),
      );
      expect(one.items).toHaveLength(1);
      expect(two.items).toEqual(one.items);
      const rows = await store.figures(
        FigureQuerySchema.parse({
          metric: "mine_production",
          entity: "World",
          from: "2024",
          to: "2024",
          preferred: "true",
        }),
      );
      expect(rows.items.map((f) => f.value)).toEqual([one.items[0]!.value]);
    });

    it("series() with shareOf gives China's 2024 share of world mine production from one edition", async () => {
      const ask = (extra: Record<string, string> = {}) =>
        store.series(
          SeriesQuerySchema.parse({
            metric: "mine_production",
            entity: "China",
            shareOf: "World",
            from: "2024",
            to: "2024",
            per: "year",
            ...extra,
          }),
        );
      // The expected share from the rows themselves, edition by edition.
      const rows = await store.figures(
        FigureQuerySchema.parse({
          metric: "mine_production",
          entity: "China,World",
          from: "2024",
          to: "2024",
        }),
      );
      const at = (entity: string, vintage: string) =>
        rows.items.find((f) => f.entityId === entity && f.vintage === vintage)!.value!;
      const latest = await ask();
      expect(latest.share).toMatchObject({ ofId: "world", replaces: "entity", unit: "t REO" });
      const item = latest.items[0]!;
      expect(item.share!.whole.edition).toBe("USGS MCS 2026 v1.3");
      expect(item.value).toBeCloseTo(
        (100 * at("china", "USGS MCS 2026 v1.3")) / at("world", "USGS MCS 2026 v1.3"),
        9,
      );
      expect(item.value!.toFixed(2)).toBe("71.05");
      const older = (await ask({ vintage: "USGS MCS 2025" })).items[0]!;
      expect(older.value).toBeCloseTo((100 * at("china", "USGS MCS 2025")) / at("world", "USGS MCS 2025"), 9);
      expect(older.value!.toFixed(2)).toBe("69.23");
    });

    it("series() with shareOf refuses an aggregate that does not contain the entity", async () => {
      await expect(
        store.series(
          SeriesQuerySchema.parse({ metric: "mine_production", entity: "China", shareOf: "EU-27" }),
        ),
      ).rejects.toThrow(/EU-27 does not contain China/);
    });

    it("no preferred figure carries an exclusion, and no key has two preferred rows", async () => {
      const rows = await store.sql.query<{ bad: number; dup: number }>(
        `SELECT (SELECT count(*)::int FROM figure WHERE preferred AND exclude_reason <> '') AS bad,
                (SELECT count(*)::int FROM (SELECT series_key, period FROM figure WHERE preferred
                  GROUP BY series_key, period HAVING count(*) > 1) d) AS dup`,
      );
      expect(rows[0]).toEqual({ bad: 0, dup: 0 });
    });

    it("a second load of the same data changes nothing", async () => {
      const s = await store.loadDataset(await bundledData());
      expect(s.changed).toBe(false);
    }, 60_000);
  });
}
