/** toFigure and FigureDraft follow FigureSchema: a field added to, or a default changed in, the schema reaches the dataset. */
import { describe, expect, it } from "vitest";
import { FigureSchema } from "../domain/figure.ts";
import { type FigureDraft, toFigure } from "./table.ts";

const minimal: FigureDraft = {
  metric: "mine_production",
  column: "mine_production_t_reo",
  entity: "Examplestan",
  period: "2024",
  value: 1200,
  unit: "t REO",
  sourceId: "example-source-2025",
};

describe("toFigure()", () => {
  it("gives every field of FigureSchema, in its order, with the schema's default where the draft has none", () => {
    const f = toFigure("mine-production", "EXA:2024", minimal, "production");
    expect(Object.keys(f)).toEqual(Object.keys(FigureSchema.shape));
    const { column: _, ...given } = minimal;
    expect(f).toEqual(
      FigureSchema.parse({
        ...given,
        id: "mine-production:EXA:2024:mine_production",
        dataset: "mine-production",
        family: "production",
      }),
    );
    expect(f).toMatchObject({ counterparty: "", massBasis: "not_applicable", isLatest: true, low: null });
  });

  it("keeps every value the draft gives, a null value and an id suffix included", () => {
    const full: FigureDraft = {
      ...minimal,
      idSuffix: "target",
      counterparty: "Otherland",
      material: "NdPr oxide",
      location: "FOB port",
      value: null,
      low: 1000,
      high: 1400,
      qualifier: "gte",
      approx: true,
      excludeReason: "a test row, never preferred",
      massBasis: "element",
      variant: "base case",
      vintage: "Example 2025",
      isLatest: false,
      isDerived: true,
      isForecast: true,
      note: "written for this test",
    };
    const f = toFigure("mine-production", "EXA:2024", full, "production");
    const { column: _c, idSuffix: _s, ...given } = full;
    expect(f).toEqual({
      ...given,
      id: "mine-production:EXA:2024:mine_production:target",
      dataset: "mine-production",
      family: "production",
    });
    expect(FigureSchema.parse(f)).toEqual(f);
  });
});
