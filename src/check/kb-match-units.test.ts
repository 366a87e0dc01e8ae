/** unitFactor() through matchingFigures(): units convert with the domain conversions; t and t REO need a stated basis. */
import { describe, expect, it } from "vitest";
import { claim, figure } from "./fixtures.ts";
import { kbMapping, matchingFigures } from "./kb-match.ts";
import { createKnowledgeBase } from "./knowledge-base.ts";

const mine = figure({
  id: "mine-test",
  dataset: "mine-production",
  metric: "mine_production",
  entity: "China",
  counterparty: "",
  material: "",
  period: "2024",
  value: 270_000,
  unit: "t REO",
});

describe("unit conversion in matchingFigures()", () => {
  it("compares a bare tonnage of mine production with t REO: the metric is defined on the oxide basis", () => {
    const c = claim({
      id: "c1",
      metric: "mine production",
      metric_family: "production",
      material: "rare earths",
      value: 270_000,
      period: "2024",
      quote: "The country mined 270,000 tonnes of rare earths in 2024.",
    });
    const mapping = kbMapping(c);
    expect(mapping?.metrics).toEqual(["mine_production"]);
    const found = matchingFigures(createKnowledgeBase({ figures: [mine] }), c, mapping!);
    expect(found.map((m) => [m.figure.id, m.factor])).toEqual([["mine-test", 1]]);
  });

  it("does not compare a bare tonnage with t REO when neither the claim nor the metric states oxide", () => {
    const c = claim({
      id: "c2",
      value: 5_000,
      period: "2024",
      quote: "Exports reached 5,000 tonnes in 2024.",
    });
    const oxideExports = figure({ id: "exp-reo", period: "2024", value: 5_000, unit: "t REO" });
    const magnetExports = figure({ id: "exp-t", period: "2024", value: 5_000 });
    const kb = createKnowledgeBase({ figures: [oxideExports, magnetExports] });
    expect(matchingFigures(kb, c, kbMapping(c)!).map((m) => m.figure.id)).toEqual(["exp-t"]);
  });

  it("converts price units by the domain factors (per tonne = per kg × 1000)", () => {
    const c = claim({
      id: "c3",
      metric: "price",
      metric_family: "price",
      entity: null,
      material: "NdPr oxide",
      unit: "CNY/t",
      value: 850_000,
      period: "2026-02",
      quote: "NdPr oxide sold at 850,000 yuan per tonne in February 2026.",
    });
    const price = figure({
      id: "p1",
      dataset: "price-points",
      metric: "price",
      entity: "NdPr oxide",
      counterparty: "",
      material: "NdPr oxide",
      period: "2026-02",
      value: 850,
      unit: "CNY/kg",
    });
    const found = matchingFigures(createKnowledgeBase({ figures: [price] }), c, kbMapping(c)!);
    expect(found.map((m) => m.factor)).toEqual([1000]);
  });
});
