/** @module Figure: one sourced number (value + unit + period + source), the unit every query returns. */
import { z } from "zod";
import { MassBasisSchema } from "./mass-basis.ts";
import { MetricFamilySchema } from "./metric.ts";
import { isPeriod } from "./period.ts";
import { SourceIdSchema } from "./source.ts";
import { UnitSchema } from "./units.ts";

/**
 * How a published number bounds the truth: `gt` ">75,000", `gte` "at least", `lt` "<5%", `lte` "up to".
 * The bound itself is the figure's `value`. A range is `low`/`high` instead, with a null value.
 */
export const QualifierSchema = z.enum(["gt", "gte", "lt", "lte"]);
export type Qualifier = z.infer<typeof QualifierSchema>;

export const FigureSchema = z.object({
  /** Stable id: `<dataset>:<row key>`; the same row always gets the same id. */
  id: z.string().min(1),
  /** Data file the figure came from, e.g. `china-magnet-exports`. */
  dataset: z.string().min(1),
  metric: z.string().min(1),
  family: MetricFamilySchema,
  /** Whose figure: the producing/exporting country, company, or the material for market prices. */
  entity: z.string().min(1),
  /** The other side: export destination, trade partner, funder; empty when none. */
  counterparty: z.string().default(""),
  /** Material or product, e.g. `NdPr oxide`, `rare earth magnets`. */
  material: z.string().default(""),
  /** Market or geographic scope of prices and estimates; empty when none. */
  location: z.string().default(""),
  /** Normalised period string (YYYY, YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY-MM-DD, A..B). */
  period: z.string().refine(isPeriod, "expected a period such as 2025, 2025-03, 2025-Q1 or 2025-01..2025-09"),
  /** The value in `unit`; for a range, the midpoint is never invented: value is null and low/high are set. */
  value: z.number().finite().nullable(),
  low: z.number().finite().nullable().default(null),
  high: z.number().finite().nullable().default(null),
  unit: UnitSchema,
  /** The value is a bound (see QualifierSchema); null for a plain value. */
  qualifier: QualifierSchema.nullable().default(null),
  /** The source hedges the number ("about", "around", "~", "nearly"). */
  approx: z.boolean().default(false),
  /** Non-empty: the row must never be preferred nor back a check verdict; says why, in our words. */
  excludeReason: z.string().default(""),
  massBasis: MassBasisSchema.default("not_applicable"),
  /** Publication vintage for revised series (e.g. `USGS MCS 2026 v1.3`); empty when not a revised series. */
  vintage: z.string().default(""),
  /** True for the newest vintage of a (metric, entity, counterparty, material, period) series. */
  isLatest: z.boolean().default(true),
  /** True when computed by us from other reported figures (the note shows the arithmetic). */
  isDerived: z.boolean().default(false),
  /** True for projections, targets and forecasts. */
  isForecast: z.boolean().default(false),
  sourceId: SourceIdSchema,
  /**
   * What else tells this figure apart from others of the same metric, entity, counterparty, material, location
   * and period: a price type and tax treatment, a projection scenario, a unit-of-quantity measure. Part of the
   * reconciliation key; empty when nothing does.
   */
  variant: z.string().default(""),
  /** Free text: basis (purity, incoterm, VAT), conflicts (`CONFLICT: ...`), derivations. */
  note: z.string().default(""),
});
export type Figure = z.infer<typeof FigureSchema>;
export type FigureInput = z.input<typeof FigureSchema>;

/** Quality of a row, one primary value; precedence excluded > superseded > derived > approximate > reported. */
export const QUALITIES = ["excluded", "superseded", "derived", "approximate", "reported"] as const;
export const QualitySchema = z.enum(QUALITIES);
export type Quality = z.infer<typeof QualitySchema>;

export const ConfidenceSchema = z.enum(["high", "medium", "low"]);
export type Confidence = z.infer<typeof ConfidenceSchema>;

/** What reconciliation adds to every figure (src/dataset/reconcile.ts; rules in docs/reconciliation.md). */
export const ReconciliationSchema = z.object({
  /** Registered id of `entity` (src/domain/entity.ts), or the slug of an unregistered name. */
  entityId: z.string(),
  counterpartyId: z.string(),
  /**
   * Identity of the series across periods: metric, entity id, counterparty id, material, location, mass basis,
   * forecast flag, unit and variant. Figures with the same series key and period report the same quantity.
   */
  seriesKey: z.string().min(1),
  /** The one value chosen for (seriesKey, period); false for every row when all are excluded. */
  preferred: z.boolean(),
  quality: QualitySchema,
  /** Why the quality is what it is (the exclusion reason, the newer edition, ...); empty for plain reported rows. */
  qualityReason: z.string(),
  confidence: ConfidenceSchema,
  /** True on every row of a (seriesKey, period) whose current values differ beyond rounding. */
  conflict: z.boolean(),
});
export type Reconciliation = z.infer<typeof ReconciliationSchema>;

/** A figure with its reconciliation: what the dataset holds and the store serves. */
export type ReconciledFigure = Figure & Reconciliation;
