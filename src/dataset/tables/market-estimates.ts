/** @module market-estimates.csv: published market-size, demand and humanoid-robot estimates, conflicts kept. */
import { z } from "zod";
import type { FigureDraft } from "../table.ts";
import { massBasis, optionalNumber, optionalYear, required, sourceId, text } from "../fields.ts";
import { camelKeys, defineTable, joinNote } from "../table.ts";

export const MarketEstimateRowSchema = z
  .object({
    estimate_id: z.string().regex(/^(MV|DM|HR)-\d{2}$/, "expected an id such as MV-01, DM-03 or HR-12"),
    publisher: required,
    publisher_type: required,
    published_date: required,
    metric: required,
    scope_basis: text,
    mass_basis: massBasis,
    geography: text,
    base_year: optionalYear,
    base_value: optionalNumber,
    target_year: optionalYear,
    target_value: optionalNumber,
    unit: required,
    stated_cagr_pct: optionalNumber,
    computed_cagr_pct: optionalNumber,
    scenario: text,
    source_id: sourceId,
    note: text,
  })
  .transform(camelKeys);
export type MarketEstimateRow = z.infer<typeof MarketEstimateRowSchema>;

export const marketEstimatesTable = defineTable({
  name: "market-estimates",
  file: "market-estimates.csv",
  columns: [
    "estimate_id",
    "publisher",
    "publisher_type",
    "published_date",
    "metric",
    "scope_basis",
    "mass_basis",
    "geography",
    "base_year",
    "base_value",
    "target_year",
    "target_value",
    "unit",
    "stated_cagr_pct",
    "computed_cagr_pct",
    "scenario",
    "source_id",
    "note",
  ],
  schema: MarketEstimateRowSchema,
  key: ["estimate_id"],
  unitColumn: "unit",
  toRecord: { kind: "market_estimate", id: (r) => r.estimateId },
  toFigures: (r) => {
    const out: FigureDraft[] = [];
    const common = {
      metric: "market_estimate",
      entity: r.publisher,
      material: r.scopeBasis,
      location: r.geography,
      unit: r.unit,
      massBasis: r.massBasis,
      sourceId: r.sourceId,
      note: joinNote(r.estimateId, r.metric, r.scenario && `scenario ${r.scenario}`, r.note),
    };
    if (r.baseValue !== null && r.baseYear !== null)
      out.push({
        ...common,
        column: "base_value",
        idSuffix: "base",
        period: String(r.baseYear),
        value: r.baseValue,
      });
    if (r.targetValue !== null && r.targetYear !== null)
      out.push({
        ...common,
        column: "target_value",
        idSuffix: "target",
        period: String(r.targetYear),
        value: r.targetValue,
        isForecast: true,
      });
    return out;
  },
});
