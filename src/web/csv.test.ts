import { describe, expect, it } from "vitest";
import { toCsv } from "../domain/csv-text.ts";
import { recordsCsv } from "./csv.ts";

describe("recordsCsv()", () => {
  it("recordsCsv() writes every field in snake_case, joins lists, adds extra columns and ends with the source", () => {
    const source = {
      id: "test-src",
      title: "Test title",
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
      "source_id",
      "source_publisher",
      "source_title",
      "source_published",
      "source_url",
      "licence",
    ]);
    expect(rows[0]).toEqual([
      "A",
      null,
      "Dy; Tb",
      true,
      "test-src",
      "Test Publisher",
      "Test title",
      "2025-05-01",
      "https://example.org/t",
      "facts-attributed",
    ]);
    // A blank stays blank in the file, never 0.
    expect(toCsv(header, rows, "\r\n").split("\r\n")[1]).toBe(
      "A,,Dy; Tb,true,test-src,Test Publisher,Test title,2025-05-01,https://example.org/t,facts-attributed",
    );
  });
});
