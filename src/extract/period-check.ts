/**
 * @module Range check of the periods the extractor emits: the shapes of `domain/period.ts` (year, month, day,
 * quarter, half, spans `A..B` with A not after B), plus ISO weeks (`2025-W24`, weeks that exist in their year), with
 * the year in [MIN_YEAR, MAX_YEAR]. `2025-12-00`, `220-Q1` and `-1-11` are not periods.
 */
import { periodSpan } from "../domain/period.ts";
import { daysFromCivil, isoWeekOfDays } from "./calendar.ts";

/** Earliest and latest year a period may name (the grammar reads 19xx and 20xx; relative dates may step outside). */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2199;

const WEEK = /^(\d{4})-W(\d{2})$/;
const inRange = (year: number) => year >= MIN_YEAR && year <= MAX_YEAR;

/** Whether `p` is a well-formed period (or span of periods) whose years are in range. */
export function isValidPeriod(p: string): boolean {
  const w = WEEK.exec(p);
  if (w) {
    const y = Number(w[1]);
    // The last ISO week of a year is the week that holds 28 December.
    return inRange(y) && Number(w[2]) >= 1 && Number(w[2]) <= isoWeekOfDays(daysFromCivil(y, 12, 28)).week;
  }
  const span = periodSpan(p);
  return span !== null && inRange(Number(span.start.slice(0, 4))) && inRange(Number(span.end.slice(0, 4)));
}

/** `p` when it is a valid period, else null. */
export const checkedPeriod = (p: string | null | undefined): string | null =>
  p != null && isValidPeriod(p) ? p : null;

/** Whether `d` is an article date the period grammar can work from: a valid day, month or year (`YYYY[-MM[-DD]]`). */
export const isValidDocDate = (d: string): boolean => /^\d{4}(?:-\d{2}){0,2}$/.test(d) && isValidPeriod(d);
