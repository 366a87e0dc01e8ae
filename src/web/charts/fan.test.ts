import { describe, expect, it } from "vitest";
import { fanChart } from "./fan.ts";

type LineSeries = {
  name: string;
  stack?: string;
  data: number[];
  areaStyle?: unknown;
  lineStyle?: { opacity?: number };
};

describe("fanChart()", () => {
  const fan = { name: "Total", p5: [1, 2, 3], p50: [2, 3, 5], p95: [4, 6, 9] };
  const option = fanChart([fan], {
    years: [2030, 2031, 2032],
    unit: "t",
    citation: "Lodestone model, seed 7",
  });
  const series = option.series as LineSeries[];

  it("fanChart() stacks a shaded P95 − P5 band on an invisible P5 base", () => {
    const [base, band] = series;
    expect(base).toMatchObject({ name: "Total P5", data: [1, 2, 3], lineStyle: { opacity: 0 } });
    expect(base!.areaStyle).toBeUndefined();
    expect(band).toMatchObject({ name: "Total P5–P95", data: [3, 4, 6] });
    expect(band!.stack).toBe(base!.stack);
    expect(band!.areaStyle).toBeDefined();
    // base + band reproduces P95
    expect(band!.data.map((d, i) => d + base!.data[i]!)).toEqual(fan.p95);
  });

  it("fanChart() draws the median as its own unstacked line", () => {
    expect(series[2]).toMatchObject({ name: "Total", data: [2, 3, 5] });
    expect(series[2]!.stack).toBeUndefined();
  });

  it("fanChart() gives each fan its own stack", () => {
    const two = fanChart([fan, { ...fan, name: "Other" }], { years: [1, 2, 3], unit: "t", citation: "x" })
      .series as LineSeries[];
    expect(two).toHaveLength(6);
    expect(two[0]!.stack).not.toBe(two[3]!.stack);
  });

  it("fanChart() tooltips show P5, P50, P95 and the citation", () => {
    const formatter = (option.tooltip as { formatter: (p: { dataIndex: number }[]) => string }).formatter;
    const html = formatter([{ dataIndex: 1 }]);
    expect(html).toContain("2031");
    expect(html).toContain("P50 <b>3</b>");
    expect(html).toContain("P5 2 – P95 6");
    expect(html).toContain("Lodestone model, seed 7");
  });
});
