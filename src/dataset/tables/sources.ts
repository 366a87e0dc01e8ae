/** @module sources.csv: one row per cited source, with its licence class. */
import { z } from "zod";
import { LicenceSchema, type Source, SourceTierSchema } from "../../domain/source.ts";
import { required, sourceId, text } from "../fields.ts";
import { camelKeys, defineTable } from "../table.ts";

export const SourceRowSchema = z
  .object({
    source_id: sourceId,
    title: required,
    publisher: required,
    url: required,
    published: required,
    accessed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD"),
    licence: LicenceSchema,
    licence_note: text,
    tier: SourceTierSchema,
    origin: text,
  })
  .transform(camelKeys);
export type SourceRow = z.infer<typeof SourceRowSchema>;

export const sourcesTable = defineTable({
  name: "sources",
  file: "sources.csv",
  columns: [
    "source_id",
    "title",
    "publisher",
    "url",
    "published",
    "accessed",
    "licence",
    "licence_note",
    "tier",
    "origin",
  ],
  schema: SourceRowSchema,
  key: ["source_id"],
});

export const toSource = (r: SourceRow): Source => ({
  id: r.sourceId as Source["id"],
  title: r.title,
  publisher: r.publisher,
  url: r.url,
  published: r.published,
  accessed: r.accessed,
  licence: r.licence,
  licenceNote: r.licenceNote,
  tier: r.tier,
  origin: r.origin,
});
