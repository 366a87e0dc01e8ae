/**
 * @module Range check of the periods the extractor emits: the shapes of `domain/period.ts` (year, month, day,
 * quarter, half, spans `A..B` with A not after B), plus ISO weeks (`2025-W24`, weeks that exist in their year), with
 * the year in [MIN_YEAR, MAX_YEAR]. `2025-12-00`, `220-Q1` and `-1-11` are not periods. A hand-written reader (it
 * runs on every period mention); `period-check.test.ts` holds it to `domain/period.ts`.
 */
import { daysFromCivil, isoWeekOfDays } from "./calendar.ts";

/** Earliest and latest year a period may name (the grammar reads 19xx and 20xx; relative dates may step outside). */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2199;

/** The number written by the `len` ASCII digits at `at`, or -1. */
function digits(s: string, at: number, len: number): number {
  let v = 0;
  for (let i = at; i < at + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    v = v * 10 + c;
  }
  return v;
}

const daysInMonth = (y: number, m: number) =>
  m === 12 ? 31 : daysFromCivil(y, m + 1, 1) - daysFromCivil(y, m, 1);

/**
 * First and last day (day numbers) of the period written in `s` from `from` to `to`; null when it is no period. Weeks
 * give their own span only when `weeks` is set (a span of weeks is not a period).
 */
function bounds(s: string, from: number, to: number, weeks: boolean): [number, number] | null {
  const len = to - from;
  if (len < 4) return null;
  const y = digits(s, from, 4);
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  if (len === 4) return [daysFromCivil(y, 1, 1), daysFromCivil(y, 12, 31)];
  if (s.charCodeAt(from + 4) !== 45 /* - */) return null;
  const kind = s.charCodeAt(from + 5);
  if (len === 7 && (kind === 81 /* Q */ || kind === 72) /* H */) {
    const n = digits(s, from + 6, 1);
    const months = kind === 81 ? 3 : 6;
    if (n < 1 || n > 12 / months) return null;
    const last = n * months;
    return [daysFromCivil(y, last - months + 1, 1), daysFromCivil(y, last, daysInMonth(y, last))];
  }
  if (len === 8 && kind === 87 /* W */) {
    const w = digits(s, from + 6, 2);
    // The last ISO week of a year is the week that holds 28 December.
    if (!weeks || w < 1 || w > isoWeekOfDays(daysFromCivil(y, 12, 28)).week) return null;
    return [0, 0];
  }
  const m = digits(s, from + 5, 2);
  if (m < 1 || m > 12) return null;
  if (len === 7) return [daysFromCivil(y, m, 1), daysFromCivil(y, m, daysInMonth(y, m))];
  if (len !== 10 || s.charCodeAt(from + 7) !== 45) return null;
  const d = digits(s, from + 8, 2);
  if (d < 1 || d > daysInMonth(y, m)) return null;
  const day = daysFromCivil(y, m, d);
  return [day, day];
}

/** Whether `p` is a well-formed period (or span of periods) whose years are in range. */
export function isValidPeriod(p: string): boolean {
  const dots = p.indexOf("..");
  if (dots < 0) return bounds(p, 0, p.length, true) !== null;
  const a = bounds(p, 0, dots, false);
  const b = a && bounds(p, dots + 2, p.length, false);
  return a !== null && b !== null && a[0] <= b[1];
}

/** `p` when it is a valid period, else null. */
export const checkedPeriod = (p: string | null | undefined): string | null =>
  p != null && isValidPeriod(p) ? p : null;

/** Whether `d` is an article date the period grammar can work from: a valid day, month or year (`YYYY[-MM[-DD]]`). */
export const isValidDocDate = (d: string): boolean => /^\d{4}(?:-\d{2}){0,2}$/.test(d) && isValidPeriod(d);
