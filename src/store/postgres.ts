/** @module PostgreSQL adapter (node-postgres), used when DATABASE_URL is set. */
import pg from "pg";
import type { Sql } from "./sql.ts";

/** The URL with its password hidden, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable URL)";
  }
}

function clientSql(client: pg.PoolClient): Sql {
  return {
    kind: "postgres",
    async query<T>(text: string, params: readonly unknown[] = []) {
      return (await client.query(text, params as unknown[])).rows as T[];
    },
    async exec(text: string) {
      await client.query(text);
    },
    async transaction<T>(fn: (tx: Sql) => Promise<T>) {
      return fn(this);
    },
    async close() {},
  };
}

/**
 * Connects to PostgreSQL at `url`; `schema` (created if missing) isolates test runs.
 * Rejects with a message naming the redacted URL when the server cannot be reached.
 */
export async function openPostgres(url: string, schema?: string): Promise<Sql> {
  const options = schema ? `-c search_path=${schema}` : undefined;
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: 5000,
    max: 4,
    ...(options ? { options } : {}),
  });
  pool.on("error", () => {});
  try {
    const c = await pool.connect();
    try {
      if (schema) await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      c.release();
    }
  } catch (e) {
    await pool.end().catch(() => {});
    const reason = e instanceof Error ? e.message || (e as { code?: string }).code || e.name : String(e);
    throw new Error(`cannot connect to PostgreSQL at ${redactUrl(url)}: ${reason}`);
  }
  return {
    kind: "postgres",
    async query<T>(text: string, params: readonly unknown[] = []) {
      return (await pool.query(text, params as unknown[])).rows as T[];
    },
    async exec(text: string) {
      await pool.query(text);
    },
    async transaction<T>(fn: (tx: Sql) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(clientSql(client));
        await client.query("COMMIT");
        return result;
      } catch (e) {
        await client.query("ROLLBACK").catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
