/** @module Table: how one data file is declared (columns, row schema, key, figures) and the helpers tables share. */
import { z } from "zod";
import { type Figure, type FigureInput, FigureSchema } from "../domain/figure.ts";
import type { RecordKind } from "../domain/record.ts";
import type { DatasetItem } from "./dataset.ts";

/**
 * A figure as a table produces it, before its unit and range are checked against the metric registry: the input of
 * FigureSchema (a field with a default may be left out) without what toFigure adds (id, dataset, family), its unit
 * and source id still plain text, and where the value came from. Derived from the schema, so a figure's fields are
 * declared once (src/domain/figure.ts).
 */
export type FigureDraft = Omit<FigureInput, "id" | "dataset" | "family" | "unit" | "sourceId"> & {
  /** CSV column the value came from (for issue paths). */
  column: string;
  /** Distinguishes two figures of one metric in one row (e.g. `base`, `target`). */
  idSuffix?: string;
  unit: string;
  sourceId: string;
};

/** What a table may ask about other files while mapping a row (read-only). */
export interface TableContext {
  /** Publication year of a source (or its access year when undated); null when the source is unknown. */
  sourceYear(sourceId: string): string | null;
}

export interface TableSpec<Row extends { sourceId: string }> {
  /** Dataset id used in figure ids, e.g. `china-magnet-exports`. */
  name: string;
  /** File name inside the data directory. */
  file: string;
  /** Expected header, snake_case, in order. */
  columns: readonly string[];
  /** Parses one record (column name -> raw text) into a typed camelCase row. */
  schema: z.ZodType<Row>;
  /** Columns whose values identify a row. */
  key: readonly string[];
  /** `row`: the key is unique per row; `figure`: rows may share a key when they carry different measures. */
  keyScope?: "row" | "figure";
  /** Column holding a unit from the canonical list, when the unit varies by row. */
  unitColumn?: string;
  toFigures?: (row: Row, ctx: TableContext) => FigureDraft[];
  /**
   * Whether the figures are served (default true). Reference facts restate figures of other tables; their
   * figures are built only so that units and ranges are checked, and are not served twice.
   */
  serveFigures?: boolean;
  toRecord?: { kind: RecordKind; id: (row: Row) => string };
  /** The row as a typed item of the Dataset (policy events, capacity projects, company results, market estimates). */
  toItem?: (row: Row) => DatasetItem;
  /**
   * Numeric columns where a published zero does not occur: a `0` there has only ever been a blank source cell turned
   * into a number, so `data check` refuses it (leave the cell empty when the source gives no number).
   */
  nonZero?: readonly string[];
}

// biome-ignore lint/suspicious/noExplicitAny: a registry holds tables of different row types.
export type AnyTableSpec = TableSpec<any>;

export const defineTable = <Row extends { sourceId: string }>(spec: TableSpec<Row>): TableSpec<Row> => spec;

type Camel<S extends string> = S extends `${infer H}_${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
/** Type of a snake_case record with its keys converted to camelCase. */
export type CamelKeys<T> = { [K in keyof T as Camel<K & string>]: T[K] };

const CAMEL = new Map<string, string>();
const toCamel = (s: string) => {
  let c = CAMEL.get(s);
  if (c === undefined) {
    c = s.replace(/_([a-z0-9])/g, (_, ch: string) => ch.toUpperCase());
    CAMEL.set(s, c);
  }
  return c;
};

/** Each column of a curated data file, in file order, with the field of the domain object that holds its value. */
export type ColumnFields<T> = readonly (readonly [column: string, field: keyof T & string])[];

/** The column names, in file order. */
export const columnsOf = <T>(fields: ColumnFields<T>): string[] => fields.map(([c]) => c);

/** The domain fields of a checked camelCase row, in file order (for tables whose columns are renamed fields). */
export const fieldsOf = <T>(fields: ColumnFields<T>, row: Record<string, unknown>): T =>
  Object.fromEntries(fields.map(([c, f]) => [f, row[toCamel(c)]])) as T;

/** Converts the keys of a parsed snake_case row to camelCase (the only place the case changes). */
export function camelKeys<T extends Record<string, unknown>>(row: T): CamelKeys<T> {
  const out: Record<string, unknown> = {};
  for (const k in row) out[toCamel(k)] = row[k];
  return out as CamelKeys<T>;
}

/** The fields of a Figure in FigureSchema's order, and the defaults of those that have one. */
const FIGURE_FIELDS = Object.keys(FigureSchema.shape) as (keyof Figure)[];
const FIGURE_DEFAULTS: Partial<Record<keyof Figure, unknown>> = Object.fromEntries(
  Object.entries(FigureSchema.shape).flatMap(([k, f]) =>
    f instanceof z.ZodDefault ? [[k, f.def.defaultValue]] : [],
  ),
);

/** Builds a complete Figure from a checked draft: each field of FigureSchema, its default where the draft has none. */
export function toFigure(dataset: string, key: string, d: FigureDraft, family: Figure["family"]): Figure {
  const given: Partial<Record<keyof Figure, unknown>> = {
    ...d,
    id: `${dataset}:${key}:${d.metric}${d.idSuffix ? `:${d.idSuffix}` : ""}`,
    dataset,
    family,
  };
  const figure: Partial<Record<keyof Figure, unknown>> = {};
  for (const k of FIGURE_FIELDS) figure[k] = given[k] !== undefined ? given[k] : FIGURE_DEFAULTS[k];
  return figure as Figure;
}

/** Joins non-empty note fragments with "; ". */
export const joinNote = (...parts: (string | null | undefined | false)[]): string =>
  parts.filter((p): p is string => typeof p === "string" && p.trim() !== "").join("; ");
