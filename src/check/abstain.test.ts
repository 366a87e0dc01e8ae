import { describe, expect, it } from "vitest";
import { extractArticle } from "../extract/index.ts";
import { checkClaims } from "./check-claims.ts";
import { claim, extraction, figure, testKnowledgeBase } from "./fixtures.ts";

const kb = testKnowledgeBase();
const run = (...args: Parameters<typeof extraction>) => checkClaims(extraction(...args), kb);
const byId = (r: ReturnType<typeof run>, id: string) => r.checks.find((c) => c.claim.id === id)!;

// Sentences below are written for these tests; the knowledge base is the small fixture one.
const TWO_DESTINATIONS =
  "China's exports of rare earth magnets to Germany rose to 1,288 t in June while shipments to the US were 420 t.";

describe("abstain rather than accuse: places in the clause", () => {
  it("does not call the US figure inconsistent when it was read as Germany's (the 'while' clause names the US)", () => {
    const r = run([
      claim({ id: "c1", counterparty: "Germany", value: 1288, period: "2025-06", quote: TWO_DESTINATIONS }),
      claim({ id: "c2", counterparty: "Germany", value: 420, period: "2025-06", quote: TWO_DESTINATIONS }),
    ]);
    expect(byId(r, "c1").verdict).toBe("consistent");
    const c2 = byId(r, "c2");
    expect(c2.verdict).toBe("unverifiable");
    expect(c2.confidence).toBe(0);
    expect(c2.attribution.doubts.map((d) => d.kind)).toContain("other_place_in_clause");
    const why = c2.reasons.find((x) => x.kind === "ambiguous_attribution")!;
    expect(why.message).toMatch(
      /names United States, not Germany.*read with counterparty United States the checks agree/,
    );
    // The comparison as read is kept, with its numbers, but no longer counts against the figure.
    expect(c2.reasons.find((x) => x.kind === "source_conflict")).toMatchObject({
      outcome: "unverifiable",
      expected: { value: 1288 },
      found: { value: 420 },
    });
  });

  it("checks the same sentence end to end with the extractor without any inconsistent verdict", () => {
    const ex = extractArticle(`date: 2025-07-20\n---\n${TWO_DESTINATIONS}\n`);
    const r = checkClaims(ex, kb);
    expect(r.checks.length).toBeGreaterThan(0);
    expect(r.checks.filter((c) => c.verdict === "inconsistent")).toEqual([]);
    const germany = r.checks.filter((c) => "counterparty" in c.claim && c.claim.counterparty === "Germany");
    for (const g of germany) expect(g.verdict).not.toBe("inconsistent");
  });

  it("keeps an inconsistency when every reading of the clause disagrees", () => {
    const q =
      "China's exports of rare earth magnets to Germany rose in June while shipments to the US were 900 t.";
    const r = run([claim({ id: "c1", counterparty: "Germany", value: 900, period: "2025-06", quote: q })]);
    const c1 = byId(r, "c1");
    expect(c1.verdict).toBe("inconsistent");
    expect(c1.reasons[0]!.message).toMatch(
      /Every other reading \(counterparty United States\) disagrees too/,
    );
    expect(c1.confidence).toBeLessThan(0.5);
  });

  it("withholds a figure whose clause names several destinations (a list subject)", () => {
    const q = "In June China's magnet exports to Germany and the US together came to 900 t.";
    const r = run([claim({ id: "c1", counterparty: "Germany", value: 900, period: "2025-06", quote: q })]);
    expect(byId(r, "c1").verdict).toBe("unverifiable");
    expect(byId(r, "c1").attribution.doubts[0]).toMatchObject({ kind: "list_subject", blocking: true });
  });

  it("reads a figure in parentheses as the place just before them", () => {
    const q = "In June China shipped magnets to Germany (1,288 t) and the US (420 t).";
    const r = run([
      claim({ id: "c1", counterparty: "Germany", value: 1288, period: "2025-06", quote: q }),
      claim({ id: "c2", counterparty: "United States", value: 420, period: "2025-06", quote: q }),
    ]);
    expect(byId(r, "c1")).toMatchObject({ verdict: "consistent", attribution: { doubts: [] } });
    expect(byId(r, "c2")).toMatchObject({ verdict: "consistent", attribution: { doubts: [] } });
  });

  it("withholds a change read as a destination's when its clause names only the exporter", () => {
    const q = "China's magnet exports fell 5.2% in July, but shipments to the US rose.";
    const r = run([
      claim({
        id: "c1",
        counterparty: "United States",
        value: null,
        value_text: null,
        period: "2025-07",
        change: { ...claim({ id: "x" }).change, kind: "mom", value: -5.2, unit: "%" },
        quote: q,
      }),
      claim({
        id: "c2",
        counterparty: "United States",
        value: 420,
        period: "2025-07",
        quote: "US shipments were 420 t in July.",
      }),
      claim({
        id: "c3",
        counterparty: "United States",
        value: 600,
        period: "2025-06",
        quote: "US shipments were 600 t in June.",
      }),
    ]);
    const c1 = byId(r, "c1");
    expect(c1.attribution.doubts[0]!.message).toMatch(/names only the exporter China/);
    expect(c1.verdict).not.toBe("inconsistent");
  });
});

