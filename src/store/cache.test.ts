import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fixtureDataset } from "./store.case.ts";
import { openStore, type Store } from "./store.ts";

/** The fixture with Japan's rows dropped: a load that removes a counterparty from the facets. */
function withoutJapan() {
  const ds = fixtureDataset();
  return { ...ds, figures: ds.figures.filter((f) => f.counterparty !== "Japan") };
}

describe("read cache (PGlite)", () => {
  it("serves facets and the dataset version from cache until a load changes them", async () => {
    const store = await openStore();
    try {
      await store.loadDataset(fixtureDataset());
      const before = await store.facets();
      expect(before.counterparties).toContain("Japan");
      const v1 = await store.datasetVersion();
      await store.loadDataset(withoutJapan());
      expect((await store.facets()).counterparties).not.toContain("Japan");
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
