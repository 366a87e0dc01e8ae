import { describe, expect, it } from "vitest";
import { checkClaims } from "./check-claims.ts";
import { change, claim, extraction, figure } from "./fixtures.ts";
import { createKnowledgeBase } from "./knowledge-base.ts";

// Reported changes below are test inputs; the sentences are written for these tests.
const kb = createKnowledgeBase({
  figures: [
    figure({
      id: "us:yoy",
      metric: "export_change_yoy",
      counterparty: "United States",
      period: "2025-11",
      value: -8.84,
      unit: "%",
    }),
    figure({
      id: "us:mom",
      metric: "export_change_mom",
      counterparty: "United States",
      period: "2025-11",
      value: -11,
      unit: "%",
    }),
  ],
});
const q = "China's shipments to the United States fell in November.";
const run = (ch: Parameters<typeof change>[0]) =>
  checkClaims(
    extraction([
      claim({ id: "c1", counterparty: "United States", period: "2025-11", change: change(ch), quote: q }),
    ]),
    kb,
  ).checks[0]!;

describe("stated changes against the changes the source reported", () => {
  it("reads a change without a stated basis both ways and names the reading that agrees", () => {
    const c = run({ value: -9, unit: "%", approx: true });
    expect(c.verdict).toBe("consistent");
    expect(c.reasons[0]!.message).toMatch(/no basis stated; read as y\/y.*-8.84%/);
    expect(c.confidence).toBeLessThanOrEqual(0.5);
  });

  it("gives no verdict when a change without a basis matches neither reading", () => {
    const c = run({ value: -30, unit: "%" });
    expect(c.verdict).toBe("unverifiable");
    expect(c.reasons[0]!.message).toMatch(/y\/y -8.84%.*m\/m -11%/);
  });

  it("flags a stated m/m change that the reported m/m change contradicts", () => {
    const c = run({ kind: "mom", value: -20, unit: "%" });
    expect(c.verdict).toBe("inconsistent");
    expect(c.reasons[0]).toMatchObject({ expected: { value: -11 }, found: { value: -20 } });
  });
});
