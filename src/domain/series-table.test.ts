import { describe, expect, it } from "vitest";
import { toCsv } from "./csv-text.ts";
import { SERIES_COLUMNS, seriesTable } from "./series-table.ts";
import { type SeriesItem, type SeriesResult, SeriesResultSchema } from "./series-types.ts";

const source = {
  id: "s1",
  title: "Monthly customs bulletin",
  publisher: "Example Customs",
  url: "https://example.org/b",
  published: "2025-04-20",
  licence: "public-domain",
  tier: "official",
} as const;

function item(period: string, value: number | null, over: Partial<SeriesItem> = {}): SeriesItem {
  return {
    period,
    start: `${period}-01`,
    end: `${period}-28`,
    value,
    low: null,
    high: null,
    qualifier: null,
    approx: false,
    unit: "t",
    basis: "finished",
    composition: value === null ? "missing" : "figure",
    parts: [],
    figureId: value === null ? null : `f-${period}`,
    metric: "export_volume",
    source: value === null ? null : source,
    quality: "reported",
    qualityReason: "",
    confidence: "high",
    conflict: false,
    reason: value === null ? "no report for the month" : "",
    note: "",
    alternatives: [],
    ...over,
  } as SeriesItem;
}

const result = (items: SeriesItem[], total: SeriesItem | null = null): SeriesResult =>
  SeriesResultSchema.parse({
    metric: "export_volume",
    per: "month",
    entity: "Atlantis",
    entityId: "atlantis",
    counterparty: "World",
    counterpartyId: "world",
    material: "",
    location: "",
    variant: "",
    unit: "t",
    basis: "finished",
    items,
    total,
    reason: "",
  });

describe("seriesTable()", () => {
  it("writes one row per item in SERIES_COLUMNS order; a missing month stays blank, never 0", () => {
    const alt = {
      figureId: "g",
      metric: "export_volume",
      period: "2025-02",
      value: 1210,
      low: null,
      high: null,
      qualifier: null,
      approx: true,
      quality: "reported",
      qualityReason: "",
      source: { id: "s2", publisher: "Example Wire", published: "2025-03-21", tier: "wire" },
      whyNotPreferred: "an official source is preferred to a wire",
    } as const;
    const t = seriesTable(
      result([item("2025-01", 1100), item("2025-02", 1200, { alternatives: [alt] }), item("2025-03", null)]),
    );
    expect(t.header).toEqual([...SERIES_COLUMNS]);
    const col = (name: string) => t.header.indexOf(name);
    expect(t.rows.map((r) => r[col("value")])).toEqual([1100, 1200, null]);
    expect(t.rows[2]![col("confidence")]).toBeNull();
    expect(t.rows[1]![col("alternatives")]).toBe(
      "~1210 (Example Wire): an official source is preferred to a wire",
    );
    expect(t.rows[0]![col("licence")]).toBe("public-domain");
    expect(toCsv(t.header, t.rows).split("\n")[3]!.startsWith("2025-03,,,,,false,")).toBe(true);
  });

  it("adds the range total only when asked, as the last row", () => {
    const total = item("2025-01..2025-02", 2300, { composition: "sum_of_parts", quality: "derived" });
    const r = result([item("2025-01", 1100), item("2025-02", 1200)], total);
    expect(seriesTable(r).rows).toHaveLength(2);
    const withTotal = seriesTable(r, { total: true }).rows;
    expect(withTotal).toHaveLength(3);
    expect(withTotal[2]![0]).toBe("2025-01..2025-02");
    expect(withTotal[2]![1]).toBe(2300);
  });
});
