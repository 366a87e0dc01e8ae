import { describe, expect, it } from "vitest";
import { agreeWithinRounding, ulpOf } from "./rounding.ts";

describe("ulpOf()", () => {
  it.each([
    [5773, 1],
    [6150, 10],
    [390000, 10000],
    [4343.5, 0.1],
    [0.25, 0.01],
    [-38.1, 0.1],
    [1.2e-7, 1e-8],
    [100, 10],
    [6, 1],
    [10, 1],
    [60000000, 1000000],
  ])("reads %d as written to %d", (v, u) => {
    expect(ulpOf(v)).toBeCloseTo(u, 12);
  });
});

describe("agreeWithinRounding()", () => {
  it("accepts numbers that round to each other", () => {
    expect(agreeWithinRounding(5773, 5774)).toBe(true);
    expect(agreeWithinRounding(6150, 6149.95)).toBe(true);
    expect(agreeWithinRounding(-38.1, -38.2)).toBe(true);
    expect(agreeWithinRounding(6, 5.7)).toBe(true);
    expect(agreeWithinRounding(106850000, 106900000)).toBe(true);
  });
  it("rejects numbers that differ beyond their precision", () => {
    expect(agreeWithinRounding(4343.5, 5473)).toBe(false);
    expect(agreeWithinRounding(43, 48)).toBe(false);
    expect(agreeWithinRounding(5278, 5274)).toBe(false);
  });
});