describe("abstain rather than accuse: periods, years and repeated keys", () => {
  it("does not hold a September figure against a 'Jan-Sep' total read from another clause", () => {
    const q =
      "Trade snapshotSeptember shipments: 5,774 tonnes (August: 6,146 tonnes); Jan-Sep shipments: 39,817 tonnes.";
    const r = run([
      claim({ id: "c1", value: 5774, period: "2025-01..2025-09", period_text: "Jan-Sep", quote: q }),
      claim({ id: "c2", value: 39817, period: "2025-01..2025-09", period_text: "Jan-Sep", quote: q }),
    ]);
    const c1 = byId(r, "c1");
    expect(c1.verdict).toBe("unverifiable");
    expect(c1.attribution.doubts.map((d) => d.kind)).toEqual(
      expect.arrayContaining(["period_other_clause", "other_value_same_key"]),
    );
    expect(c1.attribution.doubts[0]!.message).toMatch(/names its own date \("September"\)/);
    expect(byId(r, "c2").verdict).not.toBe("inconsistent");
  });

  it("withholds a figure whose period was taken from outside its sentence", () => {
    const r = run([
      claim({
        id: "c1",
        counterparty: "Germany",
        value: 1000,
        period: "2025-07",
        period_text: "in July",
        quote: "China's shipments to Germany came to 1,000 tonnes.",
      }),
    ]);
    expect(byId(r, "c1").verdict).toBe("unverifiable");
    expect(byId(r, "c1").attribution.doubts[0]!.kind).toBe("period_not_in_sentence");
  });

  it("warns about periods without a year and asks for a date", () => {
    const ex = extraction([
      claim({
        id: "c1",
        counterparty: "Germany",
        value: 1000,
        period: "XXXX-07",
        quote: "China's shipments to Germany came to 1,000 tonnes in July.",
      }),
    ]);
    ex.meta.date = null;
    ex.meta.docDate = null;
    const r = checkClaims(ex, kb);
    expect(r.warnings).toEqual([expect.objectContaining({ code: "no_year" })]);
    expect(r.warnings[0]!.message).toMatch(/--date YYYY-MM-DD/);
    expect(r.checks[0]!.attribution.doubts[0]!.kind).toBe("no_year");
  });

  it("withholds an entity taken from elsewhere unless it is the article's main subject", () => {
    const q = "Shipments to Germany came to 1,000 tonnes in July.";
    const alone = run([
      claim({ id: "c1", counterparty: "Germany", value: 1000, period: "2025-07", quote: q }),
    ]);
    expect(byId(alone, "c1").verdict).toBe("unverifiable");
    const withLead = run([
      claim({
        id: "c0",
        value: 5577,
        period: "2025-07",
        quote: "China's magnet exports were 5,577 tonnes in July.",
      }),
      claim({ id: "c1", counterparty: "Germany", value: 1000, period: "2025-07", quote: q }),
    ]);
    expect(byId(withLead, "c1").verdict).toBe("inconsistent");
    expect(byId(withLead, "c1").attribution).toMatchObject({ confidence: 0.9 });
  });
});

