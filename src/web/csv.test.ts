import { describe, expect, it } from "vitest";
import { csvCell, recordsCsv, toCsv } from "./csv.ts";

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

describe("recordsCsv()", () => {
  it("recordsCsv() writes every field in snake_case, joins lists, adds extra columns and ends with the source", () => {
    const source = {
      publisher: "Test Publisher",
      published: "2025-05-01",
      licence: "facts-attributed",
      url: "https://example.org/t",
    };
    const { header, rows } = recordsCsv([{ id: "A", capacityTpy: null, elements: ["Dy", "Tb"], source }], {
      preferred: () => true,
    });
    expect(header).toEqual([
      "id",
      "capacity_tpy",
      "elements",
      "preferred",
      "source_publisher",
      "source_published",
      "source_licence",
      "source_url",
    ]);
    expect(rows[0]).toEqual([
      "A",
      null,
      "Dy; Tb",
      true,
      "Test Publisher",
      "2025-05-01",
      "facts-attributed",
      "https://example.org/t",
    ]);
    // A blank stays blank in the file, never 0.
    expect(toCsv(header, rows).split("\r\n")[1]).toBe(
      "A,,Dy; Tb,true,Test Publisher,2025-05-01,facts-attributed,https://example.org/t",
    );
  });
});
