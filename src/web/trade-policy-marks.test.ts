import { describe, expect, it } from "vitest";
import {
  isTradeRelevant,
  type PolicyMarkEvent,
  periodOfDate,
  policyMarks,
  policyMarkSeries,
} from "./trade-policy-marks.ts";

const ev = (id: string, date: string, over: Partial<PolicyMarkEvent> = {}): PolicyMarkEvent => ({
  id,
  date,
  jurisdiction: "China",
  title: `Measure ${id}`,
  materials: ["rare earth magnets"],
  elements: [],
  ...over,
});

describe("periodOfDate", () => {
  it("places a date on a month, quarter or year axis", () => {
    expect(periodOfDate("2025-04-04", "month")).toBe("2025-04");
    expect(periodOfDate("2025-04-04", "quarter")).toBe("2025-Q2");
    expect(periodOfDate("2025-12", "quarter")).toBe("2025-Q4");
    expect(periodOfDate("2025-04-04", "year")).toBe("2025");
  });
  it("does not guess a month for a date given only as a year", () => {
    expect(periodOfDate("2025", "month")).toBeNull();
    expect(periodOfDate("2025", "quarter")).toBeNull();
    expect(periodOfDate("soon", "year")).toBeNull();
  });
});

describe("policyMarks", () => {
  const axis = ["2025-03", "2025-04", "2025-05", "2025-06"];
  it("marks only Chinese measures on rare earths or magnets, grouped by period", () => {
    const marks = policyMarks(
      [
        ev("CN-2025-02", "2025-04-04", { materials: ["Sm", "Dy"], elements: ["Dy", "Sm"] }),
        ev("CN-2025-03", "2025-04-20"),
        ev("CN-2025-09", "2025-06-01", { materials: ["graphite"] }),
        ev("US-2025-01", "2025-05-02", { jurisdiction: "United States" }),
        ev("CN-2025-10", "2025-05-09", { materials: ["Ga", "Ge"], elements: ["Ga", "Ge"] }),
        ev("CN-2025-04", "2025-06-19"),
      ],
      axis,
      "month",
    );
    expect(marks.map((m) => [m.period, m.ids])).toEqual([
      ["2025-04", ["CN-2025-02", "CN-2025-03"]],
      ["2025-06", ["CN-2025-04"]],
    ]);
  });
  it("leaves off events outside the axis and those dated less precisely", () => {
    expect(policyMarks([ev("CN-2024-01", "2024-02-06"), ev("CN-2025-01", "2025")], axis, "month")).toEqual(
      [],
    );
    expect(policyMarks([ev("CN-2025-01", "2025")], ["2024", "2025"], "year").map((m) => m.period)).toEqual([
      "2025",
    ]);
  });
  it("counts a joint measure naming China", () => {
    expect(isTradeRelevant(ev("US-2025-05", "2025-10-30", { jurisdiction: "United States; China" }))).toBe(
      true,
    );
  });
  it("can leave the ids off the lines for a narrow chart", () => {
    const marks = policyMarks([ev("CN-2025-03", "2025-04-20")], axis, "month");
    const label = (s: unknown) => (s as { markLine: { label: { show: boolean } } }).markLine.label.show;
    expect(label(policyMarkSeries(marks))).toBe(true);
    expect(label(policyMarkSeries(marks, false))).toBe(false);
  });
  it("draws one vertical line per mark, with the event titles for the tooltip", () => {
    const s = policyMarkSeries(policyMarks([ev("CN-2025-03", "2025-04-20")], axis, "month")) as {
      markLine: { data: { xAxis: string; name: string; titles: string[] }[] };
    };
    expect(s.markLine.data).toEqual([
      { xAxis: "2025-04", name: "CN-2025-03", titles: ["2025-04-20 Measure CN-2025-03"] },
    ]);
  });
});
