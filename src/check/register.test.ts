import { describe, expect, it } from "vitest";
import { checkClaims } from "./check-claims.ts";
import { claim, event, extraction, policy, project, result } from "./fixtures.ts";
import { createKnowledgeBase } from "./knowledge-base.ts";
import { summaryFigures } from "./register.ts";

// Register rows, projects and sentences below are test inputs written for these tests.
const kb = createKnowledgeBase({
  companyResults: [
    result({ company: "Testmag Materials", period: "2025", item: "revenue", value: 1e9, unit: "USD" }),
  ],
  policyEvents: [
    policy({
      id: "US-T-01",
      date: "2025-07-10",
      title: "Defense partnership with Testmag Materials",
      jurisdiction: "United States",
      actor: "Department of Defense; Testmag Materials",
      instruments: ["funding", "price_floor", "offtake"],
      amount: 500_000_000,
      amountUnit: "USD",
      summary: "Preferred stock of US$500 M (~12% stake) and a US$120 M loan.",
    }),
    policy({
      id: "US-T-02",
      date: "2025-12-01",
      title: "Grant call for recovery demonstrations",
      jurisdiction: "United States",
      actor: "Department of Energy",
      instruments: ["funding"],
      amount: 90_000_000,
      amountUnit: "USD",
    }),
    policy({
      id: "CN-T-01",
      date: "2024",
      title: "2024 mining quota totals",
      instruments: ["production_quota"],
      amount: 270_000,
      amountUnit: "t REO",
    }),
  ],
  capacityProjects: [
    project({
      id: "US-TM-01",
      company: "Testmag Materials",
      site: "Riverbend",
      capacityTpy: 1000,
      status: "operating",
      startYear: 2025,
    }),
    project({
      id: "US-TM-02",
      company: "Testmag Materials",
      site: "Lakeside 5X plant",
      capacityTpy: 8000,
      targetYear: 2028,
    }),
  ],
});
const run = (
  claims: Parameters<typeof claim>[0][],
  events: Parameters<typeof event>[0][] = [],
  date = "2025-12-20",
) => {
  const ex = extraction(
    claims.map((c) => claim(c)),
    events.map((e) => event(e)),
  );
  ex.meta.docDate = date;
  return checkClaims(ex, kb).checks;
};
const money = {
  metric: "funding",
  metric_family: "funding" as const,
  unit: "USD",
  currency: "USD",
  entity: "Testmag Materials",
};

describe("amounts against the register", () => {
  it("agrees with a register amount linked by the company both name", () => {
    const [c] = run([
      {
        id: "c1",
        ...money,
        value: 5e8,
        value_text: "500 million",
        quote: "The Pentagon will invest $500 million in Testmag Materials.",
      },
    ]);
    expect(c!.verdict).toBe("consistent");
    expect(c!.reasons[0]!.message).toMatch(/US-T-01.*both name Testmag Materials/);
  });

  it("finds a deal's loan and stake in the register entry's summary", () => {
    const [loan, stake] = run([
      {
        id: "c1",
        ...money,
        value: 1.2e8,
        value_text: "120 million",
        quote: "Testmag Materials also gets a $120 million loan.",
      },
      {
        id: "c2",
        ...money,
        value: 12,
        unit: "%",
        currency: null,
        value_text: "12%",
        quote: "The Pentagon takes a 12% stake in Testmag Materials.",
      },
    ]);
    expect(loan!.verdict).toBe("consistent");
    expect(loan!.reasons[0]!.message).toMatch(/"US\$120 M" in its summary/);
    expect(stake!.verdict).toBe("consistent");
  });

  it("links a deal's term by the company the figure was given to when the sentence does not name it", () => {
    const [loan, other] = run([
      {
        id: "c1",
        ...money,
        value: 1.2e8,
        value_text: "120 million",
        quote: "The department will also provide a $120 million loan for heavy rare earth separation.",
      },
      {
        id: "c2",
        ...money,
        entity: "Someone Else Metals",
        value: 1.2e8,
        value_text: "120 million",
        quote: "The department will also provide a $120 million loan for heavy rare earth separation.",
      },
    ]);
    expect(loan!.verdict).toBe("consistent");
    expect(loan!.reasons[0]!.message).toMatch(/US-T-01.*both concern Testmag Materials/);
    expect(other!.verdict).toBe("unverifiable");
  });

  it("reads a cap written as a bound ('up to 12%') as the deal's term", () => {
    const [c] = run([
      {
        id: "c1",
        ...money,
        value: 12,
        qualifier: "lte",
        unit: "%",
        currency: null,
        value_text: "12%",
        quote: "The Pentagon may take up to 12% of Testmag Materials.",
      },
    ]);
    expect(c!.verdict).toBe("consistent");
    expect(c!.reasons[0]!.message).toMatch(/the cap 12% is among the terms/);
  });

  it("links by jurisdiction alone only when the dates are close", () => {
    const [near, far] = run([
      {
        id: "c1",
        ...money,
        entity: "US Department of Energy",
        value: 9e7,
        value_text: "90 million",
        period: "2025-12-01",
        quote: "The US Department of Energy offered $90 million on December 1.",
      },
      {
        id: "c2",
        ...money,
        entity: "US Department of Energy",
        value: 9e7,
        value_text: "90 million",
        period: "2025-03",
        quote: "In March the US Department of Energy offered $90 million.",
      },
    ]);
    expect(near!.verdict).toBe("consistent");
    expect(far!.verdict).toBe("unverifiable");
  });

  it("flags an annual quota that differs from the register's total for the year", () => {
    const [c] = run([
      {
        id: "c1",
        metric: "mining quota",
        metric_family: "policy",
        value: 300_000,
        unit: "t",
        period: "2024",
        quote: "China's total mining quota for 2024 was 300,000 tonnes.",
      },
    ]);
    expect(c!.verdict).toBe("inconsistent");
    expect(c!.reasons[0]).toMatchObject({ kind: "register_amount", expected: { value: 270_000 } });
  });

  it("reads the amounts a register summary states", () => {
    expect(summaryFigures(kb.policyEvents[0]!)).toEqual([
      { value: 500_000_000, unit: "USD", text: "US$500 M" },
      { value: 120_000_000, unit: "USD", text: "US$120 M" },
      { value: 12, unit: "%", text: "12%" },
    ]);
  });
});

