/** @module A curated table declared once: columns and SQL types from the domain schema, date spans, filters, order. */
import type { z } from "zod";
import { type CuratedQueryBase, type Filter, queryCurated } from "./curated-query.ts";
import { defineTable } from "./define-table.ts";
import type { Page } from "./query-fields.ts";
import type { SourceRef } from "./source-ref.ts";
import type { Sql } from "./sql.ts";
import { type Column, type SyncCounts, syncTable } from "./upsert.ts";

export interface CuratedTableOptions<Q, T> {
  /** SQL table and its alias in conditions (`capacity_project`, `p`); the key is `id`. */
  table: string;
  alias: string;
  /** The domain schema: its fields, in snake_case, are the table's columns (`sourceId2` -> `source_id_2`). */
  schema: z.ZodObject & z.ZodType<T>;
  /** Date columns stored beside the fields (the spans of loose dates that range filters compare). */
  spans?: { columns: readonly string[]; of: (item: T) => Record<string, string | null> };
  filters: Filter<Q>[];
  /** Expressions searched by `q`. */
  search: string[];
  orderBy: string;
}

export interface CuratedTable<Q, T> {
  /** SQL table name and its columns (the domain schema's fields, then the date spans). */
  name: string;
  columns: Column[];
  /** Items matching a resolved query, with their source and the total before paging. */
  query(sql: Sql, q: Q): Promise<Page<T & { source: SourceRef }>>;
  /** Makes the table hold exactly `items` (inside the caller's transaction). */
  sync(tx: Sql, items: readonly T[]): Promise<SyncCounts>;
}

export function defineCuratedTable<Q extends CuratedQueryBase, T extends Record<string, unknown>>(
  o: CuratedTableOptions<Q, T>,
): CuratedTable<Q, T> {
  const table = defineTable({
    name: o.table,
    schema: o.schema,
    key: ["id"],
    extra: (o.spans?.columns ?? []).map((name) => ({ name, type: "date" })),
  });
  const read = (r: Record<string, unknown>): T => table.parse(r);
  const row = (x: T) => ({ ...table.toRow(x), ...o.spans?.of(x) });
  return {
    name: table.name,
    columns: table.columns,
    query: (sql, q) => queryCurated(sql, { ...o, select: table.select(o.alias), read }, q),
    sync: (tx, items) => syncTable(tx, table, items.map(row)),
  };
}
