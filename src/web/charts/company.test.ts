import { describe, expect, it } from "vitest";
import { companyChart, periodLength, resultTooltip, resultValue } from "./company.ts";
import { result } from "./curated-fixture.ts";

type S = { name: string; type: string; data: { value: [string, number]; result: { id: string } }[] };

describe("company charts", () => {
  it("periodLength() tells quarters, halves, full years, year-to-date and trailing spans apart", () => {
    expect(periodLength("2025-Q3")).toBe("quarter");
    expect(periodLength("2025-H1")).toBe("half-year");
    expect(periodLength("2024")).toBe("full year");
    expect(periodLength("2025-01..2025-09")).toBe("9 months, year to date");
    expect(periodLength("2024-10..2025-09")).toBe("12 months to period end");
  });

  const rows = [
    result({ id: "q1", period: "2025-Q1", value: 10 }),
    result({ id: "q2", period: "2025-Q2", value: 12 }),
    result({ id: "q2b", period: "2025-Q2", value: 12.5 }),
    result({ id: "y", period: "2024", value: 40 }),
    result({ id: "h", period: "2025-H1", value: null, low: 20, high: 24, basis: "preliminary (range)" }),
    result({ id: "blank", period: "2025-Q3", value: null }),
  ];
  const preferred = new Set(["q1", "q2", "y", "h"]);
  const series = companyChart(rows, preferred).series as S[];

  it("companyChart() never joins a quarter and a year on one line", () => {
    const lines = series.filter((s) => s.type === "line" && s.data.length > 1 && s.data[0]!.value[1] !== 20);
    for (const l of lines)
      expect(
        new Set(l.data.map((d) => periodLength(rows.find((r) => r.id === d.result.id)!.period))).size,
      ).toBe(1);
    expect(
      series
        .find((s) => s.name === "quarter" && s.type === "line" && s.data.length === 2)!
        .data.map((d) => d.result.id),
    ).toEqual(["q1", "q2"]);
  });

  it("companyChart() draws the other report of a period beside the preferred one, not on the line", () => {
    const others = series.find((s) => s.type === "scatter")!;
    expect(others.data.map((d) => d.result.id)).toEqual(["q2b"]);
  });

  it("companyChart() draws a range from low to high and never a blank", () => {
    const range = series.find((s) => s.name === "half-year")!;
    expect(range.data.map((d) => d.value[1])).toEqual([20, 24]);
    expect(series.flatMap((s) => s.data).some((d) => d.result.id === "blank")).toBe(false);
  });

  it("companyChart() breaks a line where a period is missing instead of bridging it", () => {
    const gap = companyChart(
      [
        result({ id: "a", period: "2024-Q1" }),
        result({ id: "b", period: "2024-Q2" }),
        result({ id: "c", period: "2024-Q4" }),
      ],
      new Set(["a", "b", "c"]),
    ).series as { data: { value: [string, number | null] }[] }[];
    expect(gap[0]!.data.map((d) => d.value[1] === null)).toEqual([false, false, true, false]);
  });

  it("companyChart() refuses two units on one axis", () => {
    expect(() =>
      companyChart([rows[0]!, result({ id: "t", period: "2025-Q1", unit: "t", currency: "" })], preferred),
    ).toThrow(/CNY and t/);
  });

  it("resultTooltip() gives the period as published, the currency, the basis and the source", () => {
    const html = resultTooltip(
      result({
        id: "f",
        period: "2024-Q4",
        periodAsPublished: "FY2025-Q2",
        fiscalPeriod: "FY2025-Q2",
        value: 1_250_000_000,
      }),
      true,
    );
    expect(html).toContain("FY2025-Q2");
    expect(html).toContain("1.25 bn CNY");
    expect(html).toContain("Test Publisher");
    expect(html).toContain("✓ preferred");
    expect(
      resultValue(result({ id: "b", period: "2024", value: 90, qualifier: "gt", unit: "%", currency: "" })),
    ).toBe("> 90 %");
  });
});
