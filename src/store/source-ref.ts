/** @module The source beside a served row: its schema (from the source table's), select list and parsing. */
import { z } from "zod";
import { snakeCase } from "./define-table.ts";
import { sourceTable } from "./tables.ts";

/** The source of a curated row, shown beside every value (its id a plain string: it crosses the API as text). */
export const SourceRefSchema = z.object({
  id: z.string(),
  ...sourceTable.schema.pick({ title: true, publisher: true, url: true, published: true, licence: true })
    .shape,
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** The source of a figure: the curated row's plus its tier (how much weight it carries). */
export const FigureSourceSchema = SourceRefSchema.extend({ tier: sourceTable.schema.shape.tier });

/** The source fields other than the id (which is the row's own `source_id`), with their `s_` column aliases. */
const joined = (schema: z.ZodObject) =>
  Object.keys(schema.shape)
    .filter((k) => k !== "id")
    .map((k) => ({ key: k, column: snakeCase(k) }));

/** Select list of a joined source (alias `s`), each column prefixed `s_`. */
export const sourceSelect = (schema: z.ZodObject): string =>
  joined(schema)
    .map((f) => `s.${f.column} AS s_${f.column}`)
    .join(", ");

/** The source of a row selected with sourceSelect(schema), parsed by `schema`. */
export function parseSource<S extends z.ZodObject>(schema: S, r: Record<string, unknown>): z.infer<S> {
  const fields: Record<string, unknown> = { id: r.source_id };
  for (const f of joined(schema)) fields[f.key] = r[`s_${f.column}`];
  return schema.parse(fields);
}
