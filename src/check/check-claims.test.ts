import { describe, expect, it } from "vitest";
import { checkClaims } from "./check-claims.ts";
import { change, claim, event, extraction, testKnowledgeBase } from "./fixtures.ts";

const kb = testKnowledgeBase();
const run = (...args: Parameters<typeof extraction>) => checkClaims(extraction(...args), kb).checks;
const byId = (checks: ReturnType<typeof run>, id: string) => checks.find((c) => c.claim.id === id)!;

describe("checkClaims() against other sources", () => {
  it("flags a destination volume that conflicts with the KB row, naming the source and tolerance", () => {
    const [c] = run([
      claim({
        id: "c1",
        counterparty: "Germany",
        value: 1000,
        period: "2025-07",
        quote: "China's shipments to Germany came to 1,000 tonnes in July.",
      }),
    ]);
    expect(c!.verdict).toBe("inconsistent");
    expect(c!.reasons[0]).toMatchObject({
      kind: "source_conflict",
      expected: { value: 1116 },
      found: { value: 1000 },
    });
    expect(c!.reasons[0]!.message).toMatch(/1,116 t.*Publisher of customs-test.*tolerance ±1%/);
    expect(c!.reasons[0]!.sources[0]).toMatchObject({
      id: "customs-test",
      url: "https://example.org/customs-test",
    });
  });

  it("accepts a volume within rounding of the KB row", () => {
    const [c] = run([
      claim({
        id: "c1",
        value: 5600,
        value_text: "5.6 thousand",
        period: "2025-07",
        quote: "Magnet exports were 5.6 thousand tonnes in July.",
      }),
    ]);
    expect(c!.verdict).toBe("consistent");
  });

  it("reports a figure matching an older vintage as consistent with that edition, revised later", () => {
    const [c] = run([
      claim({
        id: "c1",
        metric: "production volume",
        metric_family: "production",
        entity: "World",
        material: "rare earths",
        value: 390000,
        period: "2024",
        quote: "World mine production of rare earths reached 390,000 tonnes in 2024.",
      }),
    ]);
    expect(c!.verdict).toBe("consistent");
    expect(c!.reasons[0]!.kind).toBe("revision");
    expect(c!.reasons[0]!.message).toMatch(
      /consistent with the USGS MCS 2025 edition: 390,000 t REO.*revised to 380,000 t REO \(Publisher of usgs-2026, USGS MCS 2026\)/,
    );
  });
});

describe("checkClaims() the material of trade figures", () => {
  it("takes a trade figure's missing material from the article's other trade figures only", () => {
    const checks = run([
      claim({
        id: "c1",
        value: 6146,
        period: "2025-08",
        quote: "China's magnet exports were 6,146 tonnes in August.",
      }),
      claim({
        id: "c2",
        material: null,
        value: 5577,
        period: "2025-07",
        quote: "China's shipments were 5,577 tonnes in July.",
      }),
      ...["c3", "c4"].map((id) =>
        claim({
          id,
          metric: "production volume",
          metric_family: "production",
          material: "rare earths",
          value: 270000,
          period: "2024",
          quote: "China mined 270,000 tonnes of rare earths in 2024.",
        }),
      ),
    ]);
    expect(byId(checks, "c2").verdict).toBe("consistent");
  });
});

describe("checkClaims() knowledge-base rows taken from the article itself", () => {
  it("keeps the agreement but says it is no independent confirmation, at half the confidence", () => {
    const own = testKnowledgeBase();
    own.figures = own.figures.map((f) =>
      f.id === "x:w-2025-07"
        ? { ...f, source: { id: "this-article", publisher: "Test Wire", url: "https://example.org/test" } }
        : f,
    );
    const c = claim({
      id: "c1",
      value: 5577,
      period: "2025-07",
      quote: "China's magnet exports were 5,577 tonnes in July.",
    });
    const independent = checkClaims(extraction([c]), kb).checks[0]!;
    const self = checkClaims(extraction([c]), own).checks[0]!;
    expect(self.verdict).toBe("consistent");
    expect(self.reasons[0]!.message).toMatch(
      /took this figure from this same article: no independent confirmation/,
    );
    expect(self.confidence).toBeCloseTo(independent.confidence / 2, 1);
  });
});

