/** @module mine-production.csv: USGS rare-earth mine production by country and year, every vintage kept. */
import { z } from "zod";
import { bool, optionalNumber, required, sourceId, text, year } from "../fields.ts";
import { camelKeys, defineTable, joinNote } from "../table.ts";

export const MineProductionRowSchema = z
  .object({
    country: required,
    iso3: z.string().regex(/^[A-Z]{3,5}$/, "expected an ISO 3166 alpha-3 code, OTHER or WORLD"),
    year,
    mine_production_t_reo: optionalNumber,
    status: z.enum(["reported", "estimated", "revised", "unspecified"]),
    vintage: required,
    is_latest_vintage: bool,
    source_id: sourceId,
    note: text,
  })
  .transform(camelKeys);

export const mineProductionTable = defineTable({
  name: "mine-production",
  file: "mine-production.csv",
  columns: [
    "country",
    "iso3",
    "year",
    "mine_production_t_reo",
    "status",
    "vintage",
    "is_latest_vintage",
    "source_id",
    "note",
  ],
  schema: MineProductionRowSchema,
  key: ["iso3", "year", "vintage"],
  toFigures: (r) =>
    r.mineProductionTReo === null
      ? []
      : [
          {
            metric: "mine_production",
            column: "mine_production_t_reo",
            entity: r.country,
            material: "rare earths (REO)",
            period: String(r.year),
            value: r.mineProductionTReo,
            unit: "t REO",
            vintage: r.vintage,
            isLatest: r.isLatestVintage,
            sourceId: r.sourceId,
            note: joinNote(r.status !== "reported" && r.status, r.note),
          },
        ],
});
