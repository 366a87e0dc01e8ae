import { describe, expect, it } from "vitest";
import { exposureCheck, exposureProblem } from "./exposure.ts";
import type { PolicyEvent } from "./types.ts";

const ev = (id: string, date: string, p: Partial<PolicyEvent>) =>
  ({
    id,
    date,
    instruments: ["export_control"],
    elements: [],
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
    expect(exposureProblem({})).toMatch(/choose an element or type an HS code/);
    expect(exposureProblem({ hs: "85x5" })).toMatch(/2 to 10 digits.*"85x5"/);
    expect(exposureProblem({ hs: "8505" })).toBeNull();
  });
});
