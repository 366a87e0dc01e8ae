import { describe, expect, it } from "vitest";
import { seriesFixture } from "../../test/support/series-fixture.ts";
import type { FigureInput } from "./figure.ts";
import { buildSeries, periodGrid, SeriesError } from "./series.ts";
import type { Source } from "./source.ts";
import { testSource } from "./source-fixture.ts";

// Every number below is a test input written for these tests, not a claim about the world.
const SOURCES: Source[] = [
  testSource("stat", { tier: "official", publisher: "Statistics Office", published: "2025-10" }),
  testSource("wire", { tier: "wire", publisher: "Newswire", published: "2025-10-20" }),
  testSource("paper", { tier: "press", publisher: "Daily Paper", published: "2025-10-21" }),
];

const { fig, rows } = seriesFixture(SOURCES);

const quarterMonths = (q1: [number, number, number], extra: Partial<FigureInput> = {}) =>
  (["2025-01", "2025-02", "2025-03"] as const).map((p, i) => fig(p, q1[i]!, extra));

describe("periodGrid()", () => {
  it("lists months, quarters and years covering a span", () => {
    expect(periodGrid("month", "2024-11-01", "2025-02-28")).toEqual([
      "2024-11",
      "2024-12",
      "2025-01",
      "2025-02",
    ]);
    expect(periodGrid("quarter", "2025-02-01", "2025-09-30")).toEqual(["2025-Q1", "2025-Q2", "2025-Q3"]);
    expect(periodGrid("year", "2023-05-01", "2025-01-31")).toEqual(["2023", "2024", "2025"]);
  });
});

