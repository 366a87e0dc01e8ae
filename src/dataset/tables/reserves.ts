/** @module reserves.csv: USGS rare-earth reserves by country, one row per edition (vintage). */
import { z } from "zod";
import { bool, optionalNumber, qualifier, required, sourceId, text, year } from "../fields.ts";
import { camelKeys, defineTable } from "../table.ts";

export const ReservesRowSchema = z
  .object({
    country: required,
    iso3: z.string().regex(/^[A-Z]{3,5}$/, "expected an ISO 3166 alpha-3 code, OTHER or WORLD"),
    reference_year: year,
    reserves_t_reo: optionalNumber,
    reserves_qualifier: qualifier,
    vintage: required,
    is_latest_vintage: bool,
    source_id: sourceId,
    note: text,
  })
  .transform(camelKeys);

export const reservesTable = defineTable({
  name: "reserves",
  file: "reserves.csv",
  columns: [
    "country",
    "iso3",
    "reference_year",
    "reserves_t_reo",
    "reserves_qualifier",
    "vintage",
    "is_latest_vintage",
    "source_id",
    "note",
  ],
  schema: ReservesRowSchema,
  key: ["iso3", "vintage"],
  toFigures: (r) => {
    if (r.reservesTReo === null) return [];
    const lowerBound = r.reservesQualifier === "gt";
    return [
      {
        metric: "reserves",
        column: "reserves_t_reo",
        entity: r.country,
        material: "rare earths (REO)",
        period: String(r.referenceYear),
        value: r.reservesTReo,
        qualifier: lowerBound ? "gt" : null,
        unit: "t REO",
        vintage: r.vintage,
        isLatest: r.isLatestVintage,
        sourceId: r.sourceId,
        note: r.note,
      },
    ];
  },
});
