/**
 * @module Test figures for series tests: `fig` builds a checked figure of one test series (export_volume, Testland ->
 * World, magnets, t; any field overridable) and `rows` reconciles figures and shapes them as the store serves them.
 */
import { reconcile } from "../../src/dataset/reconcile.ts";
import { type Figure, FigureSchema, type FigureInput } from "../../src/domain/figure.ts";
import { periodSpan } from "../../src/domain/period.ts";
import type { SeriesFigure } from "../../src/domain/series.ts";
import type { Source } from "../../src/domain/source.ts";

export function seriesFixture(sources: readonly Source[]) {
  let n = 0;
  const fig = (period: string, value: number | null, f: Partial<FigureInput> = {}): Figure =>
    FigureSchema.parse({
      id: `f${++n}`,
      dataset: "test",
      metric: "export_volume",
      family: "trade",
      entity: "Testland",
      counterparty: "World",
      material: "magnets",
      period,
      value,
      unit: "t",
      massBasis: "finished",
      sourceId: "wire",
      ...f,
    });
  const byId = new Map(sources.map((s) => [s.id as string, s]));
  const rows = (...figures: Figure[]): SeriesFigure[] =>
    reconcile(figures, sources).map((f) => {
      const span = periodSpan(f.period)!;
      const s = byId.get(f.sourceId)!;
      return {
        ...f,
        periodStart: span.start,
        periodEnd: span.end,
        source: {
          id: s.id,
          title: s.title,
          publisher: s.publisher,
          url: s.url,
          published: s.published,
          licence: s.licence,
          tier: s.tier,
        },
      };
    });
  return { fig, rows };
}
