/** Each table's row schema declares exactly the columns (names and SQL types) that the migrations create. */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capacityProjectTable } from "./capacity-projects.ts";
import { companyResultTable } from "./company-results.ts";
import { figureTable } from "./figure-row.ts";
import { marketEstimateTable } from "./market-estimates.ts";
import { policyEventTable } from "./policy-events.ts";
import { openStore, type Store } from "./store.ts";
import { datasetVersionTable, recordTable, sourceTable } from "./tables.ts";
import type { Column } from "./upsert.ts";

const DECLARED: { name: string; columns: readonly Column[] }[] = [
  sourceTable,
  figureTable,
  recordTable,
  datasetVersionTable,
  policyEventTable,
  capacityProjectTable,
  companyResultTable,
  marketEstimateTable,
];

/** information_schema's spelling of a declared SQL type. */
const infoType = (t: string) =>
  t === "text[]" ? "ARRAY _text" : t === "timestamptz" ? "timestamp with time zone" : t;

function runColumnCheck(label: string, open: () => Promise<Store>) {
  describe(`declared table columns on ${label}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(() => store.close());

    for (const table of DECLARED)
      it(`${table.name}: the row schema's columns are the migrated table's`, async () => {
        const rows = await store.sql.query<{ column_name: string; data_type: string; udt_name: string }>(
          `SELECT column_name, data_type, udt_name FROM information_schema.columns
           WHERE table_schema = current_schema() AND table_name = $1`,
          [table.name],
        );
        const migrated = rows
          .map((r) => `${r.column_name} ${r.data_type === "ARRAY" ? `ARRAY ${r.udt_name}` : r.data_type}`)
          .sort();
        const declared = table.columns.map((c) => `${c.name} ${infoType(c.type)}`).sort();
        expect(migrated.length).toBeGreaterThan(0);
        expect(declared).toEqual(migrated);
      });
  });
}

runColumnCheck("PGlite", () => openStore());

const url = process.env.LODESTONE_TEST_DATABASE_URL;
if (url)
  runColumnCheck("PostgreSQL", () => openStore({ url, schema: `t_${randomBytes(4).toString("hex")}` }));
else
  describe.skip("declared table columns on PostgreSQL (set LODESTONE_TEST_DATABASE_URL to run it)", () => {
    it("needs a server", () => {});
  });