describe("checkClaims() arithmetic inside the article", () => {
  it("confirms a month-on-month change that matches the two levels", () => {
    const checks = run([
      claim({
        id: "c1",
        counterparty: "Japan",
        value: 1200,
        period: "2025-10",
        change: change({ kind: "mom", value: 20, unit: "%" }),
        quote: "Exports to Japan rose 20% from September to 1,200 tonnes in October.",
      }),
      claim({
        id: "c2",
        counterparty: "Japan",
        value: 1000,
        period: "2025-09",
        quote: "Exports to Japan were 1,000 tonnes in September.",
      }),
    ]);
    const c1 = byId(checks, "c1");
    expect(c1.verdict).toBe("consistent");
    expect(c1.reasons[0]).toMatchObject({
      kind: "change_vs_levels",
      expected: { value: 20 },
      found: { value: 20 },
    });
    // The September level is the other half of the same comparison.
    const c2 = byId(checks, "c2");
    expect(c2.verdict).toBe("consistent");
    expect(c2.reasons[0]!.message).toMatch(/^with c1: stated m\/m change \+20%/);
    expect(c2.reasons[0]!.sources.map((s) => s.id)).toContain("article:c1");
  });

  it("flags a year-on-year change that the levels contradict", () => {
    const checks = run([
      claim({
        id: "c1",
        counterparty: "Japan",
        value: 1200,
        period: "2025-10",
        change: change({ kind: "yoy", value: 50, unit: "%" }),
        quote: "China's exports to Japan were up 50% on a year earlier at 1,200 tonnes in October.",
      }),
      claim({
        id: "c2",
        counterparty: "Japan",
        value: 1000,
        period: "2024-10",
        quote: "In October 2024 China's exports to Japan were 1,000 tonnes.",
      }),
    ]);
    expect(byId(checks, "c1").verdict).toBe("inconsistent");
    expect(byId(checks, "c1").reasons[0]!.message).toMatch(/\+20%/);
    // The accusation is made once, on the claim that states the change.
    expect(byId(checks, "c2").verdict).toBe("unverifiable");
  });

  it("takes the base level from the KB when the article gives none", () => {
    const [c] = run([
      claim({
        id: "c1",
        value: 6146,
        period: "2025-08",
        change: change({ kind: "mom", value: 10.2, unit: "%" }),
        quote: "August exports were 6,146 tonnes, up 10.2% on July.",
      }),
    ]);
    expect(c!.reasons.find((r) => r.kind === "change_vs_levels")).toMatchObject({ outcome: "consistent" });
  });

  it("reads a change without a stated basis as m/m or y/y and never accuses it", () => {
    const make = (v: number) =>
      claim({
        id: "c1",
        period: "2025-08",
        change: change({ value: v, unit: "%" }),
        quote: `China's magnet exports jumped ${v}% in August.`,
      });
    const [ok] = run([make(10.2)]);
    expect(ok!.verdict).toBe("consistent");
    expect(ok!.reasons[0]!.message).toMatch(/no basis stated; read as m\/m/);
    const [other] = run([make(40)]);
    expect(other!.verdict).toBe("unverifiable");
  });

  it("flags a CAGR that does not match the endpoints of its sentence", () => {
    const market = {
      metric: "market size",
      metric_family: "market" as const,
      entity: "NdFeB magnets",
      unit: "USD",
      currency: "USD",
      material: null,
    };
    const q =
      "The NdFeB magnet market was worth $10 billion in 2025 and will reach $20 billion by 2030, a CAGR of 25%.";
    const checks = run([
      claim({ id: "c1", ...market, value: 10e9, value_text: "10 billion", period: "2025", quote: q }),
      claim({
        id: "c2",
        ...market,
        value: 20e9,
        value_text: "20 billion",
        period: "2030",
        period_text: "2030",
        is_forecast: true,
        change: change({ kind: "cagr", value: 25, unit: "%", period: "2025..2030" }),
        quote: q,
      }),
    ]);
    const c2 = byId(checks, "c2");
    expect(c2.verdict).toBe("inconsistent");
    expect(c2.reasons.find((r) => r.kind === "cagr")).toMatchObject({
      expected: { value: 14.87 },
      found: { value: 25 },
    });
  });

  it("does not accuse a CAGR with endpoints taken from other sentences", () => {
    const market = {
      metric: "market size",
      metric_family: "market" as const,
      entity: "NdFeB magnets",
      unit: "USD",
      currency: "USD",
      material: null,
    };
    const checks = run([
      claim({
        id: "c1",
        ...market,
        value: 10e9,
        value_text: "10 billion",
        period: "2025",
        quote: "One segment of the NdFeB magnet market was worth $10 billion in 2025.",
      }),
      claim({
        id: "c2",
        ...market,
        value: 20e9,
        value_text: "20 billion",
        period: "2030",
        is_forecast: true,
        change: change({ kind: "cagr", value: 25, unit: "%", period: "2025..2030" }),
        quote: "The whole NdFeB magnet market will reach $20 billion by 2030, a CAGR of 25%.",
        quote_start: 80,
        quote_end: 157,
      }),
    ]);
    const c2 = byId(checks, "c2");
    expect(c2.verdict).toBe("unverifiable");
    expect(c2.reasons[0]!.message).toMatch(/other sentences.*no verdict/);
  });

  it("checks a CAGR against the cumulative growth stated with it", () => {
    const q =
      "Magnet capacity will reach 200,000 tonnes in 2025, up 63.2% from 2022, a compound annual growth rate of 17.7%.";
    const make = (id: string, cagr: number) =>
      claim({
        id,
        metric: "production capacity",
        metric_family: "production",
        value: 200000,
        period: "2025",
        period_text: "2025",
        is_forecast: true,
        change: change({ value: 63.2, unit: "%" }),
        additional_changes: [change({ kind: "cagr", value: cagr, unit: "%" })],
        quote: q.replace("17.7%", `${cagr}%`),
      });
    const [ok] = run([make("c1", 17.7)]);
    expect(ok!.reasons.find((r) => r.kind === "cagr")).toMatchObject({
      outcome: "consistent",
      expected: { value: 17.74 },
    });
    const [bad] = run([make("c1", 25)]);
    expect(bad!.verdict).toBe("inconsistent");
    expect(bad!.reasons.find((r) => r.kind === "cagr")!.message).toMatch(/63.2% from 2022 to 2025 is 17.74%/);
  });

  it("flags destinations that sum above the world total", () => {
    const checks = run([
      claim({
        id: "c1",
        value: 3000,
        period: "2026-01",
        quote: "China's magnet exports totalled 3,000 tonnes in January.",
      }),
      claim({
        id: "c2",
        counterparty: "Germany",
        value: 1800,
        period: "2026-01",
        quote: "China shipped 1,800 tonnes to Germany in January",
      }),
      claim({
        id: "c3",
        counterparty: "Japan",
        value: 1500,
        period: "2026-01",
        quote: "and China shipped 1,500 tonnes to Japan in January.",
      }),
    ]);
    expect(byId(checks, "c1").verdict).toBe("inconsistent");
    expect(byId(checks, "c1").reasons[0]!.message).toMatch(/3,300 t exceed the stated total 3,000 t/);
  });

  it("checks a share against part / total", () => {
    const checks = run([
      claim({
        id: "c1",
        value: 4000,
        period: "2026-01",
        quote: "China's magnet exports totalled 4,000 tonnes in January.",
      }),
      claim({
        id: "c2",
        counterparty: "Germany",
        value: 1000,
        period: "2026-01",
        quote: "China shipped 1,000 tonnes to Germany in January,",
      }),
      claim({
        id: "c3",
        metric: "share of exports",
        counterparty: "Germany",
        value: 40,
        unit: "%",
        period: "2026-01",
        quote: "or 40% of China's January total to Germany.",
      }),
    ]);
    expect(byId(checks, "c3").verdict).toBe("inconsistent");
    expect(byId(checks, "c3").reasons[0]).toMatchObject({ kind: "share_vs_parts", expected: { value: 25 } });
  });

  it("checks an 'N times' ratio against the two values of its sentence", () => {
    const q =
      "In January China shipped 1,200 tonnes to Germany, five times the 400 tonnes it sent to Vietnam.";
    const checks = run([
      claim({ id: "c1", counterparty: "Germany", value: 1200, period: "2026-01", quote: q }),
      claim({ id: "c2", counterparty: "Vietnam", value: 400, period: "2026-01", quote: q }),
      claim({
        id: "c3",
        metric: "export volume ratio",
        value: 5,
        value_text: "five",
        unit: "x",
        period: "2026-01",
        quote: q,
      }),
    ]);
    expect(byId(checks, "c3").verdict).toBe("inconsistent");
    expect(byId(checks, "c3").reasons[0]!.message).toMatch(/= 3×/);
  });

  it("does not accuse an 'N times' ratio with values from nearby sentences", () => {
    const checks = run([
      claim({
        id: "c1",
        counterparty: "Germany",
        value: 1200,
        period: "2026-01",
        quote: "In January China shipped 1,200 tonnes to Germany.",
      }),
      claim({
        id: "c2",
        counterparty: "Vietnam",
        value: 400,
        period: "2026-01",
        quote: "Vietnam received 400 tonnes.",
        quote_start: 51,
        quote_end: 79,
      }),
      claim({
        id: "c3",
        metric: "export volume ratio",
        value: 5,
        value_text: "five",
        unit: "x",
        period: "2026-01",
        quote: "Japan took five times as much as a year before.",
        quote_start: 80,
        quote_end: 127,
      }),
    ]);
    expect(byId(checks, "c3").verdict).toBe("unverifiable");
  });

  it("flags a year-to-date total that is not the sum of its months", () => {
    const months = [
      ["2026-01", 3000],
      ["2026-02", 2500],
      ["2026-03", 3500],
    ] as const;
    const checks = run([
      ...months.map(([p, v], i) =>
        claim({
          id: `m${i}`,
          value: v,
          period: p,
          quote: `China's exports were ${v} tonnes in ${["January", "February", "March"][i]} 2026.`,
        }),
      ),
      claim({
        id: "ytd",
        value: 10000,
        period: "2026-01..2026-03",
        quote: "China's first-quarter exports totalled 10,000 tonnes.",
      }),
    ]);
    const ytd = byId(checks, "ytd");
    expect(ytd.verdict).toBe("inconsistent");
    expect(ytd.reasons[0]).toMatchObject({
      kind: "ytd_sum",
      expected: { value: 9000 },
      found: { value: 10000 },
    });
  });
});

