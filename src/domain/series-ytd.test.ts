/** buildSeries({ytd}): the year to date at each month or quarter by the range-total rule (reported YTD first, else the sum). */
import { describe, expect, it } from "vitest";
import { seriesFixture } from "../../test/support/series-fixture.ts";
import { buildSeries } from "./series.ts";
import { testSource } from "./source-fixture.ts";

// Every number below is a test input written for these tests, not a claim about the world.
const SOURCES = [testSource("wire", { tier: "wire", publisher: "Newswire", published: "2025-10-20" })];
const { fig, rows } = seriesFixture(SOURCES);

describe("buildSeries with ytd", () => {
  const data = rows(
    fig("2024-11", 50),
    fig("2024-12", 60),
    fig("2025-01", 100),
    fig("2025-02", 110),
    fig("2025-03", 120),
    // A reported January-March total that differs from the sum of the months by a few tonnes.
    fig("2025-01..2025-03", 333, { metric: "export_volume_ytd" }),
    fig("2025-05", 90),
  );

  it("gives the month itself in January, the reported total where one exists, else the sum of the months", () => {
    const s = buildSeries(data, {
      metric: "export_volume",
      per: "month",
      from: "2024-12",
      to: "2025-05",
      ytd: true,
    });
    const ytd = s.ytd!.map((i) => [i?.period ?? null, i?.value ?? null, i?.composition ?? null]);
    expect(s.items.map((i) => i.period)).toEqual([
      "2024-12",
      "2025-01",
      "2025-02",
      "2025-03",
      "2025-04",
      "2025-05",
    ]);
    expect(ytd).toEqual([
      // December 2024 needs January to November 2024; the data starts in November: unknown, not a partial sum.
      [null, null, null],
      ["2025-01", 100, "figure"],
      ["2025-01..2025-02", 210, "sum_of_months"],
      ["2025-01..2025-03", 333, "figure"],
      [null, null, null],
      [null, null, null],
    ]);
  });

  it("is the range total of the same span (one rule): a series asked for January..M totals to the same value", () => {
    const withYtd = buildSeries(data, {
      metric: "export_volume",
      per: "month",
      from: "2025-01",
      to: "2025-03",
      ytd: true,
    });
    const range = buildSeries(data, {
      metric: "export_volume",
      per: "month",
      from: "2025-01",
      to: "2025-03",
    });
    expect(withYtd.ytd!.at(-1)).toEqual(range.total);
    expect(range.ytd).toBeUndefined();
    // A range starting in February still has its year to date: January is resolved though outside the range.
    const fromFeb = buildSeries(data, {
      metric: "export_volume",
      per: "month",
      from: "2025-02",
      to: "2025-02",
      ytd: true,
    });
    expect(fromFeb.ytd!.map((i) => i?.value)).toEqual([210]);
  });

  it("works per quarter, from Q1", () => {
    const s = buildSeries(data, {
      metric: "export_volume",
      per: "quarter",
      from: "2025-Q1",
      to: "2025-Q2",
      ytd: true,
    });
    expect(s.ytd!.map((i) => i?.value ?? null)).toEqual([s.items[0]!.value, null]);
  });
});
