import { describe, expect, it } from "vitest";
import { checkClaims } from "./check-claims.ts";
import { claim, extraction, figure } from "./fixtures.ts";
import { createKnowledgeBase } from "./knowledge-base.ts";

// Capacities below are test inputs; the sentences are written for these tests.
const wind = (period: string, value: number) =>
  figure({
    id: `wind:World:${period}`,
    dataset: "wind-capacity",
    metric: "wind_capacity_cumulative",
    entity: "World",
    counterparty: "",
    material: "",
    period,
    value,
    unit: "GW",
  });
const kb = createKnowledgeBase({ figures: [wind("2022", 900), wind("2023", 1017)] });
const gw = (id: string, value: number, period: string, quote: string, over = {}) =>
  claim({
    id,
    metric: "capacity",
    metric_family: "production",
    entity: null,
    material: null,
    unit: "GW",
    value,
    period,
    quote,
    ...over,
  });
const run = (...claims: ReturnType<typeof claim>[]) => checkClaims(extraction(claims), kb).checks;

describe("wind capacity against IRENA", () => {
  it("accepts a cumulative world capacity within the rounding of the stated figure", () => {
    const [c] = run(gw("c1", 1000, "2023", "Global wind capacity reached 1,000 GW in 2023."));
    expect(c!.verdict).toBe("consistent");
    expect(c!.reasons[0]!.message).toMatch(/cumulative at the end of 2023: 1,017 GW/);
  });

  it("reads capacity added in a year as the difference of two years", () => {
    const [c] = run(gw("c1", 117, "2023", "The world added 117 GW of wind power capacity in 2023."));
    expect(c!.verdict).toBe("consistent");
    expect(c!.reasons[0]!.message).toMatch(/1,017 − 900 GW = 117 GW/);
  });

  it("flags a cumulative capacity far from IRENA's", () => {
    const [c] = run(gw("c1", 1500, "2023", "Global wind capacity reached 1,500 GW in 2023."));
    expect(c!.verdict).toBe("inconsistent");
    expect(c!.reasons[0]).toMatchObject({ expected: { value: 1017 } });
  });

  it("leaves parts of the fleet the table does not split out, and forecasts, unverifiable", () => {
    const [a, b] = run(
      gw("c1", 64, "2022", "Offshore wind capacity reached 64 GW in 2022."),
      gw("c2", 2000, "2030", "Global wind capacity will reach 2,000 GW by 2030.", { is_forecast: true }),
    );
    expect(a!.verdict).toBe("unverifiable");
    expect(b!.verdict).toBe("unverifiable");
  });
});
