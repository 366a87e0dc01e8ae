import { describe, expect, it } from "vitest";
import { addMonths, type BriefSeries, briefReport, yearToDate } from "./report-brief.ts";
import { reportHtml, svgLines } from "./report-html.ts";
import { scenarioReport } from "./report-scenario.ts";

const src = {
  publisher: "Customs <GAC>",
  published: "2025-08-20",
  url: "https://example.org/a",
  licence: "facts-attributed",
};
const series = (name: string, values: Record<string, number>): BriefSeries => ({
  name,
  unit: "t",
  items: Object.entries(values).map(([period, value]) => ({ period, value, source: src })),
});

describe("monthly brief", () => {
  const world = series("World", {
    "2024-07": 100,
    "2025-01": 10,
    "2025-02": 20,
    "2025-06": 160,
    "2025-07": 200,
  });
  it("adds months across years and refuses a year to date with a month missing", () => {
    expect(addMonths("2025-01", -1)).toBe("2024-12");
    expect(addMonths("2024-12", 13)).toBe("2026-01");
    expect(yearToDate(world, "2025-02")).toBe(30);
    expect(yearToDate(world, "2025-07")).toBeNull();
  });
  it("derives m/m and y/y from the preferred months and gives each destination its share of the total", () => {
    const doc = briefReport({
      month: "2025-07",
      world,
      destinations: [series("Japan", { "2025-07": 50, "2025-06": 40 }), series("Germany", { "2025-07": 80 })],
      prices: [],
      pricesLeftOut: [],
      generatedAt: "2026-01-01 00:00",
    });
    expect(doc.sections[0]!.paragraphs![0]).toContain("m/m +25.0%, y/y +100.0%");
    expect(doc.sections[0]!.paragraphs![1]).toContain("not computed, a month is missing");
    const rows = doc.sections[1]!.table!.rows;
    expect(rows.map((r) => [r[0], r[1], r[4]])).toEqual([
      ["Germany", 80, 40],
      ["Japan", 50, 25],
    ]);
    expect(rows[1]![2]).toBe(25);
    expect(doc.sources).toHaveLength(1);
  });
});

describe("report HTML", () => {
  it("escapes text, prints links with their address, and lists every source with its licence", () => {
    const html = reportHtml({
      title: "A <b> test",
      subtitle: "s",
      generatedAt: "now",
      sections: [{ title: "T", table: { header: ["x", "n"], rows: [["a&b", 1234.5]] } }],
      sources: [src],
    });
    expect(html).toContain("A &lt;b&gt; test");
    expect(html).toContain("a&amp;b");
    expect(html).toContain('<td class="n">1,235</td>');
    expect(html).toContain("Customs &lt;GAC&gt;</b>, 2025-08-20 · Facts, attributed");
    expect(html).toContain(".print{display:none}");
    expect(html).toContain("@page{size:A4");
  });
  it("draws a line per series and breaks it where a value is missing", () => {
    const svg = svgLines({
      x: ["a", "b", "c", "d"],
      unit: "t",
      series: [{ name: "s", values: [1, null, 3, 4] }],
    });
    const d = /<path d="([^"]+)"/.exec(svg)![1]!;
    expect(d.match(/M/g)).toHaveLength(2);
    expect(svgLines({ x: [], unit: "t", series: [] })).toBe("");
  });
});

describe("scenario report", () => {
  it("reads milestone years from the run and takes unmet demand from the engine's market closure", () => {
    const years = [2015, 2024, 2030];
    const doc = scenarioReport({
      id: "s",
      title: "S",
      description: "own words",
      levers: "",
      run: {
        years,
        demand: { total: [1, 2, 3], byApplication: { wind: [1, 2, 3], hvac_compressors: [1, 1, 1] } },
        elements: { reo: {} },
        balance: { Nd: [0, -5, 10], Pr: [0, -1, -20], Dy: [1, 1, 1], Tb: [0, 0, 0] },
        recycling: { total: [0, 0, 1] },
        exportControls: { shortfall: {} },
        market: { unmetDemand: { Nd: [0, 0, 0], Pr: [0, 6, 10] }, magnet: { unmetDemand: [0, 1, 2] } },
        supply: { hhi: { mining: [5000, 5000, 6000] }, stageShares: { mining: { china: [0.6, 0.7, 0.8] } } },
      },
      sources: [],
      assumptions: [],
      generatedAt: "now",
    });
    expect(doc.subtitle).toBe("own words");
    const balance = doc.sections[1]!;
    expect(balance.table!.header).toEqual(["", "2024", "2030"]);
    expect(balance.table!.rows[0]).toEqual(["Nd + Pr balance", -6, -10]);
    expect(balance.chart!.series[0]!.values).toEqual([0, 6, 10]);
    expect(balance.table!.rows.at(-1)).toEqual(["Unmet magnet demand (t magnet)", 1, 2]);
    expect(doc.sections[3]!.table!.rows[0]).toEqual(["China's share, mining (%)", 70, 80]);
    // Applications by the names the Scenarios page gives them, not the engine's keys.
    expect(doc.sections[0]!.table!.rows.map((r) => r[0])).toEqual(["Total", "Wind", "HVAC compressors"]);
  });
});
