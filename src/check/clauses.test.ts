import { describe, expect, it } from "vitest";
import { clausesOf, governingPlaces } from "./clauses.ts";
import { placesIn } from "./places.ts";

// Sentences written for these tests.
const parts = (text: string) => clausesOf(text).map((k) => text.slice(k.start, k.end).trim());

describe("clausesOf()", () => {
  it("splits at contrast words and commas but not inside numbers", () => {
    expect(parts("Exports to Germany rose to 1,288 t while shipments to the US were 420 t.")).toEqual([
      "Exports to Germany rose to 1,288 t",
      "while shipments to the US were 420 t.",
    ]);
  });

  it("splits at 'and' only when the part before it holds its own figure", () => {
    expect(parts("Germany and Japan took 900 t.")).toEqual(["Germany and Japan took 900 t."]);
    expect(parts("Germany took 900 t and Japan 500 t.")).toEqual(["Germany took 900 t", "and Japan 500 t."]);
  });

  it("keeps parentheses as their own clause and glued headings apart", () => {
    expect(parts("Shipments went to Germany (1,288 t); Japan followed.")).toEqual([
      "Shipments went to Germany",
      "(1,288 t)",
      "; Japan followed.",
    ]);
    expect(parts("Trade snapshot\nSeptember volume: 5,774 t")).toEqual([
      "Trade snapshot",
      "September volume: 5,774 t",
    ]);
  });
});

describe("governingPlaces()", () => {
  const q = "China shipped 1,288 t to Germany, while the US took 420 t (down 5%).";
  it("names the places of the number's own clause, the place before a parenthesis, or the nearest earlier one", () => {
    expect(governingPlaces(q, q.indexOf("1,288"))).toEqual({ places: ["china", "germany"], how: "clause" });
    expect(governingPlaces(q, q.indexOf("420"))).toEqual({ places: ["united states"], how: "clause" });
    const r = "Exports to Germany rose 20%, to 1,288 t.";
    expect(governingPlaces(r, r.indexOf("1,288"))).toEqual({ places: ["germany"], how: "inherited" });
  });

  it("finds places by their common spellings, the longer name first", () => {
    expect(placesIn("U.S. and South Korea, not Korea's north; the EU-27").map((m) => m.place)).toEqual([
      "united states",
      "south korea",
      "south korea",
      "european union",
    ]);
  });
});
