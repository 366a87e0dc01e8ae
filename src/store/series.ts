/** @module store.series(): fetches the rows of one series and builds it with the pure series builder (src/domain/series.ts). */
import { entityIdOf } from "../domain/entity.ts";
import { periodSpan } from "../domain/period.ts";
import { buildSeries, type SeriesResult, seriesFamily } from "../domain/series.ts";
import { FIGURE_SELECT, toFigureRow } from "./figure-row.ts";
import type { SeriesQuery } from "./series-query.ts";
import type { Sql } from "./sql.ts";
import { createWhere } from "./where.ts";

/** One value per period for the series `q` names; throws SeriesError when `q` matches several series. */
export async function querySeries(sql: Sql, q: SeriesQuery): Promise<SeriesResult> {
  const where = createWhere();
  where.add("f.metric = ANY(?::text[])", seriesFamily(q.metric).members);
  where.add("f.entity_id = ?", entityIdOf(q.entity));
  if (q.counterparty !== undefined) where.add("f.counterparty_id = ?", entityIdOf(q.counterparty));
  if (q.material !== undefined) where.add("lower(f.material) = ?", q.material.toLowerCase());
  if (q.location !== undefined) where.add("lower(f.location) = ?", q.location.toLowerCase());
  if (q.basis !== undefined) where.add("f.mass_basis = ?", q.basis);
  if (q.unit !== undefined) where.add("f.unit = ?", q.unit);
  if (q.variant !== undefined) where.add("lower(f.variant) = ?", q.variant.toLowerCase());
  where.add("f.is_forecast = ?", q.forecast);
  // Whole years around the range, so that totals and parts of the edge periods are all at hand.
  if (q.from) where.add("f.period_end >= ?::date", `${periodSpan(q.from)!.start.slice(0, 4)}-01-01`);
  if (q.to) where.add("f.period_start <= ?::date", `${periodSpan(q.to)!.end.slice(0, 4)}-12-31`);
  const rows = await sql.query<Record<string, unknown>>(
    `SELECT ${FIGURE_SELECT} FROM figure f JOIN source s ON s.id = f.source_id ${where.sql}
     ORDER BY f.period_start, f.period_end, f.id`,
    where.params,
  );
  return buildSeries(rows.map(toFigureRow), {
    metric: q.metric,
    per: q.per,
    from: q.from,
    to: q.to,
    vintage: q.vintage,
    label: [
      `${q.metric} for ${q.entity}`,
      q.counterparty && `to ${q.counterparty}`,
      q.material && `(${q.material})`,
      q.vintage && `in ${q.vintage}`,
      (q.from || q.to) && `from ${q.from ?? "the start"} to ${q.to ?? "the end"}`,
    ]
      .filter(Boolean)
      .join(" "),
  });
}