describe("checkClaims() plausibility", () => {
  it("flags a humanoid-robot magnet demand implying 300 kg per robot", () => {
    const q =
      "Humanoid robots will need 300,000 tonnes of NdFeB magnets in 2030, when 1 million humanoid robots are built.";
    const checks = run([
      claim({
        id: "c1",
        metric: "demand",
        metric_family: "demand",
        entity: null,
        material: "NdFeB magnets",
        value: 300000,
        period: "2030",
        is_forecast: true,
        quote: q,
      }),
      claim({
        id: "c2",
        metric: "humanoid robots assembled",
        metric_family: "production",
        entity: "humanoid robots",
        material: null,
        value: 1e6,
        value_text: "1 million",
        unit: "units",
        period: "2030",
        is_forecast: true,
        quote: q,
      }),
    ]);
    const c1 = byId(checks, "c1");
    expect(c1.verdict).toBe("inconsistent");
    expect(c1.reasons[0]).toMatchObject({
      kind: "per_unit",
      found: { value: 300 },
      expected: { low: 1.6, high: 5 },
    });
    expect(c1.reasons[0]!.message).toMatch(/factor of 75/);
    expect(byId(checks, "c2").verdict).toBe("inconsistent");
  });

  it("accepts a stated 3 kg per humanoid robot", () => {
    const [c] = run([
      claim({
        id: "c1",
        metric: "magnet content per unit",
        metric_family: "demand",
        entity: "humanoid robots",
        value: 3,
        unit: "kg/unit",
        quote: "Each humanoid robot carries about 3 kg of magnets.",
      }),
    ]);
    expect(c!.verdict).toBe("consistent");
  });

  it("does not read a share of imports as a share of world mine production", () => {
    const [c] = run([
      claim({
        id: "c1",
        metric: "market share",
        metric_family: "market",
        unit: "%",
        value: 40,
        quote: "China supplied 40% of the world's rare earth imports last year.",
      }),
    ]);
    expect(c!.reasons.some((r) => r.kind === "known_share")).toBe(false);
    expect(c!.verdict).toBe("unverifiable");
  });

  it("checks China's share of mine production and the world total it implies", () => {
    const q = "China mined 270,000 tonnes of rare earths in 2024, or 90% of global mine production.";
    const checks = run([
      claim({
        id: "c1",
        metric: "production volume",
        metric_family: "production",
        material: "rare earths",
        value: 270000,
        period: "2024",
        quote: q,
      }),
      claim({
        id: "c2",
        metric: "share of global production",
        metric_family: "market",
        material: "rare earths",
        value: 90,
        unit: "%",
        period: "2024",
        quote: q,
      }),
    ]);
    const c2 = byId(checks, "c2");
    expect(c2.verdict).toBe("inconsistent");
    expect(c2.reasons.map((r) => r.kind)).toEqual(["known_share", "implied_total"]);
    expect(c2.reasons[0]).toMatchObject({ expected: { value: 71.1 } });
    expect(c2.reasons[1]).toMatchObject({ expected: { value: 380000 }, found: { value: 300000 } });
  });
});

