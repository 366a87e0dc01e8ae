/**
 * @module A table declared once by its zod row schema: the column list (snake_case names, SQL types), the select
 * list, the stored row of an item and the parsing of a selected row back into the item. The SQL migration stays SQL;
 * test/table-columns.test.ts checks that each schema's columns are the migrated table's.
 */
import { z } from "zod";
import type { Column } from "./upsert.ts";

/** SQL types a field is stored as; date and timestamp columns are named in `types` (they are text in the schema). */
export type SqlType =
  | "text"
  | "double precision"
  | "integer"
  | "boolean"
  | "text[]"
  | "jsonb"
  | "date"
  | "timestamptz";

type NoDefault<T> = T extends z.ZodDefault<infer I extends z.ZodType> ? I : T;
/** A schema's fields without their defaults: a stored row has every column. */
export type StoredShape<S extends z.ZodRawShape> = { [K in keyof S]: NoDefault<S[K]> };

/** The object schema with each `.default()` removed (what a stored row holds; no field may be missing). */
export function withoutDefaults<S extends z.ZodRawShape>(o: z.ZodObject<S>): z.ZodObject<StoredShape<S>> {
  const shape = Object.fromEntries(
    Object.entries(o.shape).map(([k, f]) => [k, f instanceof z.ZodDefault ? f.unwrap() : f]),
  );
  return z.object(shape) as unknown as z.ZodObject<StoredShape<S>>;
}

/** `camelCase` -> `snake_case` column (`sourceId2` -> `source_id_2`). */
export const snakeCase = (k: string) =>
  k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/(\D)(\d+)$/, "$1_$2");

/** The SQL type of a field from its zod type: integer, double precision, boolean, text[], jsonb or text. */
function sqlTypeOf(field: z.core.$ZodType): SqlType {
  let t: z.core.$ZodType = field;
  while (t instanceof z.ZodNullable || t instanceof z.ZodOptional || t instanceof z.ZodDefault)
    t = t.unwrap();
  if (t instanceof z.ZodNumber) return t.format === "safeint" ? "integer" : "double precision";
  if (t instanceof z.ZodBoolean) return "boolean";
  if (t instanceof z.ZodArray) return "text[]";
  if (t instanceof z.ZodRecord || t instanceof z.ZodObject || t instanceof z.ZodUnknown) return "jsonb";
  return "text";
}

export interface TableOptions<Z extends z.ZodObject> {
  /** SQL table name. */
  name: string;
  /** The row schema: its fields, in snake_case, are the table's columns (a stored row has every column). */
  schema: Z;
  /** Key fields (the conflict target of the set-based upsert). */
  key: readonly (keyof Z["shape"] & string)[];
  /** Fields stored as dates or timestamps (read back as text: `2025-01-31`). */
  types?: Partial<Record<keyof Z["shape"] & string, "date" | "timestamptz">>;
  /** Columns stored beside the fields and not served (date spans that range filters compare). */
  extra?: readonly Column[];
}

export interface Table<Z extends z.ZodObject> {
  readonly name: string;
  /** The row schema: what a selected row parses into. */
  readonly schema: Z;
  readonly columns: Column[];
  /** Key column names. */
  readonly key: string[];
  /** Select list of the fields' columns under `alias`, dates and timestamps as text (`2025-01-31`). */
  select(alias: string): string;
  /** The stored row of an item: snake_case column -> value (without the extra columns). */
  toRow(item: z.infer<Z>): Record<string, unknown>;
  /** A selected row (snake_case columns, others ignored) parsed into the item; a bad row throws, naming the table. */
  parse(row: Record<string, unknown>): z.infer<Z>;
}

export function defineTable<Z extends z.ZodObject>(o: TableOptions<Z>): Table<Z> {
  const types: Partial<Record<string, SqlType>> = o.types ?? {};
  const fields = Object.entries(o.schema.shape).map(([key, f]) => {
    const name = snakeCase(key);
    return { key, name, type: types[key] ?? sqlTypeOf(f) };
  });
  const columns = [...fields.map(({ name, type }) => ({ name, type })), ...(o.extra ?? [])];
  const asText = new Set(
    fields.filter((f) => f.type === "date" || f.type === "timestamptz").map((f) => f.name),
  );
  return {
    name: o.name,
    schema: o.schema,
    columns,
    key: o.key.map(snakeCase),
    select: (a) =>
      fields
        .map((f) => (asText.has(f.name) ? `${a}.${f.name}::text AS ${f.name}` : `${a}.${f.name}`))
        .join(", "),
    toRow: (item) => {
      const values: Record<string, unknown> = item;
      return Object.fromEntries(fields.map((f) => [f.name, values[f.key]]));
    },
    parse: (r) => {
      const parsed = o.schema.safeParse(Object.fromEntries(fields.map((f) => [f.key, r[f.name]])));
      if (parsed.success) return parsed.data;
      const what = o.key.map((k) => r[snakeCase(k)]).join(":");
      const issues = parsed.error.issues.map((i) => `${snakeCase(String(i.path[0]))}: ${i.message}`);
      throw new Error(`${o.name} row ${what} does not match its schema: ${issues.join("; ")}`);
    },
  };
}
