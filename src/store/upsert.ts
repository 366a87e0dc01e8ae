/** @module Set-based upsert: makes a table hold exactly a given set of rows, reporting what changed. */
import type { Sql } from "./sql.ts";

export interface Column {
  name: string;
  /** SQL type used to read the column from JSON (text, double precision, boolean, date, text[], jsonb). */
  type: string;
}

export interface SyncCounts {
  inserted: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

const CHUNK = 4000;

/**
 * Inserts new rows, updates rows whose content differs and (when `prune`) deletes rows whose key is absent.
 * `table` is a declared table (src/store/define-table.ts); rows are objects keyed by column name. Identical input leaves the table untouched (no row is written).
 */
export async function syncTable(
  tx: Sql,
  { name: table, columns, key }: { name: string; columns: readonly Column[]; key: readonly string[] },
  rows: readonly Record<string, unknown>[],
  options: { prune: boolean } = { prune: true },
): Promise<SyncCounts> {
  const counts: SyncCounts = { inserted: 0, updated: 0, deleted: 0, unchanged: 0 };
  const names = columns.map((c) => c.name);
  const nonKey = names.filter((n) => !key.includes(n));
  const recordDef = columns.map((c) => `${c.name} ${c.type}`).join(", ");

  if (options.prune) {
    // Composite keys are joined with ":"; key parts never contain it (kinds are enums, ids are validated).
    const keyText = key.map((k) => `t.${k}::text`).join(" || ':' || ");
    const keys = rows.map((r) => key.map((k) => String(r[k])).join(":"));
    const deleted = await tx.query<{ n: number }>(
      `WITH keep AS (SELECT unnest($1::text[]) AS k),
       gone AS (DELETE FROM ${table} t WHERE NOT EXISTS (SELECT 1 FROM keep WHERE keep.k = ${keyText}) RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [keys],
    );
    counts.deleted = deleted[0]?.n ?? 0;
  }

  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const set = nonKey.map((n) => `${n} = EXCLUDED.${n}`).join(", ");
    const changed = nonKey.map((n) => `${table}.${n} IS DISTINCT FROM EXCLUDED.${n}`).join(" OR ");
    const res = await tx.query<{ ins: number; upd: number }>(
      `WITH up AS (
         INSERT INTO ${table} (${names.join(", ")})
         SELECT ${names.join(", ")} FROM jsonb_to_recordset($1::jsonb) AS x(${recordDef})
         ON CONFLICT (${key.join(", ")}) DO UPDATE SET ${set} WHERE ${changed || "false"}
         RETURNING (xmax = 0) AS inserted)
       SELECT count(*) FILTER (WHERE inserted)::int AS ins, count(*) FILTER (WHERE NOT inserted)::int AS upd FROM up`,
      [JSON.stringify(chunk)],
    );
    counts.inserted += res[0]?.ins ?? 0;
    counts.updated += res[0]?.upd ?? 0;
  }
  counts.unchanged = rows.length - counts.inserted - counts.updated;
  return counts;
}
