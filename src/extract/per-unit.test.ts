import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract.ts";

const one = (sentence: string) => extractArticle(`date: 2025-05-01\n---\n${sentence}`).claims;

describe("extractArticle() per-unit magnet content", () => {
  it("reads 'each <product> needs N kg' as magnet content per unit in kg/unit", () => {
    const [c] = one("Each humanoid robot needs roughly 3.5 kg of neodymium magnets, the supplier estimates.");
    expect(c).toMatchObject({
      metric: "magnet content per unit",
      metric_family: "demand",
      unit: "kg/unit",
      value: 3.5,
    });
  });

  it("reads 'N kg per <product>' the same way", () => {
    const [c] = one("A typical battery-electric car uses about 2 kg per vehicle of sintered NdFeB.");
    expect(c).toMatchObject({ metric: "magnet content per unit", unit: "kg/unit", value: 2 });
  });

  it("leaves a tonnage flow without a product unit as a mass", () => {
    const [c] = one("Shipments of magnets to Japan reached 850 kg in March.");
    expect(c?.unit).toBe("kg");
    expect(c?.metric).not.toBe("magnet content per unit");
  });
});
