/** The figures CSV follows the served figure row: a field added to FigureRowSchema fails here until it is exported or left out. */
import { describe, expect, it } from "vitest";
import { parseCsv } from "../dataset/csv.ts";
import { snakeCase } from "./define-table.ts";
import {
  FIGURE_CSV_FIELDS,
  FIGURE_CSV_HEADER,
  FIGURE_CSV_OMITTED,
  FIGURE_CSV_SOURCE,
  figuresToCsv,
} from "./figure-csv.ts";
import { type FigureRow, FigureRowSchema } from "./figure-row.ts";
import { FigureSourceSchema } from "./source-ref.ts";

const row: FigureRow = FigureRowSchema.parse({
  id: "test:EXA:2025-07:export_volume",
  dataset: "test",
  metric: "export_volume",
  family: "trade",
  entity: "Examplestan",
  entityId: "examplestan",
  counterparty: "Otherland, North",
  counterpartyId: "otherland-north",
  material: "rare earth magnets",
  location: "",
  variant: "",
  period: "2025-07",
  periodKind: "month",
  periodStart: "2025-07-01",
  periodEnd: "2025-07-31",
  value: 1234.5,
  low: null,
  high: null,
  qualifier: null,
  approx: true,
  unit: "t",
  massBasis: "finished",
  vintage: "",
  isLatest: true,
  isDerived: false,
  isForecast: false,
  note: 'a note with "quotes", and a comma',
  excludeReason: "",
  seriesKey: "export_volume|examplestan|otherland-north",
  preferred: true,
  quality: "approximate",
  qualityReason: "the source hedges the number",
  confidence: "medium",
  conflict: false,
  source: {
    id: "test-source-2025",
    title: "A test page",
    publisher: "Test Wire",
    url: "https://example.org/test",
    published: "2025-08-20",
    licence: "facts-attributed",
    tier: "wire",
  },
});

describe("the figures CSV", () => {
  it("exports or names as left out every field of the served figure row, and every field of its source", () => {
    const fields = Object.keys(FigureRowSchema.shape).filter((k) => k !== "source");
    const listed: string[] = [...FIGURE_CSV_FIELDS, ...FIGURE_CSV_OMITTED];
    expect([...listed].sort()).toEqual([...fields].sort());
    expect(new Set(listed).size).toBe(listed.length);
    expect(FIGURE_CSV_SOURCE.map(([k]) => k as string).sort()).toEqual(
      Object.keys(FigureSourceSchema.shape).sort(),
    );
  });

  it("names each column after its field and writes each row's values under it, quoting where needed", () => {
    expect(FIGURE_CSV_HEADER.slice(0, FIGURE_CSV_FIELDS.length)).toEqual(FIGURE_CSV_FIELDS.map(snakeCase));
    expect(new Set(FIGURE_CSV_HEADER).size).toBe(FIGURE_CSV_HEADER.length);
    const { header, rows } = parseCsv(figuresToCsv([row]), "figures.csv").value;
    expect(header).toEqual(FIGURE_CSV_HEADER);
    expect(rows).toHaveLength(1);
    const cell = (column: string) => rows[0]!.fields[header.indexOf(column)];
    expect(cell("counterparty")).toBe("Otherland, North");
    expect(cell("note")).toBe('a note with "quotes", and a comma');
    expect(cell("value")).toBe("1234.5");
    expect(cell("approx")).toBe("true");
    expect(cell("low")).toBe("");
    expect(cell("mass_basis")).toBe("finished");
    expect(cell("quality_reason")).toBe("the source hedges the number");
    expect(cell("source_id")).toBe("test-source-2025");
    expect(cell("licence")).toBe("facts-attributed");
    expect(cell("source_tier")).toBe("wire");
  });
});
