import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { isPeriod, periodSpan } from "../domain/period.ts";
import { isValidDocDate, isValidPeriod, MAX_YEAR, MIN_YEAR } from "./period-check.ts";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const yearIn = (p: string) => {
  const s = periodSpan(p);
  return (
    s !== null &&
    [s.start, s.end].every((d) => Number(d.slice(0, 4)) >= MIN_YEAR && Number(d.slice(0, 4)) <= MAX_YEAR)
  );
};
/** Period-like strings, in range and out: years, months, days, quarters, halves and spans of them. */
const year = fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1795, max: 2205 }));
const single = fc.oneof(
  year.map((y) => pad(y, 4)),
  fc.tuple(year, fc.integer({ min: 0, max: 13 })).map(([y, m]) => `${pad(y, 4)}-${pad(m)}`),
  fc
    .tuple(year, fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`),
  fc.tuple(year, fc.integer({ min: 0, max: 9 })).map(([y, q]) => `${pad(y, 4)}-Q${q}`),
  fc.tuple(year, fc.integer({ min: 0, max: 3 })).map(([y, h]) => `${pad(y, 4)}-H${h}`),
  fc.constantFrom("", "-1-11", "220-Q1", "2025-1", "2025-01-1", "20250", "2025-q1", "2025/01", "XXXX-Q2"),
);
const period = fc.oneof(
  single,
  fc.tuple(single, single).map(([a, b]) => `${a}..${b}`),
);

describe("period range check", () => {
  fcTest.prop([period], { numRuns: 3000 })(
    "isValidPeriod() agrees with domain/period.ts plus the year range",
    (p) => {
      expect(isValidPeriod(p)).toBe(isPeriod(p) && yearIn(p));
    },
  );
  test("isValidPeriod() takes ISO weeks that exist in their year", () => {
    expect(isValidPeriod("2026-W53")).toBe(true);
    expect(isValidPeriod("2025-W53")).toBe(false);
    expect(isValidPeriod("2025-W00")).toBe(false);
    expect(isValidPeriod("2025-W01..2025-W03")).toBe(false);
  });
  test("isValidDocDate() takes a day, month or year and nothing else", () => {
    expect(["2025-06-30", "2025-06", "2025"].map(isValidDocDate)).toEqual([true, true, true]);
    expect(
      ["2025-Q2", "2025-H1", "2025-06-31", "0000-01-11", "2025-06..2025-07"].map(isValidDocDate),
    ).toEqual([false, false, false, false, false]);
  });
});
