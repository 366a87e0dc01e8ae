import { describe, expect, it } from "vitest";
import { checkClaims } from "./check-claims.ts";
import { claim, extraction, figure } from "./fixtures.ts";
import { createKnowledgeBase } from "./knowledge-base.ts";

// Sentences written for these tests; the customs figure is a test input. The fixture article is dated 2025-11-20.
const kb = createKnowledgeBase({ figures: [figure({ id: "w:2024-07", period: "2024-07", value: 5_000 })] });
const past = (quote: string) =>
  claim({ id: "c1", value: 5_000, period: "2024-07", is_forecast: true, quote, counterparty: null });

describe("a past period read as a forecast", () => {
  it("is compared with recorded figures when its own clause speaks of no forecast", () => {
    const c = checkClaims(
      extraction([past("The figure, in line with forecasts, was up on the 5,000 t exported in July 2024.")]),
      kb,
    ).checks[0]!;
    expect(c.verdict).toBe("consistent");
    expect(c.reasons[0]!.kind).toBe("source_conflict");
    // The report keeps the claim as the extractor read it.
    expect((c.claim as { is_forecast: boolean }).is_forecast).toBe(true);
  });

  it("stays a forecast when its clause says so", () => {
    const c = checkClaims(extraction([past("Analysts had expected exports of 5,000 t in July 2024.")]), kb)
      .checks[0]!;
    expect(c.reasons.some((r) => r.kind === "source_conflict")).toBe(false);
  });
});
