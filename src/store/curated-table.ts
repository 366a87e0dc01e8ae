/** @module A curated table declared once: columns and SQL types from the domain schema, date spans, filters, order. */
import type { z } from "zod";
import { type CuratedQueryBase, type Filter, queryCurated } from "./curated-query.ts";
import type { Page, SourceRef } from "./query-fields.ts";
import type { Sql } from "./sql.ts";
import { type Column, type SyncCounts, syncTable } from "./upsert.ts";

export interface CuratedTableOptions<Q, T> {
  /** SQL table and its alias in conditions (`capacity_project`, `p`); the key is `id`. */
  table: string;
  alias: string;
  /** The domain schema: its fields, in snake_case, are the table's columns (`sourceId2` -> `source_id_2`). */
  schema: z.ZodObject<z.ZodRawShape>;
  /** Date columns stored beside the fields (the spans of loose dates that range filters compare). */
  spans?: { columns: readonly string[]; of: (item: T) => Record<string, string | null> };
  filters: Filter<Q>[];
  /** Expressions searched by `q`. */
  search: string[];
  orderBy: string;
}

export interface CuratedTable<Q, T> {
  columns: Column[];
  /** The stored row of an item (fields and spans). */
  row(item: T): Record<string, unknown>;
  /** Items matching a resolved query, with their source and the total before paging. */
  query(sql: Sql, q: Q): Promise<Page<T & { source: SourceRef }>>;
  /** Makes the table hold exactly `items` (inside the caller's transaction). */
  sync(tx: Sql, items: readonly T[]): Promise<SyncCounts>;
}

/** `camelCase` -> `snake_case` column (`sourceId2` -> `source_id_2`). */
const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/(\D)(\d+)$/, "$1_$2");

/** The SQL type a field is read from JSON as: integer, double precision, boolean, text[] or text. */
function sqlType(field: z.ZodType): string {
  const t = field.def.type === "nullable" ? (field as z.ZodNullable<z.ZodType>).unwrap() : field;
  if (t.def.type === "number")
    return (t as z.ZodNumber).format === "safeint" ? "integer" : "double precision";
  if (t.def.type === "boolean") return "boolean";
  if (t.def.type === "array") return "text[]";
  return "text";
}

export function defineCuratedTable<Q extends CuratedQueryBase, T extends Record<string, unknown>>(
  o: CuratedTableOptions<Q, T>,
): CuratedTable<Q, T> {
  const fields = Object.entries(o.schema.shape).map(([key, f]) => ({
    key,
    column: { name: snake(key), type: sqlType(f as z.ZodType) },
  }));
  const columns = [
    ...fields.map((f) => f.column),
    ...(o.spans?.columns ?? []).map((name) => ({ name, type: "date" })),
  ];
  const read = (r: Record<string, unknown>) =>
    Object.fromEntries(fields.map((f) => [f.key, r[f.column.name]])) as T;
  const row = (x: T) => ({
    ...Object.fromEntries(fields.map((f) => [f.column.name, x[f.key]])),
    ...o.spans?.of(x),
  });
  return {
    columns,
    row,
    query: (sql, q) => queryCurated(sql, { ...o, read }, q),
    sync: (tx, items) => syncTable(tx, o.table, columns, ["id"], items.map(row)),
  };
}
