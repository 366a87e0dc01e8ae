/** @module FigureRow: a reconciled figure as the store serves it, and its mapping to and from the `figure` table. */
import type { Confidence, Quality, ReconciledFigure } from "../domain/figure.ts";
import { periodSpan } from "../domain/period.ts";
import type { SeriesFigure } from "../domain/series-types.ts";
import type { Licence, SourceTier } from "../domain/source.ts";
import { periodKind } from "./figure-query.ts";

/**
 * A figure as served: the value with its quality, reconciliation and source beside it. Its fields are the series
 * builder's `SeriesFigure` (src/domain/series-types.ts, where each is described), plus where the figure came from.
 */
export interface FigureRow extends SeriesFigure {
  dataset: string;
  family: string;
  periodKind: string;
}

/** The `figure` table row of a reconciled figure (snake_case, with the period's span). */
export function toFigureDbRow(f: ReconciledFigure): Record<string, unknown> {
  const span = periodSpan(f.period);
  if (!span) throw new Error(`invalid period in figure ${f.id}: ${f.period}`);
  return {
    id: f.id,
    dataset: f.dataset,
    metric: f.metric,
    family: f.family,
    entity: f.entity,
    counterparty: f.counterparty,
    material: f.material,
    location: f.location,
    period: f.period,
    period_kind: periodKind(f.period),
    period_start: span.start,
    period_end: span.end,
    value: f.value,
    low: f.low,
    high: f.high,
    unit: f.unit,
    mass_basis: f.massBasis,
    vintage: f.vintage,
    is_latest: f.isLatest,
    is_derived: f.isDerived,
    is_forecast: f.isForecast,
    source_id: f.sourceId,
    note: f.note,
    entity_id: f.entityId,
    counterparty_id: f.counterpartyId,
    variant: f.variant,
    qualifier: f.qualifier,
    approx: f.approx,
    exclude_reason: f.excludeReason,
    series_key: f.seriesKey,
    preferred: f.preferred,
    quality: f.quality,
    quality_reason: f.qualityReason,
    confidence: f.confidence,
    conflict: f.conflict,
  };
}

/** Columns to select for toFigureRow(): the figure, dates as text, and the source's columns prefixed `s_`. */
export const FIGURE_SELECT = `f.*, f.period_start::text AS period_start, f.period_end::text AS period_end,
  s.title AS s_title, s.publisher AS s_publisher, s.url AS s_url, s.published AS s_published,
  s.licence AS s_licence, s.tier AS s_tier`;

export function toFigureRow(r: Record<string, unknown>): FigureRow {
  return {
    id: r.id as string,
    dataset: r.dataset as string,
    metric: r.metric as string,
    family: r.family as string,
    entity: r.entity as string,
    entityId: r.entity_id as string,
    counterparty: r.counterparty as string,
    counterpartyId: r.counterparty_id as string,
    material: r.material as string,
    location: r.location as string,
    variant: r.variant as string,
    period: r.period as string,
    periodKind: r.period_kind as string,
    periodStart: r.period_start as string,
    periodEnd: r.period_end as string,
    value: r.value as number | null,
    low: r.low as number | null,
    high: r.high as number | null,
    qualifier: (r.qualifier as FigureRow["qualifier"]) ?? null,
    approx: r.approx as boolean,
    unit: r.unit as string,
    massBasis: r.mass_basis as string,
    vintage: r.vintage as string,
    isLatest: r.is_latest as boolean,
    isDerived: r.is_derived as boolean,
    isForecast: r.is_forecast as boolean,
    note: r.note as string,
    excludeReason: r.exclude_reason as string,
    seriesKey: r.series_key as string,
    preferred: r.preferred as boolean,
    quality: r.quality as Quality,
    qualityReason: r.quality_reason as string,
    confidence: r.confidence as Confidence,
    conflict: r.conflict as boolean,
    source: {
      id: r.source_id as string,
      title: r.s_title as string,
      publisher: r.s_publisher as string,
      url: r.s_url as string,
      published: r.s_published as string,
      licence: r.s_licence as Licence,
      tier: r.s_tier as SourceTier,
    },
  };
}