describe("checkClaims() policy", () => {
  it("matches an export control dated like the register entry", () => {
    const [c] = run(
      [],
      [
        event({
          id: "e1",
          type: "export_control",
          actor: "China Ministry of Commerce (MOFCOM)",
          date: "2025-04-04",
        }),
      ],
    );
    expect(c!.verdict).toBe("consistent");
    expect(c!.reasons[0]!.message).toMatch(/CN-2025-02/);
    expect(c!.reasons[0]!.sources[0]).toMatchObject({ id: "register-test" });
  });

  it("flags an export control dated a few days off the register", () => {
    const [c] = run(
      [],
      [
        event({
          id: "e1",
          type: "export_control",
          actor: "Beijing",
          date: "2025-04-09",
          quote: "Beijing imposed export controls on April 9, 2025.",
        }),
      ],
    );
    expect(c!.verdict).toBe("inconsistent");
    expect(c!.reasons[0]).toMatchObject({
      expected: { value: "2025-04-04" },
      found: { value: "2025-04-09" },
    });
  });

  it("flags a 25% recycled-content requirement the CRMA does not set, naming the benchmark it is confused with", () => {
    const [c] = run([
      claim({
        id: "c1",
        metric: "recycled content requirement",
        metric_family: "policy",
        entity: "European Union",
        material: "permanent magnets",
        value: 25,
        unit: "%",
        period: "2030",
        quote:
          "The EU's Critical Raw Materials Act requires magnets to contain 25% recycled material by 2030.",
      }),
    ]);
    expect(c!.verdict).toBe("inconsistent");
    expect(c!.reasons[0]!.kind).toBe("policy_provision");
    expect(c!.reasons[0]!.message).toMatch(/sets no recycled content requirement.*CRMA-BENCH-RECYCLING/);
    expect(c!.reasons[0]!.sources[0]).toMatchObject({ publisher: "EUR-Lex" });
  });
});

