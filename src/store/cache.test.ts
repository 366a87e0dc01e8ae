import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createReadCache, WEIGHT_BUDGET } from "./cache.ts";
import type { Sql } from "./sql.ts";
import { FigureQuerySchema } from "./figure-query.ts";
import { fixtureDataset } from "./store.case.ts";
import { openStore, type Store } from "./store.ts";

/** The fixture with Japan's rows dropped: a load that removes a counterparty from the facets. */
function withoutJapan() {
  const ds = fixtureDataset();
  return { ...ds, figures: ds.figures.filter((f) => f.counterparty !== "Japan") };
}

/** A PGlite-kind Sql that must never be queried (the cache asks PGlite nothing). */
const noSql = {
  kind: "pglite",
  query: () => Promise.reject(new Error("unexpected query")),
} as unknown as Sql;

describe("createReadCache()", () => {
  it("computes once per key, keeps weighed entries within the budget, least recently used out first", async () => {
    const cache = createReadCache(noSql);
    const calls: string[] = [];
    const get = (key: string, weight: number) =>
      cache.get(
        key,
        async () => {
          calls.push(key);
          return key;
        },
        () => weight,
      );
    const half = Math.floor(WEIGHT_BUDGET / 2);
    await get("a", half);
    await get("b", half);
    await get("a", half); // a is now the most recently used
    expect(calls).toEqual(["a", "b"]);
    await get("c", half); // over budget: b goes, a stays
    await get("a", half);
    await get("b", half);
    expect(calls).toEqual(["a", "b", "c", "b"]);
  });

  it("does not keep a failed computation", async () => {
    const cache = createReadCache(noSql);
    await expect(cache.get("k", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(cache.get("k", async () => 42)).resolves.toBe(42);
  });
});

describe("read cache (PGlite)", () => {
  it("serves facets and the dataset version from cache until a load changes them", async () => {
    const store = await openStore();
    try {
      await store.loadDataset(fixtureDataset());
      const before = await store.facets();
      expect(before.counterparties).toContain("Japan");
      const japan = FigureQuerySchema.parse({ counterparty: "Japan" });
      expect((await store.figures(japan)).total).toBeGreaterThan(0);
      const v1 = await store.datasetVersion();
      await store.loadDataset(withoutJapan());
      expect((await store.facets()).counterparties).not.toContain("Japan");
      expect((await store.figures(japan)).total).toBe(0);
      const v2 = await store.datasetVersion();
      expect(v2?.contentHash).not.toBe(v1?.contentHash);
      expect(v2?.figures).toBe(withoutJapan().figures.length);
    } finally {
      await store.close();
    }
  });

  it("analyzes after a load so the planner has statistics", async () => {
    const store = await openStore();
    try {
      await store.loadDataset(fixtureDataset());
      const rows = await store.sql.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stats WHERE tablename = 'figure' AND schemaname = current_schema()",
      );
      expect(rows[0]?.n).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });
});

const url = process.env.LODESTONE_TEST_DATABASE_URL;
describe.skipIf(!url)("read cache (PostgreSQL, two processes' stores on one schema)", () => {
  it("sees a dataset loaded by another store without being told", async () => {
    const schema = `t_${randomBytes(4).toString("hex")}`;
    const reader: Store = await openStore({ url, schema });
    const writer: Store = await openStore({ url, schema });
    try {
      await writer.loadDataset(fixtureDataset());
      expect((await reader.facets()).counterparties).toContain("Japan");
      await writer.loadDataset(withoutJapan());
      expect((await reader.facets()).counterparties).not.toContain("Japan");
      expect((await reader.datasetVersion())?.figures).toBe(withoutJapan().figures.length);
    } finally {
      await reader.sql.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await reader.close();
      await writer.close();
    }
  });
});