describe("buildSeries()", () => {
  it("gives exactly one item per month when two outlets report the same month", () => {
    const s = buildSeries(
      rows(fig("2025-01", 600), fig("2025-01", 600, { sourceId: "paper" }), fig("2025-02", 400)),
      { metric: "export_volume", per: "month" },
    );
    expect(s.items.map((i) => [i.period, i.value])).toEqual([
      ["2025-01", 600],
      ["2025-02", 400],
    ]);
    expect(s.items[0]!.alternatives).toHaveLength(1);
    expect(s.items[0]!.alternatives[0]!.whyNotPreferred).toMatch(/lower source tier/);
    expect(s.total).toMatchObject({ value: 1000, composition: "sum_of_months" });
  });

  it("never uses an excluded row, and says so when a month has only excluded rows", () => {
    const s = buildSeries(
      rows(
        fig("2025-01", 600),
        fig("2025-01", 450, { sourceId: "stat", excludeReason: "test: contradicts customs" }),
        fig("2025-02", 999, { excludeReason: "test: wrong product" }),
      ),
      { metric: "export_volume", per: "month" },
    );
    expect(s.items[0]!.value).toBe(600);
    expect(s.items[0]!.alternatives[0]!.whyNotPreferred).toBe("excluded: test: contradicts customs");
    expect(s.items[1]).toMatchObject({ value: null, composition: "missing" });
    expect(s.items[1]!.reason).toMatch(/only excluded rows: .*wrong product/);
    expect(s.total).toBeNull();
  });

  it("explains an empty answer made of excluded rows only", () => {
    const s = buildSeries(rows(fig("2025-01", 5, { excludeReason: "test: bad row" })), {
      metric: "export_volume",
    });
    expect(s.items).toEqual([]);
    expect(s.reason).toMatch(/only excluded rows/);
  });

  it("uses a reported quarter total before the sum of its months, and offers the sum as an alternative", () => {
    const s = buildSeries(
      rows(...quarterMonths([100, 200, 300]), fig("2025-01..2025-03", 605, { metric: "export_volume_ytd" })),
      { metric: "export_volume", per: "quarter", from: "2025-Q1", to: "2025-Q1" },
    );
    expect(s.items).toHaveLength(1);
    expect(s.items[0]).toMatchObject({ value: 605, composition: "figure", metric: "export_volume_ytd" });
  });

  it("sums preferred months when no total is reported, listing the parts, and refuses when a month is missing", () => {
    const full = buildSeries(rows(...quarterMonths([100, 200, 300])), {
      metric: "export_volume",
      per: "quarter",
    });
    expect(full.items[0]).toMatchObject({ value: 600, composition: "sum_of_months" });
    expect(full.items[0]!.parts.map((p) => p.period)).toEqual(["2025-01", "2025-02", "2025-03"]);
    const gap = buildSeries(rows(fig("2025-01", 100), fig("2025-03", 300)), {
      metric: "export_volume",
      per: "quarter",
    });
    expect(gap.items[0]).toMatchObject({ value: null, composition: "missing" });
    expect(gap.items[0]!.reason).toMatch(/missing 2025-02/);
  });

  it("prefers the sum of reported months to a total we derived", () => {
    const s = buildSeries(rows(...quarterMonths([100, 200, 300]), fig("2025-Q1", 590, { isDerived: true })), {
      metric: "export_volume",
      per: "quarter",
    });
    expect(s.items[0]).toMatchObject({ value: 600, composition: "sum_of_months" });
    expect(s.items[0]!.alternatives[0]).toMatchObject({ value: 590, quality: "derived" });
  });

  it("gives the range total as reported for the whole range when a year-to-date figure exists", () => {
    const s = buildSeries(
      rows(...quarterMonths([100, 200, 300]), fig("2025-01..2025-03", 601, { metric: "export_volume_ytd" })),
      { metric: "export_volume", per: "month", from: "2025-01", to: "2025-03" },
    );
    expect(s.items.map((i) => i.value)).toEqual([100, 200, 300]);
    expect(s.total).toMatchObject({ period: "2025-01..2025-03", value: 601, composition: "figure" });
    expect(s.total!.alternatives.find((a) => a.figureId === null)?.value).toBe(600);
  });

  it("does not sum a bound or a range", () => {
    const s = buildSeries(
      rows(fig("2025-01", 100), fig("2025-02", 200, { qualifier: "gt" }), fig("2025-03", 300)),
      {
        metric: "export_volume",
        per: "quarter",
      },
    );
    expect(s.items[0]!.value).toBeNull();
    expect(s.items[0]!.reason).toMatch(/2025-02 is a bound or range/);
  });

  it("never sums a stock or a price over time", () => {
    const s = buildSeries(
      rows(
        ...(["2025-01", "2025-02", "2025-03"] as const).map((p) =>
          fig(p, 50, { metric: "price", family: "price", unit: "USD/kg", massBasis: "not_applicable" }),
        ),
      ),
      { metric: "price", per: "quarter" },
    );
    expect(s.items[0]).toMatchObject({ value: null, composition: "missing" });
    expect(s.total).toBeNull();
  });

  it("refuses rows of several series, naming what tells them apart", () => {
    expect(() =>
      buildSeries(rows(fig("2025-01", 1), fig("2025-01", 2, { counterparty: "Japan" })), {
        metric: "export_volume",
      }),
    ).toThrow(SeriesError);
    expect(() =>
      buildSeries(rows(fig("2025-01", 1), fig("2025-01", 2, { counterparty: "Japan" })), {
        metric: "export_volume",
      }),
    ).toThrow(/setting counterparty .*counterparty="Japan"/);
  });

  it("answers with an older edition when asked, marking it superseded", () => {
    const r = rows(
      fig("2024", 390, {
        vintage: "E1",
        isLatest: false,
        sourceId: "stat",
        metric: "mine_production",
        unit: "t REO",
        massBasis: "not_applicable",
        counterparty: "",
      }),
      fig("2024", 380, {
        vintage: "E2",
        isLatest: true,
        sourceId: "stat",
        metric: "mine_production",
        unit: "t REO",
        massBasis: "not_applicable",
        counterparty: "",
      }),
    );
    expect(buildSeries(r, { metric: "mine_production" }).items[0]!.value).toBe(380);
    const old = buildSeries(r, { metric: "mine_production", vintage: "E1" }).items[0]!;
    expect(old).toMatchObject({ value: 390, quality: "superseded" });
    expect(old.alternatives[0]!.whyNotPreferred).toMatch(/not the requested edition/);
  });
});
