import { describe, expect, it } from "vitest";
import { estimate } from "./curated-fixture.ts";
import { cagrChart } from "./cagr.ts";
import { cagrGap, outlookChart, outlookGroupOf, outlookGroups } from "./outlook.ts";

type S = {
  name: string;
  data: { value: [number, number]; estimate: { id: string } }[];
  lineStyle?: { type?: string };
};

describe("outlook charts", () => {
  it("outlookGroupOf() never puts two units, two mass bases or two kinds of measure on one axis", () => {
    const rows = [
      estimate({ id: "a", unit: "t", kind: "volume", massBasis: "finished" }),
      estimate({ id: "b", unit: "t", kind: "volume", massBasis: "element" }),
      estimate({ id: "c", unit: "USD" }),
      estimate({ id: "d", unit: "USD", kind: "humanoid" }),
      estimate({ id: "e", unit: "units/yr", kind: "humanoid" }),
    ];
    expect(new Set(rows.map(outlookGroupOf)).size).toBe(5);
    expect(outlookGroups(rows).map((g) => g.label)).toContain("Demand and supply volume · t · element basis");
  });

  it("outlookChart() joins base and target of each estimate, and shows a range as its two ends", () => {
    const rows = [
      estimate({ id: "seg" }),
      estimate({ id: "rng", baseValue: null, targetValue: null, targetLow: 150, targetHigh: 300 }),
    ];
    const series = outlookChart(rows, outlookGroupOf(rows[0]!)).series as S[];
    const seg = series.find((s) => s.data[0]!.estimate.id === "seg")!;
    expect(seg.data.map((d) => d.value)).toEqual([
      [2024, 100],
      [2030, 200],
    ]);
    const rng = series.find((s) => s.data[0]!.estimate.id === "rng")!;
    expect(rng.data.map((d) => d.value)).toEqual([
      [2030, 150],
      [2030, 300],
    ]);
  });

  it("outlookChart() dots a segment that starts or ends at a bound", () => {
    const rows = [estimate({ id: "b", baseQualifier: "lt" }), estimate({ id: "p" })];
    const series = outlookChart(rows, outlookGroupOf(rows[0]!)).series as S[];
    expect(series.map((s) => s.lineStyle?.type)).toEqual(["dotted", "solid"]);
  });

  it("outlookChart() keeps an excluded estimate visible, grey and dashed, under its own legend entry", () => {
    const rows = [estimate({ id: "x", excludeReason: "a garbled summary" })];
    const [s] = outlookChart(rows, outlookGroupOf(rows[0]!)).series as S[];
    expect(s!.name).toBe("excluded (see reason)");
    expect(s!.lineStyle?.type).toBe("dashed");
  });

  it("cagrGap() flags stated and computed growth rates more than half a point apart", () => {
    expect(cagrGap({ statedCagrPct: 8.3, computedCagrPct: 7.05 }).conflict).toBe(true);
    expect(cagrGap({ statedCagrPct: 7.4, computedCagrPct: 7.33 }).conflict).toBe(false);
    expect(cagrGap({ statedCagrPct: 5, computedCagrPct: null })).toEqual({ gap: null, conflict: false });
  });

  it("cagrChart() draws stated and computed rates side by side for estimates that have either", () => {
    const option = cagrChart([
      estimate({ id: "s", statedCagrPct: 8.3, computedCagrPct: 7.05 }),
      estimate({ id: "none" }),
    ]);
    expect((option.yAxis as { data: string[] }).data).toHaveLength(1);
    const [stated, computed] = option.series as { data: { value: number | null }[] }[];
    expect(stated!.data[0]!.value).toBe(8.3);
    expect(computed!.data[0]!.value).toBe(7.05);
  });
});
