import { describe, expect, it } from "vitest";
import {
  addMass,
  scaleMass,
  sumMass,
  type TonnesFinished,
  type TonnesOxide,
  tonnesBlank,
  tonnesFinished,
  tonnesOxide,
} from "./mass.ts";

describe("mass dimensions", () => {
  it("addMass() adds masses of one dimension and keeps the dimension", () => {
    const a = tonnesOxide(1200);
    const b = tonnesOxide(300);
    const s: TonnesOxide = addMass(a, b);
    expect(s).toBe(1500);
    expect(sumMass([a, b, tonnesOxide(0.5)])).toBe(1500.5);
    expect(sumMass<"finished">([])).toBe(0);
    const half: TonnesFinished = scaleMass(tonnesFinished(10), 0.5);
    expect(half).toBe(5);
  });

  it("tonnes of oxide and tonnes of magnet do not type-check together", () => {
    const oxide = tonnesOxide(100);
    const magnet = tonnesFinished(100);
    // The lines below are type errors; `npm run typecheck` fails if any of them ever compiles.
    // @ts-expect-error oxide + finished magnet
    addMass(oxide, magnet);
    // @ts-expect-error blank is not finished
    const f: TonnesFinished = tonnesBlank(5);
    // @ts-expect-error a raw sum is a plain number, not a mass of any dimension
    const o: TonnesOxide = oxide + oxide;
    // @ts-expect-error a plain number is not a mass
    sumMass<"oxide">([100]);
    expect([f, o]).toEqual([5, 200]);
  });
});
