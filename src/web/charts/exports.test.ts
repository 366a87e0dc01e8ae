import { describe, expect, it } from "vitest";
import { periodSpan } from "../../domain/period.ts";
import { buildSeries } from "../../domain/series.ts";
import { exportsChart } from "./exports.ts";
import { figure } from "./figure-fixture.ts";

type Datum = { value: [string, number | null]; item?: { quality: string } };
type S = { name: string; type: string; data: Datum[] };

describe("exportsChart()", () => {
  // Values are arbitrary test inputs; the series is built by the same code as GET /api/series.
  const rows = [
    figure({ period: "2025-01", value: 100, counterparty: "World" }),
    figure({
      period: "2025-02",
      value: 90,
      counterparty: "World",
      isDerived: true,
      quality: "derived",
      note: "Derived: 180 / 2",
    }),
    figure({ period: "2025-04", value: 120, counterparty: "World" }),
  ].map((f) => ({
    ...f,
    periodEnd: periodSpan(f.period)!.end,
    seriesKey: "export_volume|china|world|rare earth magnets||finished||t|",
  }));
  const series = buildSeries(rows, { metric: "export_volume", per: "month" });
  const option = exportsChart(series, { destination: "World" });
  const out = option.series as S[];

  it("exportsChart() plots one value per month, with a break for a missing month", () => {
    expect(out[0]!.data.map((d) => d.value)).toEqual([
      ["2025-01", 100],
      ["2025-02", 90],
      ["2025-03", null],
      ["2025-04", 120],
    ]);
    expect((option.xAxis as { data: string[] }).data).toEqual(["2025-01", "2025-02", "2025-03", "2025-04"]);
  });

  it("exportsChart() marks derived months in their own labelled series", () => {
    expect(out[1]!.name).toContain("derived");
    expect(out[1]!.type).toBe("scatter");
    expect(out[1]!.data.map((d) => d.value[0])).toEqual(["2025-02"]);
    expect(out[1]!.data.every((d) => d.item?.quality === "derived")).toBe(true);
  });

  it("exportsChart() tooltips cite the source publisher, licence and link, escaped, with the note", () => {
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter([{ seriesName: "Exports to World", data: out[1]!.data[0] }]);
    expect(html).toContain("Test Publisher &lt;b&gt;");
    expect(html).toContain("Facts, attributed");
    expect(html).toContain('href="https://example.org/a"');
    expect(html).toContain("derived");
    expect(html).toContain("Derived: 180 / 2");
  });
});
