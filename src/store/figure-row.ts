/** @module The `figure` table declared by its row schema, and FigureRow: a reconciled figure as the store serves it. */
import { z } from "zod";
import { FigureSchema, type ReconciledFigure, ReconciliationSchema } from "../domain/figure.ts";
import { periodSpan } from "../domain/period.ts";
import { defineTable, withoutDefaults } from "./define-table.ts";
import { PERIOD_KINDS, periodKind } from "./figure-query.ts";
import { FigureSourceSchema, parseSource, sourceSelect } from "./source-ref.ts";

const F = withoutDefaults(FigureSchema).shape;
const R = ReconciliationSchema.shape;

/**
 * The `figure` table: the domain figure and its reconciliation (src/domain/figure.ts, where each field is described)
 * with the period's kind and span, without defaults (a stored row has every column). Fields are listed in the order
 * they are served; the descriptions document the API (GET /api/figures).
 */
export const figureTable = defineTable({
  name: "figure",
  schema: z.object({
    id: F.id,
    dataset: F.dataset,
    metric: F.metric,
    family: F.family,
    entity: F.entity,
    entityId: R.entityId.meta({ description: "Registered entity id (see /api/entities)", example: "china" }),
    counterparty: F.counterparty,
    counterpartyId: R.counterpartyId,
    material: F.material,
    location: F.location,
    variant: F.variant.describe("Price type and tax treatment, scenario, quantity measure ..."),
    period: F.period.meta({ example: "2025-07" }),
    periodKind: z.enum(PERIOD_KINDS),
    periodStart: z.string(),
    periodEnd: z.string(),
    value: F.value.describe(
      "Value in `unit`; a bound when `qualifier` is set; null for a range (see low/high)",
    ),
    low: F.low,
    high: F.high,
    qualifier: F.qualifier.describe("gt, gte, lt or lte when the value is a bound"),
    approx: F.approx.describe("The source hedges the number (about, around)"),
    unit: F.unit.meta({ example: "t" }),
    massBasis: F.massBasis,
    vintage: F.vintage,
    isLatest: F.isLatest,
    isDerived: F.isDerived,
    isForecast: F.isForecast,
    note: F.note,
    excludeReason: F.excludeReason.describe("Non-empty: never preferred, never backs a check"),
    seriesKey: R.seriesKey,
    preferred: R.preferred.describe("The one value chosen for its (series, period)"),
    quality: R.quality,
    qualityReason: R.qualityReason,
    confidence: R.confidence,
    conflict: R.conflict.describe("Values of the same (series, period) differ beyond rounding"),
    sourceId: F.sourceId,
  }),
  key: ["id"],
  types: { periodStart: "date", periodEnd: "date" },
});

/** A figure as served: the stored row with its source (title, publisher, date, licence, tier) in place of its id. */
export const FigureRowSchema = figureTable.schema
  .omit({ sourceId: true })
  .extend({ source: FigureSourceSchema });
export type FigureRow = z.infer<typeof FigureRowSchema>;

/** The `figure` table row of a reconciled figure (snake_case, with the period's kind and span). */
export function toFigureDbRow(f: ReconciledFigure): Record<string, unknown> {
  const span = periodSpan(f.period);
  if (!span) throw new Error(`invalid period in figure ${f.id}: ${f.period}`);
  return figureTable.toRow({
    ...f,
    periodKind: periodKind(f.period),
    periodStart: span.start,
    periodEnd: span.end,
  });
}

/** Columns to select for toFigureRow() from `figure f JOIN source s`: the figure, then the source's prefixed `s_`. */
export const FIGURE_SELECT = `${figureTable.select("f")}, ${sourceSelect(FigureSourceSchema)}`;

/** A row selected with FIGURE_SELECT, parsed (a row that breaks the schema throws, naming the field). */
export function toFigureRow(r: Record<string, unknown>): FigureRow {
  const { sourceId: _, ...figure } = figureTable.parse(r);
  return { ...figure, source: parseSource(FigureSourceSchema, r) };
}