describe("checkClaims() provisions worded as a rate", () => {
  it("reads a recycling 'rate' that magnets must contain as a recycled-content requirement", () => {
    const [c] = run([
      claim({
        id: "c1",
        metric: "recycling rate",
        metric_family: "demand",
        entity: "European Union",
        value: 25,
        unit: "%",
        period: "2030",
        quote: "Under the EU's CRMA, magnets must contain 25% recycled material by 2030.",
      }),
    ]);
    expect(c!.verdict).toBe("inconsistent");
    expect(c!.reasons[0]!.kind).toBe("policy_provision");
  });

  it("does not hold a requirement to an act its sentence does not name (a scheme's own condition)", () => {
    const [c] = run([
      claim({
        id: "c1",
        metric: "recycled content requirement",
        metric_family: "policy",
        entity: "European Union",
        value: 25,
        unit: "%",
        period: "2030",
        quote:
          "Firms receiving the EU grant must source at least 25% of their inputs from recycled material by 2030.",
      }),
    ]);
    expect(c!.verdict).toBe("unverifiable");
    expect(c!.reasons[0]!.message).toContain("the sentence names no act");
  });
});

describe("checkClaims() without anything to compare", () => {
  it("answers unverifiable and says what it looked for", () => {
    const checks = run(
      [
        claim({
          id: "c1",
          metric: "partner count",
          metric_family: "other",
          unit: "count",
          value: 7,
          quote: "Seven partners joined.",
        }),
        claim({
          id: "c2",
          counterparty: "Chile",
          value: 12,
          period: "2025-07",
          quote: "Chile took 12 tonnes in July.",
        }),
      ],
      [event({ id: "e1", type: "facility", actor: "Test Magnets Ltd", date: "2025-05-01" })],
    );
    expect(checks.map((c) => c.verdict)).toEqual(["unverifiable", "unverifiable", "unverifiable"]);
    expect(checks[1]!.reasons[0]!.message).toMatch(
      /looked for knowledge-base figures export_volume.*China → Chile/,
    );
  });
});
