import { describe, expect, it } from "vitest";
import { checkClaims } from "./check-claims.ts";
import { claim, extraction } from "./fixtures.ts";
import { createKnowledgeBase } from "./knowledge-base.ts";
import { summariseChecks } from "./summary.ts";

// Sentences and the model band are written for this test.
const band = { p5: [200_000], p50: [210_000], p95: [220_000], unit: "t finished magnet" };
const kb = createKnowledgeBase({
  model: {
    scenarioId: "test",
    seed: 1,
    draws: 10,
    years: [2030],
    series: { "magnet.demand.world": band },
    blankYield: 0.8,
    mineRecordedUntil: {},
    sources: {},
  },
});

describe("summariseChecks", () => {
  it("tells a check with nothing to compare from one compared without a verdict", () => {
    const checks = checkClaims(
      extraction([
        claim({ id: "c1", value: 1_000, period: "2025-07", quote: "Exports reached 1,000 t in July 2025." }),
        claim({
          id: "c2",
          metric: "demand",
          metric_family: "demand",
          entity: "NdFeB magnets",
          material: "NdFeB magnets",
          value: 900_000,
          period: "2030",
          quote: "Global demand for NdFeB magnets will reach 900,000 t in 2030.",
        }),
      ]),
      kb,
    ).checks;
    const s = summariseChecks(checks);
    expect(s.verdicts.unverifiable).toBe(2);
    expect(s.abstentions).toEqual({
      "nothing to compare: trade claim": 1,
      "compared, no verdict: model_plausibility": 1,
    });
  });
});
