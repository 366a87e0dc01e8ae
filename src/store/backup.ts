/**
 * @module Backup and restore: every table of the store as JSON lines (one header line, then `{"table", "row"}` lines),
 * the same format from PGlite and PostgreSQL and restorable into either. Restoring replaces the whole store contents
 * in one transaction.
 */
import type { Sql } from "./sql.ts";

export const BACKUP_FORMAT = "lodestone-backup";
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** The migrations the dumped store had applied. */
  migrations: string[];
  /** Tables in restore order (parents first) with their row counts. */
  tables: { name: string; rows: number }[];
}

/** A backup file that cannot be restored: the message names the line and what was expected. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

/** The store's tables (its schema, migrations' bookkeeping left out), parents before the tables that reference them. */
export async function storeTables(sql: Sql): Promise<string[]> {
  const tables = (
    await sql.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'schema_migration'
       ORDER BY table_name`,
    )
  ).map((t) => t.name);
  const edges = await sql.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
     JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE k.contype = 'f' AND n.nspname = current_schema() AND c.relname <> p.relname`,
  );
  const ordered: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (ordered.includes(t) || path.has(t)) return;
    path.add(t);
    for (const e of edges) if (e.child === t) visit(e.parent, path);
    ordered.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return ordered.filter((t) => tables.includes(t));
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Writes the whole store through `write` (one line at a time); returns the header it wrote. */
export async function dumpStore(sql: Sql, write: (line: string) => Promise<void>): Promise<BackupHeader> {
  return sql.transaction(async (tx) => {
    // One snapshot for every table (PostgreSQL); PGlite has a single connection anyway.
    if (tx.kind === "postgres") await tx.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // Timestamps in UTC, so the same store gives the same file whatever the server's time zone.
    await tx.exec("SET LOCAL TimeZone = 'UTC'");
    const names = await storeTables(tx);
    const migrations = (
      await tx.query<{ name: string }>("SELECT name FROM schema_migration ORDER BY name")
    ).map((m) => m.name);
    const tables: BackupHeader["tables"] = [];
    for (const name of names) {
      const [n] = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${ident(name)}`);
      tables.push({ name, rows: n?.n ?? 0 });
    }
    const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, migrations, tables };
    await write(JSON.stringify(header));
    // Rows that reference their own table (a republished copy's copy_of) come after the rows they reference.
    const selfRefs = await tx.query<{ t: string; c: string }>(
      `SELECT c.relname AS t, a.attname AS c FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
       WHERE k.contype = 'f' AND k.conrelid = k.confrelid AND n.nspname = current_schema()`,
    );
    for (const { name } of tables) {
      const first = selfRefs
        .filter((x) => x.t === name)
        .map((x) => `t.${ident(x.c)} IS NOT NULL, `)
        .join("");
      const rows = await tx.query<{ r: Record<string, unknown> }>(
        `SELECT to_jsonb(t) AS r FROM ${ident(name)} t ORDER BY ${first}1`,
      );
      for (const { r } of rows) await write(JSON.stringify({ table: name, row: r }));
    }
    return header;
  });
}

/** Checks a backup's header line against the store it is restored into. */
export async function readHeader(sql: Sql, line: string | undefined): Promise<BackupHeader> {
  let h: Partial<BackupHeader>;
  try {
    h = JSON.parse(line ?? "") as Partial<BackupHeader>;
  } catch {
    throw new BackupError("line 1: not a Lodestone backup (expected a JSON header line)");
  }
  if (h?.format !== BACKUP_FORMAT || !Array.isArray(h.tables) || !Array.isArray(h.migrations))
    throw new BackupError(`line 1: not a Lodestone backup (expected "format": "${BACKUP_FORMAT}")`);
  if (h.version !== BACKUP_VERSION)
    throw new BackupError(
      `line 1: backup format version ${h.version}; this Lodestone reads version ${BACKUP_VERSION}`,
    );
  const known = new Set(
    (await sql.query<{ name: string }>("SELECT name FROM schema_migration")).map((m) => m.name),
  );
  const newer = h.migrations.filter((m) => !known.has(m));
  if (newer.length)
    throw new BackupError(
      `the backup comes from a newer Lodestone (migrations ${newer.join(", ")}); upgrade first`,
    );
  return h as BackupHeader;
}

const CHUNK = 500;

/**
 * Replaces the store's contents with the backup in `lines` (header first), in one transaction: nothing is changed
 * unless every line is restored. Returns the rows restored per table.
 */
export async function restoreStore(sql: Sql, lines: AsyncIterable<string>): Promise<Record<string, number>> {
  return sql.transaction(async (tx) => {
    const it = lines[Symbol.asyncIterator]();
    const header = await readHeader(tx, (await it.next()).value as string | undefined);
    const tables = await storeTables(tx);
    for (const t of header.tables)
      if (!tables.includes(t.name)) throw new BackupError(`line 1: the store has no table "${t.name}"`);
    for (const t of [...tables].reverse()) await tx.exec(`DELETE FROM ${ident(t)}`);
    // Row types qualified by schema: a table named "record" would otherwise mean the pseudo-type.
    const [{ schema } = { schema: "public" }] = await tx.query<{ schema: string }>(
      "SELECT current_schema() AS schema",
    );
    const counts: Record<string, number> = Object.fromEntries(header.tables.map((t) => [t.name, 0]));
    let batch: Record<string, unknown>[] = [];
    let batchTable = "";
    const flush = async () => {
      if (!batch.length) return;
      const cols = Object.keys(batch[0]!).map(ident).join(", ");
      await tx.query(
        `INSERT INTO ${ident(batchTable)} (${cols}) OVERRIDING SYSTEM VALUE
         SELECT ${cols} FROM jsonb_populate_recordset(null::${ident(schema)}.${ident(batchTable)}, $1::jsonb)`,
        [JSON.stringify(batch)],
      );
      counts[batchTable] = (counts[batchTable] ?? 0) + batch.length;
      batch = [];
    };
    let lineNo = 1;
    for (let r = await it.next(); !r.done; r = await it.next()) {
      lineNo++;
      const text = r.value as string;
      if (!text.trim()) continue;
      let entry: { table?: unknown; row?: unknown };
      try {
        entry = JSON.parse(text) as typeof entry;
      } catch {
        throw new BackupError(`line ${lineNo}: not JSON`);
      }
      if (
        typeof entry.table !== "string" ||
        !(entry.table in counts) ||
        typeof entry.row !== "object" ||
        !entry.row
      )
        throw new BackupError(`line ${lineNo}: expected {"table": one of the header's tables, "row": {...}}`);
      if (entry.table !== batchTable || batch.length >= CHUNK) {
        await flush();
        batchTable = entry.table;
      }
      batch.push(entry.row as Record<string, unknown>);
    }
    await flush();
    for (const t of header.tables)
      if (counts[t.name] !== t.rows)
        throw new BackupError(
          `table ${t.name}: the header announces ${t.rows} rows but the file has ${counts[t.name]} (truncated file?)`,
        );
    // Identity columns continue after the restored ids.
    const identities = await tx.query<{ t: string; c: string }>(
      `SELECT table_name AS t, column_name AS c FROM information_schema.columns
       WHERE table_schema = current_schema() AND is_identity = 'YES'`,
    );
    for (const { t, c } of identities)
      await tx.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(${ident(c)}) FROM ${ident(t)}), 0) + 1, false)`,
        [t, c],
      );
    return counts;
  });
}
