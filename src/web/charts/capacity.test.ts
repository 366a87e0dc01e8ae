import { describe, expect, it } from "vitest";
import { barLabel, capacityChart, capacityGroups, drawable, groupOf } from "./capacity.ts";
import { project } from "./curated-fixture.ts";

type Bar = {
  name: string;
  stack?: string;
  data: ({ value: number | null; project?: { id: string } } | { value: null })[];
};

describe("capacity charts", () => {
  const rows = [
    project({ id: "F1", capacityTpy: 5000 }),
    project({ id: "F2", capacityTpy: 8000, capacityQualifier: "gt", status: "construction" }),
    project({ id: "B1", massBasis: "blank", capacityTpy: 40000 }),
    project({ id: "R1", capacityTpy: null, capacityLowTpy: 1500, capacityHighTpy: 2000, status: "planned" }),
    project({ id: "N1", capacityTpy: null }),
    project({ id: "X1", capacityTpy: 2000, excludeReason: "an outdated list" }),
  ];

  it("capacityGroups() keeps blank and finished magnet capacity apart", () => {
    const groups = capacityGroups(rows);
    expect(groups.map((g) => g.key)).toEqual(["magnet|finished", "magnet|blank"]);
    expect(groups[0]!.label).toContain("finished magnet");
    expect(groups[1]!.label).toContain("magnet blank");
  });

  it("drawable() leaves out a project without a stated capacity instead of drawing it as zero", () => {
    const ids = drawable(rows, "magnet|finished").map((p) => p.id);
    expect(ids).not.toContain("N1");
    expect(ids).toContain("R1");
    expect(ids).not.toContain("B1");
  });

  it("capacityChart() draws one bar per project, never a sum: each row has exactly one status bar", () => {
    const series = capacityChart(rows, groupOf(rows[0]!)).series as Bar[];
    const statusBars = series.filter((s) => s.name !== "range (low–high)");
    const n = drawable(rows, "magnet|finished").length;
    for (let i = 0; i < n; i++) expect(statusBars.filter((s) => s.data[i]!.value !== null)).toHaveLength(1);
  });

  it("capacityChart() draws a range as a bar to its low end over a pale bar to its high end, never stacked", () => {
    const series = capacityChart(rows, "magnet|finished").series as Bar[];
    const i = drawable(rows, "magnet|finished").findIndex((p) => p.id === "R1");
    const planned = series.find((s) => s.name === "planned")!;
    const range = series.find((s) => s.name === "range (low–high)")!;
    expect(planned.data[i]!.value).toBe(1500);
    expect(range.data[i]!.value).toBe(2000);
    expect(series.indexOf(range)).toBeLessThan(series.indexOf(planned));
    expect(series.every((s) => s.stack === undefined)).toBe(true);
  });

  it("capacityChart() labels bounds with their sign and excluded rows as excluded", () => {
    const f2 = rows[1]!;
    expect(barLabel({ data: { project: f2 } })).toBe("> 8,000");
    expect(barLabel({ data: { project: rows[5]! } })).toBe("2,000 (excluded)");
    expect(barLabel({ data: { project: rows[3]! } })).toBe("1,500–2,000");
    const oxide = project({
      id: "O",
      stage: "separation",
      massBasis: "not_applicable",
      capacityBasis: "REO capacity",
    });
    expect(barLabel({ data: { project: oxide } })).toBe("1,000 · REO capacity");
  });
});
