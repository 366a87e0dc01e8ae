import { describe, expect, it } from "vitest";
import { aboutTable, checkWorkbook, parseCsv, sourcesTable } from "./workbook.ts";

describe("workbook tables", () => {
  it("parse CSV with quotes, doubled quotes, commas and line breaks in fields", () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",\r\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"'],
      ["two\nlines", ""],
    ]);
  });
  it("list each source once with its licence, and say when a licence is not recorded", () => {
    const t = sourcesTable([
      { id: "s1", publisher: "USGS", url: "https://a", licence: "public-domain" },
      { id: "s1", publisher: "USGS", url: "https://a", licence: "public-domain" },
      { publisher: "IEA", url: "https://b" },
    ]);
    expect(t.rows.map((r) => [r[1], r[4]])).toEqual([
      ["USGS", "public-domain"],
      ["IEA", "not recorded"],
    ]);
  });
  it("refuse bad sheet names, duplicates and ragged rows, naming the sheet", () => {
    expect(() => checkWorkbook([{ name: "a/b", header: [], rows: [] }])).toThrow(/sheet name "a\/b"/);
    expect(() => checkWorkbook([aboutTable([]), aboutTable([])])).toThrow(/two sheets are named "about"/);
    expect(() => checkWorkbook([{ name: "x", header: ["a", "b"], rows: [[1]] }])).toThrow(
      /sheet "x" row 2 has 1 cells; expected 2/,
    );
  });
});
