import { describe, expect, it } from "vitest";
import { toCsv } from "../domain/csv-text.ts";
import { parseCsv } from "./csv.ts";

describe("parseCsv()", () => {
  it("parseCsv() reads quotes, escaped quotes, embedded newlines, CRLF and a BOM", () => {
    const text = '\uFEFFa,b,c\r\n1,"x, ""y""",3\r\n"multi\nline",,z\r\n';
    const r = parseCsv(text, "t.csv");
    expect(r.ok).toBe(true);
    expect(r.value.header).toEqual(["a", "b", "c"]);
    expect(r.value.rows).toEqual([
      { line: 2, fields: ["1", 'x, "y"', "3"] },
      { line: 3, fields: ["multi\nline", "", "z"] },
    ]);
  });

  it("parseCsv() reports a wrong number of fields with file, line and column", () => {
    const r = parseCsv("a,b,c\n1,2,3\n4,5\n", "data/t.csv");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      {
        code: "malformed_csv",
        path: "data/t.csv:3:1",
        message: "wrong number of fields: expected 3 fields, found 2",
      },
    ]);
    expect(r.value.rows).toHaveLength(1);
  });

  it("parseCsv() reports an unterminated quote where the quote opens", () => {
    const r = parseCsv('a,b\n1,"open\n2,3\n', "t.csv");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({ code: "malformed_csv", path: "t.csv:2:3" });
    expect(r.issues[0]!.message).toMatch(/unterminated quoted field/);
  });

  it("parseCsv() rejects text after a closing quote and a stray quote in an unquoted field", () => {
    const a = parseCsv('a,b\n"x"y,1\n', "t.csv");
    expect(a.ok ? [] : a.issues.map((i) => i.path)).toEqual(["t.csv:2:4"]);
    const b = parseCsv('a,b\nx"y,1\n', "t.csv");
    expect(b.ok ? [] : b.issues.map((i) => i.path)).toEqual(["t.csv:2:2"]);
  });

  it("toCsv() round-trips through parseCsv()", () => {
    const rows = [
      ["1", 'q"uote', "a,b"],
      ["", "line\nbreak", "x"],
    ];
    const r = parseCsv(toCsv(["a", "b", "c"], rows), "t.csv");
    expect(r.value.rows.map((x) => x.fields)).toEqual(rows);
  });
});
