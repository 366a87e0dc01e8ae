import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import {
  civilFromDays,
  daysFromCivil,
  formatDay,
  formatIsoWeek,
  isoWeekOfDays,
  shiftMonth,
  shiftQuarter,
  weekdayOfDays,
} from "./calendar.ts";

const DAY_MS = 86_400_000;
/** Reference: the day number through `Date.UTC`. */
const refDays = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;
/**
 * Reference ISO week, computed the textbook way with `Date`: the Thursday of the day's Monday-to-Sunday week gives the
 * week-year; the week is the number of that Thursday's week counted from the week holding January 4.
 */
function refIsoWeek(days: number): { year: number; week: number } {
  const date = new Date(days * DAY_MS);
  const dow = date.getUTCDay() || 7;
  const thursday = new Date(days * DAY_MS + (4 - dow) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const jan4Dow = jan4.getUTCDay() || 7;
  const week1Monday = jan4.getTime() - (jan4Dow - 1) * DAY_MS;
  return { year, week: Math.floor((thursday.getTime() - week1Monday) / (7 * DAY_MS)) + 1 };
}
const day = fc.integer({ min: -200_000, max: 200_000 });

describe("calendar", () => {
  test("isoWeekOfDays() gives the ISO weeks of known days", () => {
    expect(formatIsoWeek(daysFromCivil(2025, 6, 15))).toBe("2025-W24");
    expect(formatIsoWeek(daysFromCivil(2024, 12, 30))).toBe("2025-W01");
    expect(formatIsoWeek(daysFromCivil(2021, 1, 3))).toBe("2020-W53");
    expect(formatIsoWeek(daysFromCivil(2026, 12, 31))).toBe("2026-W53");
    expect(formatIsoWeek(daysFromCivil(2026, 2, 5))).toBe("2026-W06");
  });
  fcTest.prop([day])("daysFromCivil() agrees with Date.UTC and civilFromDays() inverts it", (n) => {
    const { year, month, day: d } = civilFromDays(n);
    expect(refDays(year, month, d)).toBe(n);
    expect(daysFromCivil(year, month, d)).toBe(n);
  });
  fcTest.prop([day])("weekdayOfDays() agrees with Date.getUTCDay()", (n) => {
    expect(weekdayOfDays(n)).toBe(new Date(n * DAY_MS).getUTCDay());
  });
  fcTest.prop([day])("isoWeekOfDays() agrees with the reference algorithm", (n) => {
    expect(isoWeekOfDays(n)).toEqual(refIsoWeek(n));
  });
  fcTest.prop([day])("isoWeekOfDays() advances by one week every seven days", (n) => {
    const a = isoWeekOfDays(n);
    const b = isoWeekOfDays(n + 7);
    if (b.year === a.year) expect(b.week).toBe(a.week + 1);
    else expect([b.year, b.week]).toEqual([a.year + 1, 1]);
  });
  fcTest.prop([
    fc.integer({ min: 1900, max: 2100 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: -60, max: 60 }),
  ])("shiftMonth() agrees with Date.UTC month overflow", (y, m, delta) => {
    const ref = new Date(Date.UTC(y, m - 1 + delta, 1));
    expect(shiftMonth(y, m, delta)).toBe(
      `${ref.getUTCFullYear()}-${String(ref.getUTCMonth() + 1).padStart(2, "0")}`,
    );
  });
  test("shiftQuarter() crosses year boundaries both ways", () => {
    expect(shiftQuarter(2025, 1, -1)).toBe("2024-Q4");
    expect(shiftQuarter(2025, 4, 1)).toBe("2026-Q1");
    expect(shiftQuarter(2025, 2, -9)).toBe("2023-Q1");
  });
  test("formatDay() writes YYYY-MM-DD", () => {
    expect(formatDay(daysFromCivil(2024, 2, 29))).toBe("2024-02-29");
  });
});