describe("a figure that agrees with its official source is never inconsistent", () => {
  it("withholds the arithmetic against it and says the other figure is in question", () => {
    const r = run([
      claim({
        id: "c1",
        value: 5577,
        period: "2025-07",
        quote: "China's magnet exports were 5,577 tonnes in July.",
      }),
      claim({
        id: "c2",
        counterparty: "Germany",
        value: 6000,
        period: "2025-07",
        quote: "China shipped 6,000 tonnes to Germany in July.",
      }),
    ]);
    expect(byId(r, "c1").verdict).toBe("consistent");
    expect(byId(r, "c2").verdict).toBe("inconsistent");
  });

  it("gives consistent verdicts a confidence below 1 that falls with attribution doubts", () => {
    const r = run([
      claim({
        id: "c1",
        value: 5577,
        period: "2025-07",
        quote: "China's magnet exports were 5,577 tonnes in July.",
      }),
      claim({
        id: "c2",
        value: 5577,
        period: "2025-07",
        period_text: "July",
        quote: "Exports came to 5,577 tonnes.",
      }),
    ]);
    expect(byId(r, "c1").confidence).toBeGreaterThan(byId(r, "c2").confidence);
    expect(byId(r, "c2").verdict).toBe("consistent");
  });
});

describe("excluded knowledge-base rows", () => {
  it("never back a verdict, not even as another source", () => {
    const base = testKnowledgeBase();
    const kb2 = {
      ...base,
      figures: [
        ...base.figures.filter((f) => f.id !== "x:w-2025-07"),
        figure({
          id: "x:bad",
          period: "2025-07",
          value: 4000,
          excludeReason: "test: the row's own note says not to use it",
        }),
      ],
    };
    const r = checkClaims(
      extraction([
        claim({
          id: "c1",
          value: 4000,
          period: "2025-07",
          quote: "China's magnet exports were 4,000 tonnes in July.",
        }),
      ]),
      kb2,
    );
    expect(r.checks[0]!.verdict).toBe("unverifiable");
    expect(r.checks[0]!.reasons.flatMap((x) => x.sources.map((s) => s.id))).not.toContain("customs-test");
  });
});

describe("abstain rather than accuse: a sentence with a subject of its own", () => {
  it("does not hold a mine's output against the country the article is about", () => {
    // Written for this test: the article is about China; the sentence is about one mine.
    const r = run([
      claim({
        id: "c1",
        metric: "market share",
        metric_family: "market",
        unit: "%",
        value: 70,
        quote: "China accounts for 70% of rare earth mining globally.",
      }),
      claim({
        id: "c2",
        metric: "production volume",
        metric_family: "production",
        material: "rare earths",
        value: 30000,
        period: "2024",
        quote: "The mine produced 30,000 tonnes of rare earths in 2024.",
      }),
    ]);
    const c2 = byId(r, "c2");
    expect(c2.verdict).toBe("unverifiable");
    expect(c2.attribution.doubts.find((d) => d.kind === "entity_not_in_sentence")).toMatchObject({
      blocking: true,
    });
    expect(c2.reasons.find((x) => x.kind === "ambiguous_attribution")!.message).toMatch(/"the mine"/i);
  });
});

describe("abstain rather than accuse: a sentence about the world", () => {
  const mine = (entity: string, value: number) =>
    figure({
      id: `mine:${entity}:2024`,
      dataset: "mine-production",
      metric: "mine_production",
      entity,
      counterparty: "",
      material: "rare earths",
      period: "2024",
      value,
      unit: "t REO",
    });
  const worldKb = { ...testKnowledgeBase(), figures: [mine("China", 200_000), mine("World", 300_000)] };
  it("does not hold a global figure against the article's country, and says the world reading agrees", () => {
    // The article is about China; this sentence, written for the test, speaks of the world and never names China.
    const r = checkClaims(
      extraction([
        claim({
          id: "c1",
          metric: "production volume",
          metric_family: "production",
          material: "rare earths",
          value: 250_000,
          period: "2024",
          quote: "China mined 250,000 t of rare earths in 2024.",
        }),
        claim({
          id: "c2",
          metric: "production volume",
          metric_family: "production",
          material: "rare earths",
          value: 300_000,
          period: "2024",
          quote: "Global mine production of rare earths rose to 300,000 t in 2024.",
        }),
      ]),
      worldKb,
    );
    const c2 = byId(r, "c2");
    expect(c2.verdict).toBe("unverifiable");
    expect(c2.attribution.doubts.find((d) => d.kind === "entity_not_in_sentence")?.message).toMatch(
      /speaks of "Global"/,
    );
    expect(c2.reasons.find((x) => x.kind === "ambiguous_attribution")?.message).toMatch(
      /read with entity World the checks agree/,
    );
  });
});
