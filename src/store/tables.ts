/** @module The knowledge base's own tables (source, record, dataset_version), each declared by its row schema. */
import { z } from "zod";
import { StoredRecordSchema } from "../domain/record.ts";
import { SourceSchema } from "../domain/source.ts";
import { defineTable, withoutDefaults } from "./define-table.ts";

const S = withoutDefaults(SourceSchema);

/** The `source` table: the domain source (src/domain/source.ts); the descriptions document GET /api/sources. */
export const sourceTable = defineTable({
  name: "source",
  schema: S.extend({
    tier: S.shape.tier.describe(
      "Weight when sources disagree: official > filing > wire > press > research > aggregator > own",
    ),
    origin: S.shape.origin.describe("Original publisher when the page carries another's report"),
  }),
  key: ["id"],
  types: { accessed: "date" },
});

/** A source as listed (GET /api/sources, `lodestone sources`): its row and how many figures cite it. */
export const SourceListItemSchema = sourceTable.schema.extend({
  figures: z.number().int().describe("Number of figures citing this source"),
});

/** A source row selected with a `figures` count. */
export const parseSourceListItem = (r: Record<string, unknown>): z.infer<typeof SourceListItemSchema> => ({
  ...sourceTable.parse(r),
  figures: SourceListItemSchema.shape.figures.parse(r.figures),
});

/** Whole rows of the kinds that have no typed table (application parameters, reference facts ...). */
export const recordTable = defineTable({
  name: "record",
  schema: withoutDefaults(StoredRecordSchema),
  key: ["kind", "id"],
});

/** One row per load that changed the content; the newest describes what the store holds. */
export const datasetVersionTable = defineTable({
  name: "dataset_version",
  schema: z.object({
    id: z.number().int(),
    contentHash: z.string(),
    loadedAt: z.string(),
    figures: z.number().int(),
    sources: z.number().int(),
  }),
  key: ["id"],
  types: { loadedAt: "timestamptz" },
});
