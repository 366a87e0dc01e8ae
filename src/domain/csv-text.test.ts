import { describe, expect, it } from "vitest";
import { csvCell, csvValue, toCsv } from "./csv-text.ts";

describe("toCsv()", () => {
  it("quotes cells with commas, quotes and line breaks, and leaves blanks blank", () => {
    const rows = [
      ["x, y", 'say "hi"', null],
      [1234.5, true, "two\nlines"],
    ];
    expect(toCsv(["a", "b", "c"], rows)).toBe('a,b,c\n"x, y","say ""hi""",\n1234.5,true,"two\nlines"\n');
    expect(toCsv(["a", "b", "c"], rows, "\r\n")).toBe(
      'a,b,c\r\n"x, y","say ""hi""",\r\n1234.5,true,"two\nlines"\r\n',
    );
  });

  it("quotes a header name that needs it", () => {
    expect(toCsv(["a,b"], [["1"]])).toBe('"a,b"\n1\n');
  });

  it("refuses a row whose width differs from the header, naming the row", () => {
    expect(() => toCsv(["a", "b"], [["1", "2"], ["3"]])).toThrow(/row 2 has 1 cells; expected 2/);
  });
});

describe("csvCell()", () => {
  it("writes numbers without separators and never writes NaN", () => {
    expect(csvCell(39817)).toBe("39817");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(false)).toBe("false");
  });
});

describe("csvValue()", () => {
  it("joins lists with the separator, writes objects as JSON and keeps plain values", () => {
    expect(csvValue(["Dy", "Tb"], "; ")).toBe("Dy; Tb");
    expect(csvValue(["8505", "2846"], ";")).toBe("8505;2846");
    expect(csvValue({ a: 1 }, ";")).toBe('{"a":1}');
    expect(csvValue(null, ";")).toBeNull();
    expect(csvValue(undefined, ";")).toBe("");
    expect(csvValue(2.5, ";")).toBe(2.5);
  });
});
