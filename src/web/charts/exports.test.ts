import { describe, expect, it } from "vitest";
import { exportsChart } from "./exports.ts";
import { figure } from "./figure-fixture.ts";

type Datum = { value: [string, number]; figure: { id: string; isDerived: boolean } };
type S = { name: string; type: string; data: Datum[] };

describe("exportsChart()", () => {
  const rows = [
    figure({ period: "2025-01", value: 100, counterparty: "World" }),
    figure({
      period: "2025-02",
      value: 90,
      counterparty: "World",
      isDerived: true,
      note: "Derived: 180 / 2",
    }),
    figure({ period: "2025-04", value: 120, counterparty: "World" }),
    figure({ period: "2025-01", value: 10, counterparty: "Germany" }),
  ];
  const option = exportsChart(rows, { destination: "World" });
  const series = option.series as S[];

  it("exportsChart() plots only the chosen destination, with a break for a missing month", () => {
    expect(series[0]!.data.map((d) => d.value)).toEqual([
      ["2025-01", 100],
      ["2025-02", 90],
      ["2025-03", null],
      ["2025-04", 120],
    ]);
  });

  it("exportsChart() marks derived months in their own labelled series", () => {
    expect(series[1]!.name).toContain("derived");
    expect(series[1]!.type).toBe("scatter");
    expect(series[1]!.data.map((d) => d.value[0])).toEqual(["2025-02"]);
    expect(series[1]!.data.every((d) => d.figure.isDerived)).toBe(true);
  });

  it("exportsChart() keeps gaps in the month axis", () => {
    expect((option.xAxis as { data: string[] }).data).toEqual(["2025-01", "2025-02", "2025-03", "2025-04"]);
  });

  it("exportsChart() tooltips cite the source publisher, licence and link, escaped", () => {
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter([{ seriesName: "Exports to World", data: series[1]!.data[0] }]);
    expect(html).toContain("Test Publisher &lt;b&gt;");
    expect(html).toContain("Facts, attributed");
    expect(html).toContain('href="https://example.org/a"');
    expect(html).toContain("derived");
    expect(html).toContain("Derived: 180 / 2");
  });
});
