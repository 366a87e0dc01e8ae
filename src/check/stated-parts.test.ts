import { describe, expect, it } from "vitest";
import type { Claim } from "../extract/schema.ts";
import { checkClaims } from "./check-claims.ts";
import { claim, extraction, testKnowledgeBase } from "./fixtures.ts";

const kb = testKnowledgeBase();
const run = (claims: Claim[]) => checkClaims(extraction(claims), kb).checks;
const reasonOf = (checks: ReturnType<typeof run>, id: string) =>
  checks.find((c) => c.claim.id === id)!.reasons.find((r) => r.kind === "stated_parts");

/** Amounts in EUR written in one sentence, each as [id, value, value_text]. */
function amounts(quote: string, ...figures: [string, number, string][]): Claim[] {
  return figures.map(([id, value, value_text]) =>
    claim({
      id,
      quote,
      quote_start: 0,
      quote_end: quote.length,
      metric: "funding",
      metric_family: "funding",
      entity: "Ministry of Industry",
      unit: null,
      currency: "EUR",
      period: null,
      value,
      value_text,
    }),
  );
}

describe("checkStatedParts()", () => {
  it("confirms a part written 'of which' within its whole, on both claims", () => {
    const checks = run(
      amounts(
        "The ministry approved a €2.4 billion programme, of which €650 million goes to recycling.",
        ["w", 2.4e9, "2.4 billion"],
        ["p", 6.5e8, "650 million"],
      ),
    );
    expect(reasonOf(checks, "p")?.outcome).toBe("consistent");
    expect(reasonOf(checks, "p")?.message).toContain("as part of 2,400,000,000 EUR (w)");
    expect(reasonOf(checks, "w")?.outcome).toBe("consistent");
  });

  it("accuses a part larger than its whole after 'of which'", () => {
    const checks = run(
      amounts(
        "The ministry approved a €240 million programme, of which €650 million goes to recycling.",
        ["w", 2.4e8, "240 million"],
        ["p", 6.5e8, "650 million"],
      ),
    );
    expect(reasonOf(checks, "p")?.outcome).toBe("inconsistent");
    expect(reasonOf(checks, "w")).toBeUndefined();
  });

  it("never says a part above the whole as written fits, even when the whole's rounding could explain it", () => {
    const checks = run(
      amounts(
        "The ministry approved a €2 billion programme, of which €2.4 billion goes to recycling.",
        ["w", 2e9, "2 billion"],
        ["p", 2.4e9, "2.4 billion"],
      ),
    );
    expect(reasonOf(checks, "p")?.outcome).toBe("unverifiable");
    expect(reasonOf(checks, "p")?.message).toContain("only the rounding of the whole could explain it");
    expect(checks.find((c) => c.claim.id === "w")!.verdict).toBe("unverifiable");
  });

  it("gives no verdict on a cap that exceeds the whole when other words stand between", () => {
    const checks = run(
      amounts(
        "A €40 million fund opened on Monday for small firms, whose loans are capped at €60 million in total.",
        ["w", 4e7, "40 million"],
        ["p", 6e7, "60 million"],
      ),
    );
    expect(reasonOf(checks, "p")?.outcome).toBe("unverifiable");
  });

  it("adds two parts the sentence says the whole combines, within the rounding of the whole", () => {
    const checks = run(
      amounts(
        "The €9 billion package, combining €6.2 billion in public loans with €2.6 billion in equity, was approved.",
        ["w", 9e9, "9 billion"],
        ["a", 6.2e9, "6.2 billion"],
        ["b", 2.6e9, "2.6 billion"],
      ),
    );
    expect(reasonOf(checks, "w")?.outcome).toBe("consistent");
    expect(reasonOf(checks, "w")?.message).toContain("sum to 8,800,000,000 EUR");
    expect(reasonOf(checks, "b")?.outcome).toBe("consistent");
  });

  it("never accuses a sum that falls short of its whole (a part may be left out)", () => {
    const checks = run(
      amounts(
        "The €9 billion package, combining €4.1 billion in public loans with €2.6 billion in equity, was approved.",
        ["w", 9e9, "9 billion"],
        ["a", 4.1e9, "4.1 billion"],
        ["b", 2.6e9, "2.6 billion"],
      ),
    );
    expect(reasonOf(checks, "w")?.outcome).toBe("unverifiable");
    expect(checks.every((c) => c.verdict !== "inconsistent")).toBe(true);
  });

  it("relates no amounts in different currencies or with a number between them", () => {
    const mixed = amounts(
      "A €2.4 billion programme, including $650 million from abroad.",
      ["w", 2.4e9, "2.4 billion"],
      ["p", 6.5e8, "650 million"],
    );
    mixed[1] = { ...mixed[1]!, currency: "USD" };
    expect(reasonOf(run(mixed), "p")).toBeUndefined();
    const third = amounts(
      "A €2.4 billion programme for 12 regions, including €650 million for recycling.",
      ["w", 2.4e9, "2.4 billion"],
      ["p", 6.5e8, "650 million"],
    );
    expect(reasonOf(run(third), "p")).toBeUndefined();
  });

  it("does not accuse a part brought in by 'including', which may be a larger deal the whole only partly holds", () => {
    const checks = run(
      amounts(
        "Sales reached €50 million, including the €80 million contract signed in May.",
        ["w", 5e7, "50 million"],
        ["p", 8e7, "80 million"],
      ),
    );
    expect(reasonOf(checks, "p")?.outcome).toBe("unverifiable");
  });
});
