/**
 * @module Planner statistics. PGlite runs no autovacuum, so a store loaded without ANALYZE has no statistics and the
 * planner spends milliseconds per figures query (measured: 10 ms planning for a 0.3 ms execution on the bundled
 * data). The store analyzes after each load that changed rows, and once at open when a loaded store has none.
 */
import type { Sql } from "./sql.ts";

/**
 * Refreshes the planner statistics of the store's own tables (a few tens of ms for the bundled data). Only the tables
 * of the store's schema: a bare ANALYZE would go through every schema of the database, which on a PostgreSQL server
 * shared with other stores (or other test runs) took 8-10 s instead of milliseconds.
 */
export async function analyze(sql: Sql): Promise<void> {
  const tables = await sql.query<{ name: string }>(
    `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`,
  );
  if (tables.length) await sql.exec(`ANALYZE ${tables.map((t) => t.name).join(", ")}`);
}

/** Analyzes when the figure table has rows but no statistics (a store loaded before this was done, or by hand). */
export async function ensureStatistics(sql: Sql): Promise<void> {
  const [row] = await sql.query<{ stats: number; rows: boolean }>(
    `SELECT (SELECT count(*)::int FROM pg_stats WHERE tablename = 'figure' AND schemaname = current_schema()) AS stats,
            EXISTS (SELECT 1 FROM figure) AS rows`,
  );
  if (row?.rows && row.stats === 0) await analyze(sql);
}