describe("events without a date and facilities", () => {
  it("matches an undated event to the register entry naming the same company, not to one after the article", () => {
    const events = [
      {
        id: "e1",
        type: "offtake" as const,
        actor: "Department of Defense",
        quote: "The Pentagon agreed to buy Testmag Materials' magnets.",
      },
    ];
    expect(run([], events)[0]!.verdict).toBe("consistent");
    expect(run([], events, "2025-06-01")[0]!.verdict).toBe("unverifiable");
  });

  it("matches an event to the entry of the company named as its actor, and an amount to the entry's terms", () => {
    const [loan, other] = run(
      [],
      [
        {
          id: "e1",
          type: "loan",
          actor: "Department of Defense",
          counterparty: "Testmag Materials",
          amount: {
            value: 1.2e8,
            value_text: "$120 million",
            qualifier: null,
            approx: false,
            value_min: null,
            value_max: null,
            unit: "USD",
            currency: "USD",
          },
          quote: "The department will also lend $120 million for separation.",
        },
        {
          id: "e2",
          type: "loan",
          actor: "Department of Defense",
          counterparty: "Testmag Materials",
          amount: {
            value: 7e7,
            value_text: "$70 million",
            qualifier: null,
            approx: false,
            value_min: null,
            value_max: null,
            unit: "USD",
            currency: "USD",
          },
          quote: "The department will also lend $70 million for separation.",
        },
      ],
    );
    expect(loan!.verdict).toBe("consistent");
    expect(loan!.reasons[0]!.message).toMatch(/"US\$120 M" in its summary/);
    expect(other!.verdict).toBe("unverifiable");
  });

  it("does not match a dated event to an entry of the same parties months away", () => {
    const [c] = run(
      [],
      [
        {
          id: "e1",
          type: "offtake",
          actor: "Testmag Materials",
          date: "2025-02",
          quote: "In February Testmag Materials signed an offtake deal.",
        },
      ],
    );
    expect(c!.verdict).toBe("unverifiable");
  });

  it("matches a facility event to the project whose site the sentence names", () => {
    const [ok, none] = run(
      [],
      [
        {
          id: "e1",
          type: "facility",
          actor: "Testmag Materials",
          quote: "Testmag Materials will build its Lakeside 5X plant.",
        },
        {
          id: "e2",
          type: "facility",
          actor: "Testmag Materials",
          quote: "Testmag Materials plans another plant.",
        },
      ],
    );
    expect(ok!.reasons[0]!.message).toMatch(/US-TM-02/);
    expect(none!.verdict).toBe("unverifiable");
  });

  it("agrees with a capacity project of the company", () => {
    const [c] = run([
      {
        id: "c1",
        metric: "production capacity",
        metric_family: "production",
        entity: "Testmag Materials",
        value: 8000,
        unit: "t/yr",
        quote: "Testmag Materials will have 8,000 tonnes a year of magnet capacity.",
      },
    ]);
    expect(c!.verdict).toBe("consistent");
    expect(c!.reasons[0]!.message).toMatch(/US-TM-02/);
  });
});
