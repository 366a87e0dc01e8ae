import { describe, expect, it } from "vitest";
import type { Claim } from "../extract/schema.ts";
import { checkClaims } from "./check-claims.ts";
import { claim, extraction, testKnowledgeBase } from "./fixtures.ts";
import { perUnitLinked, restatedShare } from "./relation.ts";

const kb = testKnowledgeBase();
kb.referenceFacts = [
  {
    id: "magnets-2024",
    description: "Global NdFeB production 2024 (test input)",
    metric: "magnet_production",
    period: "2024",
    value: 300000,
    low: 270000,
    high: 330000,
    unit: "t",
    massBasis: "blank",
    source: { id: "facts-test", publisher: "Facts", url: "https://example.org/facts" },
  },
];
const run = (claims: Claim[]) => checkClaims(extraction(claims), kb).checks;
const byId = (checks: ReturnType<typeof run>, id: string) => checks.find((c) => c.claim.id === id)!;

/** Two claims of one sentence: a tonnage and a share, at the places their numbers are written. */
function pair(quote: string, amount: Partial<Claim>, share: Partial<Claim>, start = 0): [Claim, Claim] {
  const base = { quote, quote_start: start, quote_end: start + quote.length, period: "2024" };
  return [
    claim({ id: "a1", metric: "production volume", metric_family: "production", ...base, ...amount }),
    claim({
      id: "s1",
      metric: "share of global production",
      metric_family: "market",
      unit: "%",
      ...base,
      ...share,
    }),
  ];
}

describe("restatedShare()", () => {
  it("finds a share that restates the tonnage before it, with what the share is of", () => {
    const [a, s] = pair(
      "The region mined 30,000 tonnes of rare earths in 2024, or 8% of global mine output.",
      { value: 30000 },
      { value: 8 },
    );
    expect(restatedShare(a, s)).toMatchObject({ base: "global mine output" });
  });

  it("finds a tonnage in brackets after the share", () => {
    const [a, s] = pair(
      "The region supplied 8% of world mine output (30,000 tonnes) last year.",
      { value: 30000 },
      { value: 8 },
    );
    expect(restatedShare(a, s)).toMatchObject({ base: "world mine output" });
  });

  it("does not relate a share and a tonnage that stand in different statements", () => {
    const [a, s] = pair(
      "The region mined 30,000 tonnes in 2024, while its refineries kept 8% of global capacity idle.",
      { value: 30000 },
      { value: 8 },
    );
    expect(restatedShare(a, s)).toBeNull();
    const other = claim({ ...s, quote: "Another sentence gives 8% of global output.", quote_start: 500 });
    expect(restatedShare(a, other)).toBeNull();
  });
});

describe("perUnitLinked()", () => {
  it("links a mass and a unit count that one sentence relates", () => {
    const q = "The plant will supply 3,000 tonnes of magnets for 1 million humanoid robots.";
    const m = claim({ id: "m", value: 3000, quote: q });
    const n = claim({ id: "n", value: 1e6, value_text: "1 million", unit: "units", quote: q });
    expect(perUnitLinked(m, n)).toBe(true);
    const q2 = "At that pace, 1 million humanoid robots would need 3,000 tonnes of magnets.";
    expect(perUnitLinked(claim({ ...m, quote: q2 }), claim({ ...n, quote: q2 }))).toBe(true);
  });

  it("does not link figures of two statements or two sentences", () => {
    const q = "Magnet output reached 3,000 tonnes, while 1 million humanoid robots were sold.";
    const m = claim({ id: "m", value: 3000, quote: q });
    const n = claim({ id: "n", value: 1e6, value_text: "1 million", unit: "units", quote: q });
    expect(perUnitLinked(m, n)).toBe(false);
    const far = claim({ ...n, quote: "Makers plan 1 million humanoid robots.", quote_start: 300 });
    expect(perUnitLinked(m, far)).toBe(false);
  });
});

describe("checkClaims() implied totals", () => {
  it("never pairs a share with a tonnage from another sentence", () => {
    // Written for this test: a share of mining stated on its own, and an export tonnage in another sentence.
    const share = claim({
      id: "c1",
      metric: "market share",
      metric_family: "market",
      unit: "%",
      value: 70,
      quote: "In rare earths, China holds a 70% share of global mining and a 90% share of refining.",
    });
    const exports = claim({
      id: "c2",
      value: 21500,
      period: "2024-01..2024-05",
      quote: "Shipments of rare earths out of China reached 21,500 tons over January to May 2024.",
      quote_start: 200,
      quote_end: 283,
    });
    const c1 = byId(run([share, exports]), "c1");
    expect(c1.reasons.map((r) => r.kind)).toEqual(["known_share"]);
    expect(c1.verdict).toBe("consistent");
  });

  it("computes the world total a restated share implies and confirms both figures", () => {
    const checks = run(
      pair(
        "The region mined 30,000 tonnes of rare earths in 2024, or 8% of global mine output.",
        { value: 30000, entity: "Testland" },
        { value: 8, entity: "Testland" },
      ),
    );
    const reason = byId(checks, "s1").reasons.find((r) => r.kind === "implied_total")!;
    expect(reason.outcome).toBe("consistent");
    expect(reason.found).toMatchObject({ value: 375000 });
    expect(reason.expected).toMatchObject({ value: 380000 });
    expect(reason.message).toMatch(/implies a world total of 375,000 t/);
    expect(byId(checks, "a1").reasons.some((r) => r.kind === "implied_total")).toBe(true);
  });

  it("calls a restated share inconsistent when the implied total is far from the known one", () => {
    const checks = run(
      pair(
        "The region mined 30,000 tonnes of rare earths in 2024, or 60% of global mine output.",
        { value: 30000, entity: "Testland" },
        { value: 60, entity: "Testland" },
      ),
    );
    expect(byId(checks, "s1").verdict).toBe("inconsistent");
    // The accusation is made once, on the share; the tonnage is not accused.
    expect(byId(checks, "a1").verdict).not.toBe("inconsistent");
  });

  it("shows the implied total of a bound but gives no verdict on it", () => {
    const checks = run(
      pair(
        "Robot makers will need more than 2,000 tonnes of magnets a year, equivalent to 7% of the global output of 2024.",
        { value: 2000, qualifier: "gt", metric: "demand", material: "rare earth magnets" },
        { value: 7, value_text: "7%", material: "rare earth magnets" },
      ),
    );
    const reason = byId(checks, "s1").reasons.find((r) => r.kind === "implied_total")!;
    expect(reason.outcome).toBe("unverifiable");
    expect(reason.message).toMatch(/more than 28,571 t/);
    expect(reason.message).toMatch(/270,000–330,000 t/);
  });

  it("does not relate a share of mine output to a tonnage of separated oxide", () => {
    const checks = run(
      pair(
        "The refinery separated 30,000 tonnes of oxide in 2024, or 8% of global mine output.",
        { value: 30000, entity: "Testland", material: "rare earth oxide" },
        { value: 8, entity: "Testland" },
      ),
    );
    expect(byId(checks, "s1").reasons.some((r) => r.kind === "implied_total")).toBe(false);
  });
});
