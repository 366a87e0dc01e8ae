import { describe, expect, it } from "vitest";
import { periodSpan } from "../domain/period.ts";
import { buildSeries } from "../domain/series.ts";
import { buildShareSeries } from "../domain/series-share.ts";
import { figure } from "./charts/figure-fixture.ts";
import { totalSummary } from "./series-total.ts";

const rows = (list: Parameters<typeof figure>[0][], to = "World") =>
  list.map((r) => {
    const id = to.toLowerCase();
    const f = figure({ counterparty: to, counterpartyId: id, ...r });
    return {
      ...f,
      periodEnd: periodSpan(f.period)?.end ?? f.periodEnd,
      seriesKey: `${f.metric}|china|${id}|rare earth magnets||finished||t|`,
    };
  });

describe("totalSummary()", () => {
  // Arbitrary test values: three months and a year-to-date total that differs from their sum by rounding.
  const months = [
    { period: "2025-01", value: 10 },
    { period: "2025-02", value: 20 },
    { period: "2025-03", value: 31 },
  ];

  it("totalSummary() prefers a total reported for the range and puts the sum of the months beside it", () => {
    const ytd = {
      period: "2025-01..2025-03",
      metric: "export_volume_ytd",
      value: 60,
      periodKind: "range",
      periodStart: "2025-01-01",
      id: "ytd",
    };
    const r = buildSeries(
      rows([...months, ytd]).map((f) => (f.id === "ytd" ? { ...f, periodEnd: "2025-03-31" } : f)),
      { metric: "export_volume", per: "month", from: "2025-01", to: "2025-03" },
    );
    const t = totalSummary(r);
    expect(t).toMatchObject({ how: "reported", value: 60, sumOfItems: 61, difference: -1, items: 3 });
  });

  it("totalSummary() sums the months when no total is reported", () => {
    const t = totalSummary(buildSeries(rows(months), { metric: "export_volume", per: "month" }));
    expect(t).toMatchObject({ how: "sum", value: 61 });
    expect(t.label).toContain("sum of the 3 preferred months");
  });

  it("totalSummary() names the missing months when there is no total", () => {
    const gap = rows([months[0]!, months[2]!]);
    const t = totalSummary(buildSeries(gap, { metric: "export_volume", per: "month" }));
    expect(t.how).toBe("none");
    expect(t.value).toBeNull();
    expect(t.label).toContain("1 of 3 months missing (2025-02)");
  });

  it("totalSummary() names a bound that stops the sum", () => {
    const bound = rows([months[0]!, { period: "2025-02", value: 20, qualifier: "gt" }]);
    const t = totalSummary(buildSeries(bound, { metric: "export_volume", per: "month" }));
    expect(t.how).toBe("none");
    expect(t.label).toContain("2025-02 is a bound or a range");
  });

  it("totalSummary() gives a share series' total as the share of the two range totals, not a sum of shares", () => {
    const r = buildShareSeries(
      rows(
        [
          { period: "2025-01", value: 2 },
          { period: "2025-02", value: 3 },
        ],
        "Germany",
      ),
      rows([
        { period: "2025-01", value: 10 },
        { period: "2025-02", value: 40 },
      ]),
      {
        metric: "export_volume",
        per: "month",
        part: { name: "Germany", id: "germany" },
        of: { name: "World", id: "world" },
        replaces: "counterparty",
      },
    );
    const t = totalSummary(r);
    expect(t.how).toBe("share");
    expect(t.value).toBe(10); // (2 + 3) / (10 + 40), never 20% + 7.5%
    expect(t.label).toContain("Germany 5 ÷ World 50 t");
  });
});
