import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv.ts";

describe("toCsv()", () => {
  it("toCsv() quotes cells with commas, quotes and line breaks, and leaves blanks blank", () => {
    const text = toCsv(
      ["a", "b", "c"],
      [
        ["x, y", 'say "hi"', null],
        [1234.5, true, "two\nlines"],
      ],
    );
    expect(text).toBe('a,b,c\r\n"x, y","say ""hi""",\r\n1234.5,true,"two\nlines"\r\n');
  });

  it("csvCell() writes numbers without separators and never writes NaN", () => {
    expect(csvCell(39817)).toBe("39817");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("toCsv() refuses a row whose width differs from the header, naming the row", () => {
    expect(() => toCsv(["a", "b"], [["1", "2"], ["3"]])).toThrow(/row 2 has 1 cells; expected 2/);
  });
});
