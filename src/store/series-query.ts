/** @module SeriesQuery: the parameters of `lodestone series` and `GET /api/series`, validated once by zod. */
import { z } from "zod";
import { entityIdOf, suggestEntities } from "../domain/entity.ts";
import { MassBasisSchema } from "../domain/mass-basis.ts";
import { periodSpan } from "../domain/period.ts";
import { SERIES_PER } from "../domain/series.ts";
import { closest } from "../domain/suggest.ts";
import type { FilterIssue } from "./figure-query.ts";

const period = z.string().refine((s) => periodSpan(s) !== null, {
  message: "expected a period such as 2025, 2025-03, 2025-Q1 or 2025-H1",
});

export const SeriesQuerySchema = z
  .object({
    /** Metric id; a year-to-date twin (`export_volume_ytd`) names the same series as its base metric. */
    metric: z.string().min(1, "expected a metric id such as export_volume"),
    /** Any name, alias, id or ISO3 code of the entity (World = World total; US = United States). */
    entity: z.string().min(1, "expected an entity such as China or World"),
    counterparty: z.string().optional(),
    material: z.string().optional(),
    location: z.string().optional(),
    /** NdFeB mass basis, to choose between series that differ only in it. */
    basis: MassBasisSchema.optional(),
    unit: z.string().optional(),
    variant: z.string().optional(),
    from: period.optional(),
    to: period.optional(),
    /** Granularity of the items; default the finest the data has (month, quarter, year). */
    per: z.enum(SERIES_PER, { message: "expected month, quarter or year" }).optional(),
    /** An edition of a revised statistic (e.g. `USGS MCS 2025`) instead of the preferred latest one. */
    vintage: z.string().optional(),
    /**
     * Give every value as a percentage of the same series for this aggregate (World, EU-27 ...), which must contain
     * the entity; when the query names a counterparty, the aggregate replaces the counterparty instead.
     */
    shareOf: z.string().min(1, "expected an aggregate such as World or EU-27").optional(),
    /** Add the year to date at each month or quarter (SeriesResult.ytd). */
    ytd: z
      .union([z.boolean(), z.enum(["true", "false"], { message: "expected true or false" })])
      .transform((v) => v === true || v === "true")
      .optional(),
    /** Projections instead of history (default false). */
    forecast: z
      .union([z.boolean(), z.enum(["true", "false"], { message: "expected true or false" })])
      .transform((v) => v === true || v === "true")
      .default(false),
  })
  .superRefine((q, ctx) => {
    if (!q.from || !q.to) return;
    const a = periodSpan(q.from);
    const b = periodSpan(q.to);
    if (a && b && a.start > b.end)
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: `the range is reversed: from ${q.from} is after to ${q.to}`,
      });
  });
export type SeriesQuery = z.infer<typeof SeriesQuerySchema>;

/** What the validation needs to know of the store (a subset of Facets). */
export interface SeriesFacets {
  metrics: string[];
  entities: string[];
  entityIds: string[];
  counterparties: string[];
  counterpartyIds: string[];
  vintages: string[];
}

/** Names the store does not know (metric, entity, counterparty, vintage), each with the closest known names. */
export function unknownSeriesValues(q: SeriesQuery, facets: SeriesFacets): FilterIssue[] {
  const issues: FilterIssue[] = [];
  const hint = (s: string[]) => (s.length ? `; did you mean ${s.map((n) => `"${n}"`).join(" or ")}?` : "");
  const metric = q.metric.replace(/_ytd$/, "");
  if (!facets.metrics.includes(q.metric) && !facets.metrics.includes(metric))
    issues.push({
      field: "metric",
      value: q.metric,
      message: `unknown metric "${q.metric}"${hint(closest(q.metric, facets.metrics)) || `; expected one of ${facets.metrics.slice(0, 10).join(", ")}, ...`}`,
    });
  const entity = (field: string, value: string | undefined, names: string[], ids: string[]) => {
    if (value === undefined) return;
    const known = new Set(ids);
    if (known.has(entityIdOf(value))) return;
    const s = suggestEntities(value, names, 6).filter((n) => known.has(entityIdOf(n)));
    issues.push({
      field,
      value,
      message: `unknown ${field} "${value}"${hint(s.slice(0, 3)) || `; expected a name such as ${names.slice(0, 8).join(", ")}, ...`}`,
    });
  };
  entity("entity", q.entity, facets.entities, facets.entityIds);
  entity("counterparty", q.counterparty, facets.counterparties, facets.counterpartyIds);
  if (q.counterparty !== undefined)
    entity("shareOf", q.shareOf, facets.counterparties, facets.counterpartyIds);
  else entity("shareOf", q.shareOf, facets.entities, facets.entityIds);
  if (q.vintage && !facets.vintages.includes(q.vintage))
    issues.push({
      field: "vintage",
      value: q.vintage,
      message: `unknown vintage "${q.vintage}"${hint(closest(q.vintage, facets.vintages)) || `; expected one of ${facets.vintages.join(", ")}`}`,
    });
  return issues;
}
