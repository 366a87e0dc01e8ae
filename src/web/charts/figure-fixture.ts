/** @module Test helper: a FigureRow with defaults, for chart unit tests (values are arbitrary test inputs). */
import type { Figure } from "../types.ts";

export function figure(over: Partial<Figure> & Pick<Figure, "period" | "value">): Figure {
  const month = /^\d{4}-\d{2}$/.test(over.period);
  return {
    id: `t:${over.period}:${over.counterparty ?? "Germany"}:${over.entity ?? "China"}`,
    dataset: "test",
    metric: "export_volume",
    family: "trade",
    entity: "China",
    counterparty: "Germany",
    material: "rare earth magnets",
    location: "",
    periodKind: month ? "month" : "year",
    periodStart: month ? `${over.period}-01` : `${over.period}-01-01`,
    periodEnd: month ? `${over.period}-28` : `${over.period}-12-31`,
    low: null,
    high: null,
    unit: "t",
    massBasis: "finished",
    vintage: "",
    isLatest: true,
    isDerived: false,
    isForecast: false,
    note: "",
    source: {
      id: "src-a",
      title: "Customs release",
      publisher: "Test Publisher <b>",
      url: "https://example.org/a",
      published: "2025-02-20",
      licence: "facts-attributed",
    },
    ...over,
  };
}
