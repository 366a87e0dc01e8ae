import { describe, expect, it } from "vitest";
import { csvColumns } from "./curated-csv.ts";

type Row = {
  id: string;
  tags: string[];
  amount: number | null;
  unit: string;
  currency: string;
  sourceId: string;
};
const FIELDS = [
  ["row_id", "id"],
  ["tags", "tags"],
  ["amount", "amount"],
  ["unit", "unit"],
  ["source_id", "sourceId"],
] as const;

describe("csvColumns()", () => {
  it("csvColumns() keeps the file's column names, leaves the source columns to the command and inserts derived fields", () => {
    const csv = csvColumns<Row>(FIELDS, { unit: [["currency", "currency"]] });
    const out = csv([
      { id: "A-1", tags: ["x", "y"], amount: null, unit: "CNY", currency: "CNY", sourceId: "src-a" },
    ]);
    expect(out.header).toEqual(["row_id", "tags", "amount", "unit", "currency"]);
    expect(out.rows).toEqual([["A-1", "x;y", null, "CNY", "CNY"]]);
  });
});
