/** @module china-magnet-exports.csv: China's rare-earth magnet exports by month and destination (HS 85051110). */
import { z } from "zod";
import type { FigureDraft } from "../table.ts";
import {
  bool,
  excludeReason,
  isApprox,
  optionalNumber,
  period,
  required,
  sourceId,
  text,
} from "../fields.ts";
import { camelKeys, defineTable, joinNote } from "../table.ts";

/** Value columns whose hedging `approx_columns` may name (each becomes one figure). */
const VALUE_COLUMNS = new Set([
  "volume_t",
  "value_usd",
  "unit_value_usd_per_t",
  "mom_pct",
  "yoy_pct",
  "share_of_world_pct",
  "ytd_volume_t",
  "ytd_value_usd",
  "ytd_unit_value_usd_per_t",
  "ytd_yoy_pct",
]);

/** China customs heading 85051110 (rare-earth permanent magnets); other scopes (e.g. Adamas' magnets plus alloys) are another material. */
const HS_SCOPE = /^HS 85051110\b/;

export const ChinaMagnetExportRowSchema = z
  .object({
    month: period.refine((s) => /^\d{4}-\d{2}$/.test(s), "expected a month YYYY-MM"),
    destination: required,
    destination_type: z.enum(["world", "country", "bloc", "aggregate"]),
    volume_t: optionalNumber,
    value_usd: optionalNumber,
    unit_value_usd_per_t: optionalNumber,
    mom_pct: optionalNumber,
    yoy_pct: optionalNumber,
    share_of_world_pct: optionalNumber,
    rank_by_volume: optionalNumber,
    ytd_volume_t: optionalNumber,
    ytd_value_usd: optionalNumber,
    ytd_unit_value_usd_per_t: optionalNumber,
    ytd_yoy_pct: optionalNumber,
    product_scope: required,
    data_origin: required,
    is_derived: bool,
    source_id: sourceId,
    note: text,
    is_approx: isApprox,
    approx_columns: z
      .string()
      .transform((s) => s.split(/\s+/).filter(Boolean))
      .refine((cols) => cols.every((c) => VALUE_COLUMNS.has(c)), {
        message: "expected value column names separated by spaces, such as value_usd mom_pct",
      }),
    exclude_reason: excludeReason,
  })
  .transform(camelKeys);
export type ChinaMagnetExportRow = z.infer<typeof ChinaMagnetExportRowSchema>;

type Measure = [
  column: string,
  field: keyof ChinaMagnetExportRow,
  metric: string,
  unit: string,
  ytd: boolean,
];
const MEASURES: Measure[] = [
  ["volume_t", "volumeT", "export_volume", "t", false],
  ["value_usd", "valueUsd", "export_value", "USD", false],
  ["unit_value_usd_per_t", "unitValueUsdPerT", "export_unit_value", "USD/t", false],
  ["mom_pct", "momPct", "export_change_mom", "%", false],
  ["yoy_pct", "yoyPct", "export_change_yoy", "%", false],
  ["share_of_world_pct", "shareOfWorldPct", "export_share", "%", false],
  ["ytd_volume_t", "ytdVolumeT", "export_volume_ytd", "t", true],
  ["ytd_value_usd", "ytdValueUsd", "export_value_ytd", "USD", true],
  ["ytd_unit_value_usd_per_t", "ytdUnitValueUsdPerT", "export_unit_value", "USD/t", true],
  ["ytd_yoy_pct", "ytdYoyPct", "export_change_ytd_yoy", "%", true],
];

export const chinaMagnetExportsTable = defineTable({
  name: "china-magnet-exports",
  file: "china-magnet-exports.csv",
  columns: [
    "month",
    "destination",
    "destination_type",
    "volume_t",
    "value_usd",
    "unit_value_usd_per_t",
    "mom_pct",
    "yoy_pct",
    "share_of_world_pct",
    "rank_by_volume",
    "ytd_volume_t",
    "ytd_value_usd",
    "ytd_unit_value_usd_per_t",
    "ytd_yoy_pct",
    "product_scope",
    "data_origin",
    "is_derived",
    "source_id",
    "note",
    "is_approx",
    "approx_columns",
    "exclude_reason",
  ],
  schema: ChinaMagnetExportRowSchema,
  key: ["month", "destination", "source_id", "is_derived"],
  keyScope: "figure",
  toFigures: (r) => {
    const out: FigureDraft[] = [];
    for (const [column, field, metric, unit, ytd] of MEASURES) {
      const value = r[field] as number | null;
      if (value === null) continue;
      out.push({
        metric,
        column,
        ...(ytd && metric === "export_unit_value" ? { idSuffix: "ytd" } : {}),
        entity: "China",
        counterparty: r.destination,
        material: HS_SCOPE.test(r.productScope)
          ? "rare earth magnets"
          : "rare earth magnets and magnet alloys",
        period: ytd ? `${r.month.slice(0, 4)}-01..${r.month}` : r.month,
        value,
        unit,
        massBasis: unit === "t" ? "finished" : "not_applicable",
        isDerived: r.isDerived,
        approx: r.isApprox || r.approxColumns.includes(column),
        excludeReason: r.excludeReason,
        sourceId: r.sourceId,
        note: joinNote(r.productScope, r.dataOrigin, r.note),
      });
    }
    return out;
  },
});
