import { describe, expect, it } from "vitest";
import { checkClaims } from "./check-claims.ts";
import { change, claim, estimate, extraction, figure } from "./fixtures.ts";
import { createKnowledgeBase } from "./knowledge-base.ts";

// Estimates and IEA-style rows below are test inputs; the sentences are written for these tests.
const ev = (powertrain: string, year: number, value: number) =>
  figure({
    id: `ev:${powertrain}:${year}`,
    dataset: "ev-sales",
    metric: "ev_sales",
    entity: "World",
    counterparty: "",
    material: `Cars ${powertrain}`,
    period: String(year),
    value,
    unit: "vehicles",
  });
const kb = createKnowledgeBase({
  marketEstimates: [
    estimate({
      id: "MV-T1",
      publisher: "Alpha Research",
      baseYear: 2025,
      baseValue: 4e9,
      targetYear: 2030,
      targetValue: 5.5e9,
      statedCagrPct: 6.6,
    }),
    estimate({
      id: "MV-T2",
      publisher: "Beta Insights",
      baseYear: 2025,
      baseValue: 5e9,
      targetYear: 2031,
      targetValue: 7e9,
    }),
    estimate({
      id: "DM-T1",
      publisher: "Gamma Analysts",
      metric: "NdFeB magnet demand growth",
      unit: "%",
      baseYear: 2024,
      targetYear: 2040,
      statedCagrPct: 8.5,
    }),
  ],
  figures: [ev("BEV", 2023, 9.5e6), ev("PHEV", 2023, 4.3e6), ev("BEV", 2022, 7.3e6), ev("PHEV", 2022, 2.9e6)],
});
const market = {
  metric: "market size",
  metric_family: "market" as const,
  entity: "NdFeB magnets",
  material: "NdFeB magnets",
  unit: "USD",
  currency: "USD",
};
const run = (...claims: Parameters<typeof claim>[0][]) =>
  checkClaims(extraction(claims.map((c) => claim(c))), kb).checks;

describe("market sizes and growth against published estimates", () => {
  it("recognises a publisher's own estimate and its stated growth", () => {
    const q =
      "The global NdFeB magnet market will grow from $4.0 billion in 2025 to $5.5 billion in 2030, a CAGR of 6.6%.";
    const [a, b] = run(
      { id: "c1", ...market, value: 4e9, value_text: "4.0 billion", period: "2025", quote: q },
      {
        id: "c2",
        ...market,
        value: 5.5e9,
        value_text: "5.5 billion",
        period: "2030",
        is_forecast: true,
        change: change({ kind: "cagr", value: 6.6, unit: "%", period: "2025..2030" }),
        quote: q,
      },
    );
    expect(a!.reasons[0]).toMatchObject({ kind: "market_estimate", outcome: "consistent" });
    expect(a!.reasons[0]!.message).toMatch(/Alpha Research .*MV-T1/);
    expect(b!.verdict).toBe("consistent");
    expect(b!.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(["cagr", "market_estimate"]));
  });

  it("recomputes a CAGR from the values and years its sentence gives, even when the periods were misread", () => {
    const q =
      "The global NdFeB magnet market is worth $10 billion in 2025 and will reach $20 billion by 2035, a CAGR of 12%.";
    const [, end] = run(
      { id: "c1", ...market, value: 1e10, value_text: "10 billion", period: "2035", quote: q },
      {
        id: "c2",
        ...market,
        value: 2e10,
        value_text: "20 billion",
        period: "2035",
        change: change({ kind: "cagr", value: 12, unit: "%" }),
        quote: q,
      },
    );
    const cagr = end!.reasons.find((r) => r.kind === "cagr")!;
    expect(cagr.outcome).toBe("inconsistent");
    expect(cagr.expected).toMatchObject({ value: 7.18 });
  });

  it("reads the years of a sentence whose words scraping glued together", () => {
    const q =
      "The global NdFeB magnet market is worth 10billion**in2025andisexpectedtoreach**20 billion by 2035, a CAGR of 7.2%.";
    const [start, end] = run(
      { id: "c1", ...market, value: 1e10, value_text: "10billion", period: "2035", quote: q },
      {
        id: "c2",
        ...market,
        value: 2e10,
        value_text: "20 billion",
        period: "2035",
        change: change({ kind: "cagr", value: 7.2, unit: "%" }),
        quote: q,
      },
    );
    expect(end!.reasons.find((r) => r.kind === "cagr")).toMatchObject({
      outcome: "consistent",
      found: { period: "2025..2035" },
    });
    // The start value is the other half of the same arithmetic.
    expect(start!.verdict).toBe("consistent");
  });

  it("gives no verdict on a market size the estimates bracket only loosely, and flags a scale error", () => {
    // One article each: two values for one market and year would put both in doubt.
    const [loose] = run({
      id: "c1",
      ...market,
      value: 8e9,
      value_text: "8 billion",
      period: "2025",
      quote: "The global NdFeB magnet market was worth $8 billion in 2025.",
    });
    const [scale] = run({
      id: "c2",
      ...market,
      value: 4.5e6,
      value_text: "4.5 million",
      period: "2025",
      quote: "The global NdFeB magnet market was worth $4.5 million in 2025.",
    });
    expect(loose!.verdict).toBe("unverifiable");
    expect(loose!.reasons[0]!.message).toMatch(/matches none of the published ndfeb estimates/);
    expect(scale!.verdict).toBe("inconsistent");
    expect(scale!.reasons[0]!.message).toMatch(/scale or unit error/);
  });

  it("checks a demand growth rate against the estimate with the same years", () => {
    const [c] = run({
      id: "c1",
      metric: "demand",
      metric_family: "demand",
      entity: "NdFeB magnets",
      material: "NdFeB magnets",
      value: null,
      value_text: null,
      unit: null,
      period: "2024..2040",
      change: change({ kind: "cagr", value: 8.5, unit: "%", period: "2024..2040" }),
      quote: "From 2024 through 2040 global demand for NdFeB magnets will grow at a CAGR of 8.5%.",
    });
    expect(c!.verdict).toBe("consistent");
    expect(c!.reasons[0]!.message).toMatch(/Gamma Analysts \[DM-T1\] published 8.5%/);
  });
});

describe("electric-car sales against IEA", () => {
  it("sums battery-electric and plug-in hybrid car sales and checks the stated growth", () => {
    const sales = {
      metric: "EV sales",
      metric_family: "demand" as const,
      entity: null,
      unit: "units",
      period: "2023",
    };
    const [ok] = run({
      id: "c1",
      ...sales,
      value: 14e6,
      value_text: "14 million",
      change: change({ kind: "yoy", value: 35, unit: "%" }),
      quote: "Global electric vehicle sales reached 14 million units in 2023, up 35%.",
    });
    const [bad] = run({
      id: "c2",
      ...sales,
      value: 20e6,
      value_text: "20 million",
      quote: "Global electric vehicle sales reached 20 million units in 2023.",
    });
    expect(ok!.verdict).toBe("consistent");
    expect(ok!.reasons[0]!.message).toMatch(/BEV 9,500,000 \+ PHEV 4,300,000 = 13,800,000/);
    expect(ok!.reasons.find((r) => r.kind === "change_vs_levels")).toMatchObject({
      outcome: "consistent",
      expected: { value: 37.3 },
    });
    expect(bad!.verdict).toBe("inconsistent");
  });
});
