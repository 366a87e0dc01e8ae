/** @module PGlite adapter: embedded PostgreSQL in a data folder (or in memory), no server to run. */
import { PGlite, type Transaction } from "@electric-sql/pglite";
import type { Sql } from "./sql.ts";

type Queryable = PGlite | Transaction;

function wrap(db: Queryable, root: PGlite): Sql {
  return {
    kind: "pglite",
    async query<T>(text: string, params: readonly unknown[] = []) {
      const r = await db.query<T>(text, params as unknown[]);
      return r.rows;
    },
    async exec(text: string) {
      await db.exec(text);
    },
    async transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
      if (db !== root) return fn(wrap(db, root));
      return root.transaction((tx) => fn(wrap(tx, root)));
    },
    async close() {
      if (db === root) await root.close();
    },
  };
}

/** Opens PGlite at `dataDir` (created when missing), or in memory when `dataDir` is undefined. */
export async function openPglite(dataDir?: string): Promise<Sql> {
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  return wrap(db, db);
}
