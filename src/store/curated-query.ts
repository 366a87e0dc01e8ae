/** @module One query over a curated table: declared filters, text search, excluded rows, count, source, order and page. */
import { periodSpan } from "../domain/period.ts";
import { likePattern, type Page } from "./query-fields.ts";
import { parseSource, type SourceRef, SourceRefSchema, sourceSelect } from "./source-ref.ts";
import type { Sql } from "./sql.ts";
import { createWhere, type Where } from "./where.ts";

/** One filter of a query: adds its condition to `where` when its field is set. */
export type Filter<Q> = (q: Q, where: Where) => void;

/** The fields every curated query has (text search, excluded rows, paging). */
export interface CuratedQueryBase {
  q?: string | undefined;
  excluded: "include" | "exclude" | "only";
  limit: number;
  offset: number;
}

/** A curated table as its query sees it. */
export interface CuratedTableSpec<Q, T> {
  /** SQL table and its alias in conditions (`capacity_project`, `p`). */
  table: string;
  alias: string;
  filters: Filter<Q>[];
  /** Expressions searched by `q` (concatenated, case-insensitive containment). */
  search: string[];
  orderBy: string;
  /** Select list of the row's columns (alias `alias`). */
  select: string;
  read: (row: Record<string, unknown>) => T;
}

type Key<Q, V> = { [K in keyof Q]-?: NonNullable<Q[K]> extends V ? K : never }[keyof Q];

/** A condition with one `?`, added when the field is set (a non-empty list or text, or a number); `value` maps it. */
export const when =
  <Q, K extends keyof Q>(
    field: K,
    condition: string,
    value: (v: NonNullable<Q[K]>) => unknown = (v) => v,
  ): Filter<Q> =>
  (q, where) => {
    const v = q[field];
    if (v === undefined || v === null || v === "" || (Array.isArray(v) && !v.length)) return;
    where.add(condition, value(v as NonNullable<Q[K]>));
  };

/** `column = ANY(list)`; with several columns, any of them (`type` casts the list, text by default). */
export const anyOf =
  <Q>(field: Key<Q, readonly (string | number)[]>, columns: string | string[], type = "text"): Filter<Q> =>
  (q, where) => {
    const v = q[field] as readonly unknown[] | undefined;
    if (!v?.length) return;
    if (typeof columns === "string") return where.add(`${columns} = ANY(?::${type}[])`, v);
    const p = `${where.param(v)}::${type}[]`;
    where.raw(`(${columns.map((c) => `${c} = ANY(${p})`).join(" OR ")})`);
  };

/** An array column sharing an element with the list (`column && list`). */
export const overlaps = <Q>(field: Key<Q, readonly string[]>, column: string): Filter<Q> =>
  when(field, `${column} && ?::text[]`);

/** Text contained in any of the columns (case-insensitive). */
export const containsText =
  <Q>(field: Key<Q, string>, ...columns: string[]): Filter<Q> =>
  (q, where) => {
    const v = q[field] as string | undefined;
    if (!v) return;
    const p = where.param(likePattern(v));
    where.raw(
      columns.length === 1
        ? `${columns[0]} ILIKE ${p}`
        : `(${columns.map((c) => `${c} ILIKE ${p}`).join(" OR ")})`,
    );
  };

/** An integer expression at least (`">="`) or at most (`"<="`) the field's year. */
export const yearBound =
  <Q>(field: Key<Q, number>, op: ">=" | "<=", expr: string): Filter<Q> =>
  (q, where) => {
    const v = q[field] as number | undefined;
    if (v !== undefined) where.add(`${expr} ${op} ?::int`, v);
  };

/** A date column at or after the start of the field's period (`">="`), or at or before its end (`"<="`). */
export const periodBound =
  <Q>(field: Key<Q, string>, op: ">=" | "<=", column: string): Filter<Q> =>
  (q, where) => {
    const v = q[field] as string | undefined;
    if (!v) return;
    const span = periodSpan(v)!;
    where.add(`${column} ${op} ?::date`, op === ">=" ? span.start : span.end);
  };

/** The rows matching `q` (filters in order, then text search and the excluded switch), with the total before paging. */
export async function queryCurated<Q extends CuratedQueryBase, T>(
  sql: Sql,
  spec: CuratedTableSpec<Q, T>,
  q: Q,
): Promise<Page<T & { source: SourceRef }>> {
  const a = spec.alias;
  const where = createWhere();
  for (const f of spec.filters) f(q, where);
  if (q.q) where.add(`concat_ws(' ', ${spec.search.join(", ")}) ILIKE ?`, likePattern(q.q));
  if (q.excluded === "exclude") where.raw(`${a}.exclude_reason = ''`);
  if (q.excluded === "only") where.raw(`${a}.exclude_reason <> ''`);
  const total = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${spec.table} ${a} ${where.sql}`,
    where.params,
  );
  const rows = await sql.query<Record<string, unknown>>(
    `SELECT ${spec.select}, ${sourceSelect(SourceRefSchema)} FROM ${spec.table} ${a} JOIN source s ON s.id = ${a}.source_id ${where.sql}
     ORDER BY ${spec.orderBy} LIMIT ${q.limit} OFFSET ${q.offset}`,
    where.params,
  );
  return {
    total: total[0]?.n ?? 0,
    items: rows.map((r) => ({ ...spec.read(r), source: parseSource(SourceRefSchema, r) })),
  };
}

/** Distinct non-empty values, sorted (the known values a filter is checked against). */
export const distinct = (xs: readonly string[]): string[] => [...new Set(xs.filter(Boolean))].sort();

/** The known values some filter value matches (a filter's canonical values), or undefined when the filter is unset. */
export const matching = <K>(
  values: readonly string[] | undefined,
  known: readonly K[],
  matches: (value: string, known: K) => boolean,
): K[] | undefined => values && known.filter((k) => values.some((v) => matches(v, k)));

/** A single text filter as a list for `unknownValues`. */
export const one = (v: string | undefined): string[] | undefined => (v === undefined ? undefined : [v]);
