import { describe, expect, it } from "vitest";
import { checkClaims } from "./check-claims.ts";
import { claim, event, extraction, testKnowledgeBase } from "./fixtures.ts";
import { createKnowledgeBase } from "./knowledge-base.ts";
import { gapOf, summariseChecks } from "./summary.ts";

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

describe("gapOf", () => {
  const fixtureKb = testKnowledgeBase();
  const gaps = (claims: Parameters<typeof claim>[0][]) =>
    checkClaims(extraction(claims.map((c) => claim(c))), fixtureKb).checks.map(gapOf);

  it("tells a series the knowledge base has for other months from one it lacks, and names the nearest months", () => {
    const checks = checkClaims(
      extraction([
        claim({
          id: "c1",
          value: 2_000,
          period: "2025-11",
          quote: "Exports reached 2,000 t in November 2025.",
        }),
        claim({
          id: "c2",
          value: 300,
          period: "2025-07",
          counterparty: "Chile",
          quote: "Exports to Chile were 300 t in July 2025.",
        }),
      ]),
      fixtureKb,
    ).checks;
    expect(checks.map(gapOf)).toEqual([
      "series known, no figure for the period",
      "no figure of this kind for the key",
    ]);
    expect(checks[0]!.reasons[0]!.message).toContain("nearest: 2025-09 before");
    expect(checks[0]!.verdict).toBe("unverifiable");
  });

  it("names a claim without a period, and a metric no check covers", () => {
    expect(
      gaps([
        { id: "c1", value: 2_000, period: null, quote: "Exports reached 2,000 t." },
        {
          id: "c2",
          metric: "partner count",
          metric_family: "other",
          unit: "count",
          value: 12,
          period: "2025",
          quote: "The group signed with 12 partners in 2025.",
        },
      ]),
    ).toEqual(["no period or no year in the claim", "no check for this kind of claim"]);
  });

  it("tells an event of a kind the register does not track from one it lacks", () => {
    const checks = checkClaims(
      extraction(
        [],
        [
          event({
            id: "e1",
            type: "report",
            actor: "Example Institute",
            quote: "Example Institute published a report.",
          }),
          event({
            id: "e2",
            type: "tariff",
            actor: "United States",
            date: "2025-03-03",
            quote: "The United States raised tariffs on March 3, 2025.",
          }),
        ],
      ),
      fixtureKb,
    ).checks;
    expect(checks.map(gapOf)).toEqual([
      "event of a kind the register does not track",
      "event not in the register",
    ]);
    expect(checks[0]!.reasons[0]!.message).toContain(
      "the policy register does not track events of this kind",
    );
  });
});
