/** @module us-salient-statistics.csv: USGS MCS U.S. salient statistics (production, trade, consumption), vintages kept. */
import { z } from "zod";
import { bool, optionalNumber, required, sourceId, text, year } from "../fields.ts";
import { camelKeys, defineTable, joinNote } from "../table.ts";

const METRIC = {
  production: "us_production",
  imports: "us_imports",
  exports: "us_exports",
  apparent_consumption: "us_apparent_consumption",
  net_import_reliance: "us_net_import_reliance",
  employment: "us_employment",
} as const;

export const UsSalientRowSchema = z
  .object({
    statistic: z.enum(Object.keys(METRIC) as [keyof typeof METRIC, ...(keyof typeof METRIC)[]]),
    item: required,
    label_as_published: required,
    year,
    value: optionalNumber,
    value_qualifier: z.enum(["", "gt", "net_exporter"], { message: "expected gt, net_exporter or empty" }),
    unit: required,
    status: z.enum(["reported", "estimated"]),
    vintage: required,
    is_latest_vintage: bool,
    source_id: sourceId,
    note: text,
  })
  .transform(camelKeys);

export const usSalientStatisticsTable = defineTable({
  name: "us-salient-statistics",
  file: "us-salient-statistics.csv",
  columns: [
    "statistic",
    "item",
    "label_as_published",
    "year",
    "value",
    "value_qualifier",
    "unit",
    "status",
    "vintage",
    "is_latest_vintage",
    "source_id",
    "note",
  ],
  schema: UsSalientRowSchema,
  key: ["statistic", "item", "year", "vintage"],
  unitColumn: "unit",
  toFigures: (r) => {
    if (r.value === null) return [];
    const gt = r.valueQualifier === "gt";
    return [
      {
        metric: METRIC[r.statistic],
        column: "value",
        entity: "United States",
        material: r.item,
        period: String(r.year),
        value: r.value,
        qualifier: gt ? "gt" : null,
        unit: r.unit,
        vintage: r.vintage,
        isLatest: r.isLatestVintage,
        sourceId: r.sourceId,
        note: joinNote(r.status === "estimated" && "estimated", r.note),
      },
    ];
  },
});
