import { describe, expect, it } from "vitest";
import { citationsIn, fileStem, optionTable, svgWithSources, wrapText } from "./chart-export.ts";

describe("optionTable", () => {
  it("reads a category chart as one row per category and one column per visible series", () => {
    const t = optionTable({
      xAxis: { type: "category", data: ["2024", "2025"] },
      series: [
        { name: "Wind", data: [10, { value: 12 }] },
        { name: "_base", data: [1, 1] },
        { name: "EV", data: [null, 7] },
      ],
    });
    expect(t.header).toEqual(["x", "Wind", "EV"]);
    expect(t.rows).toEqual([
      ["2024", 10, null],
      ["2025", 12, 7],
    ]);
  });
  it("reads time-axis points as series, x, y and a sankey as its links", () => {
    const t = optionTable({
      xAxis: { type: "time" },
      series: [{ name: "Japan", data: [{ value: ["2025-01-01", 300] }, ["2025-02-01", 310]] }],
    });
    expect(t.rows).toEqual([
      ["Japan", "2025-01-01", 300],
      ["Japan", "2025-02-01", 310],
    ]);
    const s = optionTable({
      series: [{ type: "sankey", links: [{ source: "Mine", target: "Oxide", value: 5 }] }],
    });
    expect(s).toEqual({ header: ["source", "target", "value"], rows: [["Mine", "Oxide", 5]] });
  });
});

describe("citationsIn", () => {
  it("collects each distinct source the data items carry, once", () => {
    const src = { publisher: "USGS", published: "2025-01", licence: "public-domain", url: "https://x" };
    const other = { publisher: "GACC", published: "2025-03", licence: "facts-attributed", url: "https://y" };
    const got = citationsIn(
      {
        series: [
          {
            data: [
              { value: 1, figure: { source: src } },
              { value: 2, row: { source: src } },
            ],
          },
          { data: [{ e: { source: other } }] },
        ],
      },
      (s) => `${s.publisher} ${s.published}`,
    );
    expect(got).toEqual(["USGS 2025-01", "GACC 2025-03"]);
  });
});

describe("svgWithSources", () => {
  it("puts the title above and every source beneath the chart, escaped", () => {
    const svg = svgWithSources('<svg width="400" height="200"><g/></svg>', 400, 200, "Exports <t>", [
      "USGS & co, 2025",
    ]);
    expect(svg).toContain("Exports &lt;t&gt;");
    expect(svg).toContain("Sources: USGS &amp; co, 2025");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="400" height="2\d\d"/);
    expect(svg).toContain('<svg x="0" y="28"');
  });
  it("wraps long lines and makes safe file stems", () => {
    expect(wrapText("aaa bbb ccc", 7)).toEqual(["aaa bbb", "ccc"]);
    expect(fileStem("China's exports: EU")).toBe("china-s-exports-eu");
  });
});
