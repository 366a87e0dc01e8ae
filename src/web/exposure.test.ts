import { describe, expect, it } from "vitest";
import { exposureCheck, exposureProblem } from "./exposure.ts";
import type { PolicyEvent } from "./types.ts";

const ev = (id: string, date: string, p: Partial<PolicyEvent>) =>
  ({
    id,
    date,
    instruments: ["export_control"],
    elements: [],
    materials: [],
    hsCodes: [],
    excludeReason: null,
    ...p,
  }) as PolicyEvent;

describe("exposure check", () => {
  const events = [
    ev("a", "2025-04-04", { elements: ["Dy", "Tb"], hsCodes: ["85051110"] }),
    ev("b", "2025-10-09", { hsCodes: ["8505"] }),
    ev("c", "2025-01-01", { instruments: ["funding"], elements: ["Dy"] }),
    ev("d", "2024-01-01", { elements: ["Dy"], excludeReason: "duplicate" }),
  ];
  it("matches HS codes by prefix either way and elements by name, controls only, newest first", () => {
    expect(exposureCheck(events, { hs: "8505.11" }).map((x) => x.event.id)).toEqual(["b", "a"]);
    expect(exposureCheck(events, { element: "dy" }).map((x) => [x.event.id, x.why])).toEqual([
      ["a", ["names dy"]],
    ]);
  });
  it("refuses an empty question or an HS code that is not digits", () => {
    expect(exposureProblem({})).toMatch(/choose a product or an element, or type an HS code/);
    expect(exposureProblem({ product: "bricks" })).toMatch(
      /unknown product "bricks"; expected one of: magnets,/,
    );
    expect(exposureProblem({ hs: "85x5" })).toMatch(/2 to 10 digits.*"85x5"/);
    expect(exposureProblem({ hs: "8505" })).toBeNull();
  });
});

describe("exposure check by product", () => {
  const events = [
    ev("magnets", "2025-10-09", { materials: ["sintered NdFeB blocks"] }),
    ev("broad-hs", "2025-06-01", { materials: ["electromagnets and parts"], hsCodes: ["8505"] }),
    ev("tech", "2025-10-09", { materials: ["magnet preparation tech"] }),
    ev("oxides", "2025-04-04", { materials: ["Tb oxides"], hsCodes: ["2846901940"] }),
    ev("grant", "2025-05-01", { instruments: ["funding"], materials: ["recycled magnets"] }),
  ];
  const ids = (product: string) => exposureCheck(events, { product }).map((x) => [x.event.id, x.why]);
  it("matches the register's words for the product and HS codes under (or over) its heading", () => {
    expect(ids("magnets")).toEqual([
      ["magnets", ['names "sintered NdFeB blocks"']],
      ["broad-hs", ['names "electromagnets and parts"', "HS 8505"]],
    ]);
    expect(ids("compounds")).toEqual([["oxides", ['names "Tb oxides"', "HS 2846901940"]]]);
  });
  it("keeps technology apart from the good, and controls apart from funding", () => {
    expect(ids("technology")).toEqual([["tech", ['names "magnet preparation tech"']]]);
    expect(ids("scrap")).toEqual([]);
  });
});
