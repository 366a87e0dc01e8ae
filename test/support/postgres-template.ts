/**
 * @module PostgreSQL test stores holding the bundled data/: one template database per template key (the same key as
 * the PGlite templates, store-templates.ts), built once and kept on the server, then cloned per test store with
 * `CREATE DATABASE ... TEMPLATE`, instead of loading 19,000 figures over the wire in every run. A clone is dropped
 * when its store is closed. Built under a temporary name and renamed into place, so a concurrent run never clones a
 * half-loaded template.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { redactUrl } from "../../src/store/postgres.ts";
import type { Store } from "../../src/store/store.ts";

/** The schema the template's tables live in (clones keep it). */
export const TEMPLATE_SCHEMA = "lodestone_test";

/** `url` with another database name. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function databaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres";
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  c.on("error", () => {});
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end().catch(() => {});
  }
}

/**
 * Returns the name of the template database for `key` on the server at `url`, building it first when missing
 * (`load` fills a store opened on it). Templates of other keys of the same database are dropped when not in use.
 */
export async function preparePostgresTemplate(
  url: string,
  key: string,
  load: (store: Store) => Promise<void>,
  log: (line: string) => void = () => {},
): Promise<string> {
  const prefix = `${databaseOf(url)}_bundled_`;
  const name = `${prefix}${key}`;
  const exists = (c: pg.Client, db: string) =>
    c.query("SELECT 1 FROM pg_database WHERE datname = $1", [db]).then((r) => r.rowCount === 1);
  if (await admin(url, (c) => exists(c, name))) return name;
  const started = performance.now();
  const tmp = `${prefix}tmp_${randomBytes(4).toString("hex")}`;
  await admin(url, (c) => c.query(`CREATE DATABASE ${ident(tmp)}`));
  try {
    const { openStore } = await import("../../src/store/store.ts");
    const store = await openStore({ url: withDatabase(url, tmp), schema: TEMPLATE_SCHEMA });
    try {
      await load(store);
    } finally {
      await store.close();
    }
    await admin(url, async (c) => {
      if (await exists(c, name)) return; // another run finished it first; ours is dropped below
      await c.query(`ALTER DATABASE ${ident(tmp)} RENAME TO ${ident(name)}`);
    });
    log(
      `PostgreSQL test template ${name} built in ${((performance.now() - started) / 1000).toFixed(1)} s on ${redactUrl(url)}`,
    );
  } finally {
    await admin(url, (c) => c.query(`DROP DATABASE IF EXISTS ${ident(tmp)}`)).catch(() => {});
  }
  await dropUnused(url, (db) => db.startsWith(prefix) && db !== name && !db.startsWith(`${prefix}tmp_`));
  return name;
}

/** Clones a crashed run left behind (a clone is dropped when its store closes); those in use are kept. */
export function pruneClones(url: string): Promise<void> {
  const prefix = `${databaseOf(url)}_t_`;
  return dropUnused(url, (db) => db.startsWith(prefix));
}

/** Drops the databases `which` selects that nobody is connected to. */
async function dropUnused(url: string, which: (db: string) => boolean): Promise<void> {
  await admin(url, async (c) => {
    const idle = await c.query<{ datname: string }>(
      `SELECT datname FROM pg_database d WHERE NOT datistemplate
         AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datid = d.oid)`,
    );
    for (const { datname } of idle.rows.filter((r) => which(r.datname)))
      await c.query(`DROP DATABASE IF EXISTS ${ident(datname)}`).catch(() => {}); // taken meanwhile: kept
  });
}

/** A fresh store on a clone of `template` (a database of its own); closing the store drops the clone. */
export async function openTemplateClone(url: string, template: string): Promise<Store> {
  const clone = `${databaseOf(url)}_t_${randomBytes(4).toString("hex")}`;
  await admin(url, (c) => c.query(`CREATE DATABASE ${ident(clone)} TEMPLATE ${ident(template)}`));
  const drop = () => admin(url, (c) => c.query(`DROP DATABASE IF EXISTS ${ident(clone)}`));
  try {
    const { openStore } = await import("../../src/store/store.ts");
    const store = await openStore({ url: withDatabase(url, clone), schema: TEMPLATE_SCHEMA });
    const close = store.close.bind(store);
    return Object.assign(store, { close: () => close().finally(drop) });
  } catch (e) {
    await drop().catch(() => {});
    throw e;
  }
}
