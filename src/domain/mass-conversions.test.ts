import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tonnesBlank, tonnesElement, tonnesFinished, tonnesOxide } from "./mass.ts";
import {
  blankFromFinished,
  elementFromOxide,
  elementInMagnet,
  finishedFromBlank,
  MACHINING_YIELD,
  OXIDE_PER_ELEMENT,
  oxideFromElement,
  oxidePerElement,
} from "./mass-conversions.ts";

// IUPAC standard atomic weights (abridged), written here independently of the factor table.
const W = { O: 15.999, Nd: 144.242, Pr: 140.908, Dy: 162.5, Tb: 158.925, Sm: 150.36 };
const OXIDES: Record<keyof typeof OXIDE_PER_ELEMENT, [number, number]> = {
  Nd: [2, 3], // Nd2O3
  Pr: [6, 11], // Pr6O11
  Dy: [2, 3], // Dy2O3
  Tb: [4, 7], // Tb4O7
  Sm: [2, 3], // Sm2O3
};

describe("mass conversions", () => {
  it("OXIDE_PER_ELEMENT matches the oxide formulas and atomic weights to 1e-4", () => {
    for (const [el, [n, o]] of Object.entries(OXIDES)) {
      const w = W[el as keyof typeof OXIDES];
      const expected = (n * w + o * W.O) / (n * w);
      expect(OXIDE_PER_ELEMENT[el as keyof typeof OXIDES], el).toBeCloseTo(expected, 4);
    }
  });

  it("oxideFromElement() and elementFromOxide() invert each other per element", () => {
    expect(oxideFromElement("Nd", tonnesElement(1000))).toBeCloseTo(1166.4, 6);
    expect(elementFromOxide("Pr", tonnesOxide(1208.2))).toBeCloseTo(1000, 6);
    for (const el of Object.keys(OXIDE_PER_ELEMENT) as (keyof typeof OXIDE_PER_ELEMENT)[])
      expect(elementFromOxide(el, oxideFromElement(el, tonnesElement(37.5)))).toBeCloseTo(37.5, 9);
    // one oxide tonne of a heavier oxide holds less element: Pr6O11 carries more oxygen per Pr than Nd2O3 per Nd
    expect(elementFromOxide("Pr", tonnesOxide(1))).toBeLessThan(elementFromOxide("Nd", tonnesOxide(1)));
  });

  it("oxidePerElement() names the element it has no oxide for", () => {
    expect(oxidePerElement("Dy")).toBe(OXIDE_PER_ELEMENT.Dy);
    expect(() => oxidePerElement("Co")).toThrow(/no oxide factor for element Co/);
  });

  it("blank and finished magnet convert with the machining yield given as an argument", () => {
    expect(finishedFromBlank(tonnesBlank(300_000), 0.8)).toBeCloseTo(240_000, 6);
    expect(blankFromFinished(tonnesFinished(240_000), 0.75)).toBeCloseTo(320_000, 6);
    expect(blankFromFinished(finishedFromBlank(tonnesBlank(123), 0.83), 0.83)).toBeCloseTo(123, 9);
    expect(() => finishedFromBlank(tonnesBlank(1), 1.2)).toThrow(/invalid machining yield: 1.2/);
    expect(() => blankFromFinished(tonnesFinished(1), 0)).toThrow(/invalid machining yield: 0/);
    expect(() => blankFromFinished(tonnesFinished(1), Number.NaN)).toThrow(/invalid machining yield: NaN/);
  });

  it("MACHINING_YIELD is an assumption with its range, the value inside the range", () => {
    const [low, high] = MACHINING_YIELD.range;
    expect(low).toBeLessThan(MACHINING_YIELD.value);
    expect(MACHINING_YIELD.value).toBeLessThan(high);
    expect(MACHINING_YIELD.assumption).toMatch(/no numeric source/);
  });

  it("elementInMagnet() takes the composition share as an argument", () => {
    expect(elementInMagnet(tonnesFinished(1000), 0.225)).toBeCloseTo(225, 9);
    expect(elementInMagnet(tonnesFinished(1000), 0)).toBe(0);
    expect(() => elementInMagnet(tonnesFinished(1), 22.5)).toThrow(/invalid element mass share: 22.5/);
  });
});

describe("mass modules", () => {
  it("import nothing but each other, so the engine's worker bundle stays free of zod", () => {
    for (const f of ["mass.ts", "mass-conversions.ts"]) {
      const text = readFileSync(new URL(`./${f}`, import.meta.url), "utf8");
      const specs = [...text.matchAll(/^import\s[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1]);
      expect(
        specs.filter((s) => s !== "./mass.ts"),
        f,
      ).toEqual([]);
    }
  });
});
