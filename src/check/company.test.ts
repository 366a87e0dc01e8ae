import { describe, expect, it } from "vitest";
import { checkClaims } from "./check-claims.ts";
import { sameCompany } from "./company.ts";
import { change, claim, extraction, result } from "./fixtures.ts";
import { createKnowledgeBase } from "./knowledge-base.ts";
import { gapOf } from "./summary.ts";

// Company results below are test inputs; the sentences are written for these tests.
const kb = createKnowledgeBase({
  companyResults: [
    result({ company: "Testmag Rare-Earth", period: "2025-Q3", item: "revenue", value: 1_800_000_000 }),
    result({ company: "Testmag Rare-Earth", period: "2024-Q3", item: "revenue", value: 1_500_000_000 }),
    result({
      company: "Testmag Rare-Earth",
      period: "2025-Q3",
      item: "net_profit_attributable",
      value: 200_000_000,
    }),
    result({
      company: "Testmag Rare-Earth",
      period: "2025-Q2",
      item: "ndpr_production",
      value: 640,
      unit: "t",
    }),
    result({
      company: "Testmag Rare-Earth",
      period: "2025-Q2",
      item: "reo_production",
      value: 3650,
      unit: "t REO",
    }),
    result({
      company: "Testmag Rare-Earth",
      period: "2025",
      item: "net_profit_attributable",
      value: 9e8,
      yoyPct: 40,
    }),
    result({
      company: "Testmag Rare-Earth",
      period: "2025",
      item: "net_profit_excl_nonrecurring",
      value: 6e8,
      yoyPct: 75,
    }),
    result({
      company: "Testmag Rare-Earth",
      period: "2025-Q3",
      item: "gross_margin",
      value: 19,
      unit: "%",
      excludeReason: "test: a row its own note says not to use",
    }),
  ],
});
const fin = {
  metric: "revenue",
  metric_family: "financials" as const,
  entity: "Testmag",
  unit: "CNY",
  currency: "CNY",
};
const run = (...claims: Parameters<typeof claim>[0][]) =>
  checkClaims(extraction(claims.map((c) => claim(c))), kb).checks;

