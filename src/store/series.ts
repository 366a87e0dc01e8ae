/** @module store.series(): fetches the rows of one series and builds it with the pure series builder (src/domain/series.ts). */
import { entityIdOf } from "../domain/entity.ts";
import { periodSpan } from "../domain/period.ts";
import { buildSeries, type SeriesFigure, type SeriesResult, seriesFamily } from "../domain/series.ts";
import { buildShareSeries } from "../domain/series-share.ts";
import { FIGURE_SELECT, toFigureRow } from "./figure-row.ts";
import type { SeriesQuery } from "./series-query.ts";
import type { Sql } from "./sql.ts";
import { createWhere } from "./where.ts";

/** The rows of the series `q` names, for `entity` and `counterparty` (the query's own, or an aggregate's for a share). */
async function seriesRows(
  sql: Sql,
  q: SeriesQuery,
  entity: string,
  counterparty: string | undefined,
): Promise<SeriesFigure[]> {
  const where = createWhere();
  where.add("f.metric = ANY(?::text[])", seriesFamily(q.metric).members);
  where.add("f.entity_id = ?", entityIdOf(entity));
  if (counterparty !== undefined) where.add("f.counterparty_id = ?", entityIdOf(counterparty));
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
  return rows.map(toFigureRow);
}

/**
 * One value per period for the series `q` names; with `shareOf`, each value as a percentage of the aggregate's.
 * Throws SeriesError when `q` matches several series, or the share cannot be taken (see buildShareSeries).
 */
export async function querySeries(sql: Sql, q: SeriesQuery): Promise<SeriesResult> {
  const options = {
    metric: q.metric,
    per: q.per,
    from: q.from,
    to: q.to,
    vintage: q.vintage,
    ytd: q.ytd,
    label: [
      `${q.metric} for ${q.entity}`,
      q.counterparty && `to ${q.counterparty}`,
      q.material && `(${q.material})`,
      q.vintage && `in ${q.vintage}`,
      (q.from || q.to) && `from ${q.from ?? "the start"} to ${q.to ?? "the end"}`,
    ]
      .filter(Boolean)
      .join(" "),
  };
  const rows = await seriesRows(sql, q, q.entity, q.counterparty);
  if (q.shareOf === undefined) return buildSeries(rows, options);
  const replaces = q.counterparty !== undefined ? "counterparty" : "entity";
  const partName = replaces === "entity" ? q.entity : q.counterparty!;
  const whole =
    replaces === "entity"
      ? await seriesRows(sql, q, q.shareOf, q.counterparty)
      : await seriesRows(sql, q, q.entity, q.shareOf);
  return buildShareSeries(rows, whole, {
    ...options,
    replaces,
    part: { name: partName, id: entityIdOf(partName) },
    of: { name: q.shareOf, id: entityIdOf(q.shareOf) },
  });
}
