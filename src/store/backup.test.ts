import { afterAll, describe, expect, it } from "vitest";
import { fixtureArticle } from "./articles.case.ts";
import { saveArticle } from "./articles.ts";
import { BackupError, dumpStore, restoreStore } from "./backup.ts";
import { curatedFixture } from "./curated-fixture.ts";
import { fixtureDataset } from "./store.case.ts";
import type { Store } from "./store.ts";
import { postgresSuite } from "../../test/support/needs.ts";
import { openTestStore } from "../../test/support/test-store.ts";

/** A store holding the fixture knowledge base, curated tables and articles, one of them a republished copy. */
async function filled(open: () => Promise<Store>): Promise<Store> {
  const store = await open();
  await store.loadDataset({ ...fixtureDataset(), ...pick(curatedFixture()) });
  await saveArticle(
    store.sql,
    fixtureArticle({ text: "title: Test title\n---\nbody", docDate: "2025-08-20" }),
  );
  const meta = { ...fixtureArticle().meta, source: "https://example.net/copy", title: "Copy" };
  await saveArticle(store.sql, fixtureArticle({ meta, docDate: "2025-08-20" }));
  return store;
}

/**
 * One filled PGlite store shared by the tests that only read it as a backup's source (a restore that is refused
 * leaves it as it was, which the refusal test asserts): filling a store is most of each test's work.
 */
let sharedPglite: Promise<Store> | undefined;
const filledPglite = () => (sharedPglite ??= filled(() => openTestStore()));
afterAll(async () => {
  await (await sharedPglite)?.close();
});

function pick(ds: ReturnType<typeof curatedFixture>) {
  const { policyEvents, capacityProjects, companyResults, marketEstimates } = ds;
  return { policyEvents, capacityProjects, companyResults, marketEstimates };
}

async function dump(store: Store): Promise<string[]> {
  const lines: string[] = [];
  await dumpStore(store.sql, async (l) => {
    lines.push(l);
  });
  return lines;
}

async function* each(lines: string[]) {
  yield* lines;
}

/** `filledFrom` gives a filled source store and whether the test owns it (closes it after). */
function roundTrip(
  from: string,
  filledFrom: () => Promise<{ store: Store; owned: boolean }>,
  to: string,
  openTo: () => Promise<Store>,
) {
  it(`restores a ${from} backup into ${to}: the same rows, and the store keeps working`, async () => {
    const { store: a, owned } = await filledFrom();
    const b = await openTo();
    try {
      const lines = await dump(a);
      const header = JSON.parse(lines[0]!);
      expect(header.tables.map((t: { name: string }) => t.name)).toEqual(
        expect.arrayContaining(["source", "figure", "article", "claim", "article_event", "dataset_version"]),
      );
      expect(header.tables.find((t: { name: string }) => t.name === "article").rows).toBe(2);
      const names = header.tables.map((t: { name: string }) => t.name);
      expect(names.indexOf("source")).toBeLessThan(names.indexOf("figure"));
      expect(names.indexOf("article")).toBeLessThan(names.indexOf("claim"));
      // Something already in the target is replaced, not merged.
      await saveArticle(b.sql, fixtureArticle({ body: "A body only the target store had." }));
      const counts = await restoreStore(b.sql, each(lines));
      expect(counts.article).toBe(2);
      expect(await dump(b)).toEqual(lines);
      // Identity columns continue after the restored ids: a new dataset version is accepted.
      await b.loadDataset(fixtureDataset());
      const versions = await b.sql.query<{ n: number }>(
        "SELECT count(DISTINCT id)::int AS n FROM dataset_version",
      );
      expect(versions[0]!.n).toBe(2);
    } finally {
      if (owned) await a.close();
      await b.close();
    }
  }, 120_000);
}

const sharedSource = async () => ({ store: await filledPglite(), owned: false });

describe("backup and restore", () => {
  roundTrip("PGlite", sharedSource, "PGlite", () => openTestStore());

  it("refuses a truncated or foreign file, leaving the store as it was", async () => {
    const a = await filledPglite();
    const lines = await dump(a);
    const before = await dump(a);
    await expect(restoreStore(a.sql, each(lines.slice(0, -3)))).rejects.toThrow(
      /announces \d+ rows but the file has \d+ \(truncated file\?\)/,
    );
    await expect(restoreStore(a.sql, each(["not json", ...lines.slice(1)]))).rejects.toBeInstanceOf(
      BackupError,
    );
    await expect(restoreStore(a.sql, each([lines[0]!, '{"table":"nope","row":{}}']))).rejects.toThrow(
      /line 2: expected/,
    );
    expect(await dump(a)).toEqual(before);
  }, 120_000);
});

postgresSuite("backup and restore across PGlite and PostgreSQL", (openPg) => {
  roundTrip("PGlite", sharedSource, "PostgreSQL", openPg);
  roundTrip(
    "PostgreSQL",
    async () => ({ store: await filled(openPg), owned: true }),
    "PGlite",
    () => openTestStore(),
  );
});
