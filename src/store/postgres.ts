/** @module PostgreSQL adapter (node-postgres), used when DATABASE_URL is set; survives a server restart. */
import pg from "pg";
import type { Sql } from "./sql.ts";
import { isConnectionError, isNotSent, StoreUnavailableError } from "./store-unavailable.ts";

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

/** Pauses before attempt 2 and 3 of a statement whose connection failed: long enough for a fast restart. */
const BACKOFF_MS = [150, 600];
const READ_ONLY = /^\s*(select|with|show|explain)\b/i;
const WRITES = /\b(insert|update|delete|merge|create|alter|drop|truncate|grant|lock|nextval|setval)\b/i;

/** A statement that changes nothing, so repeating it after a lost connection cannot double a write. */
export function isReadOnlyStatement(text: string): boolean {
  return READ_ONLY.test(text) && !WRITES.test(text);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function unavailable(url: string, e: unknown): StoreUnavailableError {
  const reason = e instanceof Error ? e.message || (e as { code?: string }).code || e.name : String(e);
  return new StoreUnavailableError(
    `the PostgreSQL store at ${redactUrl(url)} is unavailable (${reason}); try again shortly`,
    { cause: e },
  );
}

/**
 * Runs `attempt` up to three times while the connection fails and repeating is safe (`repeatable(e)`); a connection
 * failure that may not be repeated, or the last one, becomes a StoreUnavailableError; other errors pass unchanged.
 */
async function withRetry<T>(url: string, attempt: () => Promise<T>, repeatable: (e: unknown) => boolean) {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (e) {
      if (!isConnectionError(e)) throw e;
      if (i >= BACKOFF_MS.length || !repeatable(e)) throw unavailable(url, e);
      await sleep(BACKOFF_MS[i]!);
    }
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
 * Rejects with a message naming the redacted URL when the server cannot be reached. Afterwards a lost connection
 * never ends the process: broken clients are destroyed (not returned to the pool), read-only statements are repeated
 * up to twice, a statement never sent is repeated whatever it is, and anything else rejects with
 * StoreUnavailableError; the pool opens fresh connections once the server is back.
 */
export async function openPostgres(url: string, schema?: string): Promise<Sql> {
  const options = schema ? `-c search_path=${schema}` : undefined;
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: 5000,
    max: 4,
    ...(options ? { options } : {}),
  });
  // An idle client whose connection dies: the pool has already removed it; nothing else to do.
  pool.on("error", () => {});
  // A client handed out by pool.connect() has no "error" listener until the caller's code runs, a few microtasks later;
  // the server's FATAL message (a restart, pg_terminate_backend) can arrive in the same socket read as the handover and
  // would end the process as an uncaught exception. Every client keeps this listener for life: failures still reach
  // the caller through its query's rejection or the transaction's own listener below.
  pool.on("connect", (client) => {
    client.on("error", () => {});
  });
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
    // pool.query destroys the client when its statement fails, so a broken connection never returns to the pool.
    async query<T>(text: string, params: readonly unknown[] = []) {
      const repeatable = (e: unknown) => isNotSent(e) || isReadOnlyStatement(text);
      return withRetry(
        url,
        async () => (await pool.query(text, params as unknown[])).rows as T[],
        repeatable,
      );
    },
    async exec(text: string) {
      await withRetry(url, () => pool.query(text), isNotSent);
    },
    async transaction<T>(fn: (tx: Sql) => Promise<T>) {
      const client = await withRetry(url, () => pool.connect(), isNotSent);
      // A checked-out client whose connection dies emits "error": without a listener the process would exit.
      let lost: unknown = null;
      const onError = (e: unknown) => {
        lost ??= e;
      };
      client.on("error", onError);
      let broken: unknown = null;
      try {
        await client.query("BEGIN");
        const result = await fn(clientSql(client));
        await client.query("COMMIT");
        return result;
      } catch (e) {
        if (lost || isConnectionError(e)) {
          broken = lost ?? e;
          // Whether COMMIT reached the server is unknown: never repeated here; the caller gets a 503.
          throw unavailable(url, broken);
        }
        await client.query("ROLLBACK").catch((r: unknown) => {
          broken = r;
        });
        throw e;
      } finally {
        client.off("error", onError);
        // Passing an error destroys the client instead of returning it to the pool.
        client.release(broken ? (broken instanceof Error ? broken : new Error(String(broken))) : undefined);
      }
    },
    async close() {
      await pool.end();
    },
  };
}
