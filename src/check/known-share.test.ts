import { describe, expect, it } from "vitest";
import { checkClaims } from "./check-claims.ts";
import { claim, extraction, testKnowledgeBase } from "./fixtures.ts";

// The fact's figure is a test input, not data.
const kb = testKnowledgeBase();
kb.referenceFacts = [
  {
    id: "refined-share-test",
    description: "China share of refined rare-earth output 2023 (test input)",
    metric: "production_share",
    period: "2023",
    value: 88,
    low: null,
    high: null,
    unit: "%",
    massBasis: "not_applicable",
    source: { id: "facts-test", publisher: "Facts", url: "https://example.org/facts" },
  },
];

const share = (quote: string, value: number, extra = {}) =>
  claim({
    id: "s1",
    metric: "market share",
    metric_family: "market",
    entity: "China",
    material: "rare earths",
    unit: "%",
    value,
    value_text: String(value),
    period: null,
    quote,
    quote_end: quote.length,
    ...extra,
  });
const knownShare = (quote: string, value: number, extra = {}) =>
  checkClaims(extraction([share(quote, value, extra)]), kb).checks[0]!.reasons.find(
    (r) => r.kind === "known_share",
  );

describe("known_share for a country's share 'of the market' of a production stage", () => {
  it("reads 'N% of the market' beside a stage as the share of world output of that stage", () => {
    const r = knownShare("China dominates refined rare earths, holding 90% of the market.", 90);
    expect(r?.outcome).toBe("consistent");
    expect(r?.message).toContain("88% (2023) [refined-share-test]");
    expect(knownShare("China dominates refined rare earths, holding 60% of the market.", 60)?.outcome).toBe(
      "inconsistent",
    );
  });

  it("does not read a share of a market with a destination, or without a stage, as a production share", () => {
    expect(
      knownShare("Refined rare earths from China hold 60% of the market in Japan.", 60, {
        counterparty: "Japan",
      }),
    ).toBeUndefined();
    expect(
      knownShare("The company holds 60% of the market.", 60, { entity: "Northmoor Metals" }),
    ).toBeUndefined();
  });

  it("compares a share for a year only with facts of that year, and names the other years otherwise", () => {
    const quote = "China held 90% of the global refined rare-earth market in 2020.";
    const r = knownShare(quote, 90, { period: "2020" });
    expect(r?.outcome).toBe("unverifiable");
    expect(r?.message).toContain("only for other years (88% in 2023 [refined-share-test])");
    expect(knownShare(quote.replace("2020", "2023"), 90, { period: "2023" })?.outcome).toBe("consistent");
  });
});
