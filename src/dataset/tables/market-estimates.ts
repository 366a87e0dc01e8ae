/** @module market-estimates.csv: published market-size, demand and humanoid-robot estimates, conflicts kept. */
import { z } from "zod";
import type { EstimateKind, MarketEstimate } from "../../domain/market-estimate.ts";
import { isPeriod } from "../../domain/period.ts";
import type { SourceId } from "../../domain/source.ts";
import {
  excludeReason,
  isApprox,
  massBasis,
  optionalNumber,
  optionalYear,
  required,
  sourceId,
  text,
  valueQualifier,
} from "../fields.ts";
import type { FigureDraft } from "../table.ts";
import { type ColumnFields, camelKeys, columnsOf, defineTable, joinNote } from "../table.ts";

const KIND: Record<string, EstimateKind> = { MV: "market_value", DM: "volume", HR: "humanoid" };

/** The leading period of a loose publication date (`2025-10`, `2025 (approx.)`, `2024-06/2025`), or null. */
export function publishedPeriod(s: string): string | null {
  const m = /^(\d{4}(?:-(?:\d{2}|Q[1-4]|H[12]))?)\b/.exec(s);
  return m && isPeriod(m[1]!) ? m[1]! : null;
}

/** Checks a value/low/high/qualifier group of one side (base or target) of an estimate. */
const side = (name: "base" | "target") => ({
  ok: (r: Record<string, unknown>) => {
    const v = r[`${name}_value`];
    const lo = r[`${name}_low`];
    const hi = r[`${name}_high`];
    if (v !== null && (lo !== null || hi !== null)) return false;
    if ((lo === null) !== (hi === null)) return false;
    if (v === null && r[`${name}_value_qualifier`] !== null) return false;
    return true;
  },
  message: `expected either ${name}_value (with an optional ${name}_value_qualifier) or both ${name}_low and ${name}_high`,
  path: [`${name}_value`],
});
const base = side("base");
const target = side("target");

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
    base_low: optionalNumber,
    base_high: optionalNumber,
    base_value_qualifier: valueQualifier,
    target_year: optionalYear,
    target_value: optionalNumber,
    target_low: optionalNumber,
    target_high: optionalNumber,
    target_value_qualifier: valueQualifier,
    unit: required,
    stated_cagr_pct: optionalNumber,
    computed_cagr_pct: optionalNumber,
    scenario: text,
    is_approx: isApprox,
    source_id: sourceId,
    exclude_reason: excludeReason,
    note: text,
  })
  .refine(base.ok, { message: base.message, path: base.path })
  .refine(target.ok, { message: target.message, path: target.path })
  .transform(camelKeys);
export type MarketEstimateRow = z.infer<typeof MarketEstimateRowSchema>;

/** Each column of market-estimates.csv and the field of the domain market estimate it becomes (the CLI's CSV has the same columns). */
export const MARKET_ESTIMATE_FIELDS = [
  ["estimate_id", "id"],
  ["publisher", "publisher"],
  ["publisher_type", "publisherType"],
  ["published_date", "publishedDate"],
  ["metric", "metric"],
  ["scope_basis", "scopeBasis"],
  ["mass_basis", "massBasis"],
  ["geography", "geography"],
  ["base_year", "baseYear"],
  ["base_value", "baseValue"],
  ["base_low", "baseLow"],
  ["base_high", "baseHigh"],
  ["base_value_qualifier", "baseQualifier"],
  ["target_year", "targetYear"],
  ["target_value", "targetValue"],
  ["target_low", "targetLow"],
  ["target_high", "targetHigh"],
  ["target_value_qualifier", "targetQualifier"],
  ["unit", "unit"],
  ["stated_cagr_pct", "statedCagrPct"],
  ["computed_cagr_pct", "computedCagrPct"],
  ["scenario", "scenario"],
  ["is_approx", "approx"],
  ["source_id", "sourceId"],
  ["exclude_reason", "excludeReason"],
  ["note", "note"],
] as const satisfies ColumnFields<MarketEstimate>;

export const marketEstimatesTable = defineTable({
  name: "market-estimates",
  file: "market-estimates.csv",
  columns: columnsOf(MARKET_ESTIMATE_FIELDS),
  schema: MarketEstimateRowSchema,
  key: ["estimate_id"],
  unitColumn: "unit",
  nonZero: ["base_value", "base_low", "base_high", "target_value", "target_low", "target_high"],
  toItem: (r) => ({ kind: "market_estimate", value: toMarketEstimate(r) }),
  toFigures: (r) => {
    const out: FigureDraft[] = [];
    const common = {
      metric: "market_estimate",
      entity: r.publisher,
      material: r.scopeBasis,
      location: r.geography,
      unit: r.unit,
      massBasis: r.massBasis,
      approx: r.isApprox,
      excludeReason: r.excludeReason,
      sourceId: r.sourceId,
      note: joinNote(r.estimateId, r.metric, r.scenario && `scenario ${r.scenario}`, r.note),
    };
    if ((r.baseValue !== null || r.baseLow !== null) && r.baseYear !== null)
      out.push({
        ...common,
        column: r.baseValue !== null ? "base_value" : "base_low",
        idSuffix: "base",
        period: String(r.baseYear),
        value: r.baseValue,
        low: r.baseLow,
        high: r.baseHigh,
        qualifier: r.baseValueQualifier,
      });
    if ((r.targetValue !== null || r.targetLow !== null) && r.targetYear !== null)
      out.push({
        ...common,
        column: r.targetValue !== null ? "target_value" : "target_low",
        idSuffix: "target",
        period: String(r.targetYear),
        value: r.targetValue,
        low: r.targetLow,
        high: r.targetHigh,
        qualifier: r.targetValueQualifier,
        isForecast: true,
      });
    return out;
  },
});

/** The domain market estimate for a checked row. */
export function toMarketEstimate(r: MarketEstimateRow): MarketEstimate {
  return {
    id: r.estimateId,
    kind: KIND[r.estimateId.slice(0, 2)]!,
    publisher: r.publisher,
    publisherType: r.publisherType,
    publishedDate: r.publishedDate,
    published: publishedPeriod(r.publishedDate),
    metric: r.metric,
    scopeBasis: r.scopeBasis,
    massBasis: r.massBasis,
    geography: r.geography,
    baseYear: r.baseYear,
    baseValue: r.baseValue,
    baseLow: r.baseLow,
    baseHigh: r.baseHigh,
    baseQualifier: r.baseValueQualifier,
    targetYear: r.targetYear,
    targetValue: r.targetValue,
    targetLow: r.targetLow,
    targetHigh: r.targetHigh,
    targetQualifier: r.targetValueQualifier,
    unit: r.unit,
    statedCagrPct: r.statedCagrPct,
    computedCagrPct: r.computedCagrPct,
    scenario: r.scenario,
    approx: r.isApprox,
    sourceId: r.sourceId as SourceId,
    excludeReason: r.excludeReason,
    note: r.note,
  };
}