describe("company results", () => {
  it("agrees with the company's reported revenue under a shorter name, naming the result and its source", () => {
    const [c] = run({
      id: "c1",
      ...fin,
      value: 1_800_000_000,
      value_text: "1.8 billion",
      period: "2025-Q3",
      quote: "Testmag's revenue for Q3 2025 was 1.8 billion yuan.",
    });
    expect(c!.verdict).toBe("consistent");
    expect(c!.reasons[0]).toMatchObject({ kind: "company_result", expected: { value: 1_800_000_000 } });
    expect(c!.reasons[0]!.sources[0]!.id).toBe("results-test");
  });

  it("names the periods the company reported the item for when the claim's period is not among them", () => {
    const [c] = run({
      id: "c1",
      ...fin,
      value: 1_900_000_000,
      value_text: "1.9 billion",
      period: "2025-Q4",
      quote: "Testmag's revenue for Q4 2025 was 1.9 billion yuan.",
    });
    expect(c!.verdict).toBe("unverifiable");
    expect(gapOf(c!)).toBe("series known, no figure for the period");
    expect(c!.reasons[0]!.message).toContain("none for this period: 2024-Q3, 2025-Q3");
  });

  it("flags an attributable net profit that differs from the reported one", () => {
    const [c] = run({
      id: "c1",
      ...fin,
      metric: "net profit",
      value: 150_000_000,
      value_text: "150 million",
      period: "2025-Q3",
      quote: "Testmag's Q3 2025 net profit attributable to shareholders was 150 million yuan.",
    });
    expect(c!.verdict).toBe("inconsistent");
    expect(c!.reasons[0]!.message).toMatch(
      /differs from Testmag Rare-Earth net_profit_attributable 2025-Q3 200,000,000 CNY/,
    );
  });

  it("gives no verdict when the sentence's item could be one the knowledge base lacks", () => {
    const [c] = run({
      id: "c1",
      ...fin,
      metric: "net profit",
      value: 150_000_000,
      value_text: "150 million",
      period: "2025-Q3",
      quote: "Testmag's net profit for Q3 2025 came to 150 million yuan.",
    });
    expect(c!.verdict).toBe("unverifiable");
    expect(c!.reasons[0]!.message).toMatch(/may be another item/);
  });

  it("recomputes a year-on-year growth from two reported quarters", () => {
    const [ok, bad] = run(
      {
        id: "c1",
        ...fin,
        value: 1_800_000_000,
        value_text: "1.8 billion",
        period: "2025-Q3",
        change: change({ kind: "yoy", value: 20, unit: "%" }),
        quote: "Testmag's Q3 2025 revenue rose 20% to 1.8 billion yuan.",
      },
      {
        id: "c2",
        ...fin,
        value: null,
        value_text: null,
        period: "2025-Q3",
        change: change({ kind: "yoy", value: 35, unit: "%" }),
        quote: "Testmag's Q3 2025 revenue rose 35% year on year.",
      },
    );
    expect(ok!.reasons.find((r) => r.message.includes("growth"))).toMatchObject({ outcome: "consistent" });
    expect(bad!.verdict).toBe("inconsistent");
    expect(bad!.reasons[0]).toMatchObject({ expected: { value: 20 }, found: { value: 35 } });
  });

  it("matches a figure without a period by its exact value, and never calls it inconsistent", () => {
    const [hit, miss] = run(
      {
        id: "c1",
        metric: "production volume",
        metric_family: "production",
        entity: "Testmag",
        value: 640,
        unit: "t",
        quote: "Testmag produced a record 640 tonnes of NdPr oxide.",
      },
      {
        id: "c2",
        metric: "production volume",
        metric_family: "production",
        entity: "Testmag",
        value: 900,
        unit: "t",
        quote: "Testmag produced 900 tonnes of NdPr oxide.",
      },
    );
    expect(hit!.verdict).toBe("consistent");
    expect(hit!.reasons[0]!.message).toMatch(/the article gives no period.*read as 2025-Q2/);
    expect(miss!.verdict).toBe("unverifiable");
  });

  it("never lets an excluded row back a verdict", () => {
    const [c] = run({
      id: "c1",
      ...fin,
      metric: "gross margin",
      value: 30,
      unit: "%",
      currency: null,
      period: "2025-Q3",
      quote: "Testmag's gross margin in Q3 2025 was 30%.",
    });
    expect(c!.verdict).toBe("unverifiable");
    expect(c!.reasons.every((r) => r.sources.every((s) => s.id !== "results-test"))).toBe(true);
  });

  it("matches company names by their distinctive words, never a place for a company", () => {
    expect(sameCompany("Zhenghai Magnetic Materials", "Yantai Zhenghai Magnetic Material")).toBe(true);
    expect(sameCompany("JL Mag", "JL Mag Rare-Earth")).toBe(true);
    expect(sameCompany("China", "China Northern Rare Earth")).toBe(false);
    expect(sameCompany("Lynas Rare Earths", "MP Materials")).toBe(false);
  });

  it("checks a growth against the company's reported growth of the item its clause names", () => {
    const q =
      "In 2025 Testmag's net profit attributable to shareholders was 900 million yuan, up 40%; net profit after deducting non-recurring items attributable to shareholders was 600 million yuan, up 57%.";
    const [a, b] = run(
      {
        id: "c1",
        ...fin,
        metric: "net profit",
        value: 9e8,
        value_text: "900 million",
        period: "2025",
        change: change({ kind: "yoy", value: 40, unit: "%" }),
        quote: q,
      },
      {
        id: "c2",
        ...fin,
        metric: "net profit",
        value: 6e8,
        value_text: "600 million",
        period: "2025",
        change: change({ kind: "yoy", value: 57, unit: "%" }),
        quote: q,
      },
    );
    expect(a!.verdict).toBe("consistent");
    expect(b!.verdict).toBe("inconsistent");
    expect(b!.reasons.find((r) => r.outcome === "inconsistent")!.message).toMatch(
      /reported \+75% for Testmag Rare-Earth net_profit_excl_nonrecurring/,
    );
  });

  it("reads the item named just after the number when its clause names none before it", () => {
    const [c] = run({
      id: "c1",
      ...fin,
      metric: "production volume",
      metric_family: "production",
      unit: "t",
      currency: null,
      value: 640,
      value_text: "640",
      period: "2025-Q2",
      quote:
        "In the June quarter Testmag turned out 640 tonnes of neodymium and praseodymium for magnet makers.",
    });
    expect(c!.verdict).toBe("consistent");
    expect(c!.reasons[0]!.message).toMatch(/ndpr_production/);
  });

  it("does not compare an EBITDA named after the number with the revenue named before it", () => {
    const [, c] = run(
      {
        id: "c1",
        ...fin,
        value: 1_800_000_000,
        value_text: "1.8 billion",
        period: "2025-Q3",
        quote: "Testmag earned 1.8 billion yuan in revenue and 90 million yuan in EBITDA in Q3 2025.",
      },
      {
        id: "c2",
        ...fin,
        value: 90_000_000,
        value_text: "90 million",
        period: "2025-Q3",
        quote: "Testmag earned 1.8 billion yuan in revenue and 90 million yuan in EBITDA in Q3 2025.",
      },
    );
    expect(c!.verdict).toBe("unverifiable");
    expect(c!.reasons.some((r) => r.kind === "company_result")).toBe(false);
  });

  it("reads a table cell's item from its unit ('3,650 REOt')", () => {
    const [c] = run({
      id: "c1",
      ...fin,
      entity: "Testmag Rare-Earth",
      metric: "production volume",
      metric_family: "production",
      unit: "t",
      unit_text: "REOt",
      currency: null,
      value: 3650,
      value_text: "3,650",
      period: "2025-Q2",
      quote: "3,650 REOt",
    });
    expect(c!.verdict).toBe("consistent");
    expect(c!.reasons[0]!.message).toMatch(/reo_production/);
  });
});
