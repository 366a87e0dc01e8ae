/**
 * @module Calendar arithmetic on the proleptic Gregorian calendar, in whole days (no `Date`, no time zone): day
 * numbers, weekdays, ISO-8601 weeks, and month and quarter shifts. Tested against `Date`-based reference algorithms.
 */

/** Days from 1970-01-01 to the given day (`month` 1–12), negative before it (H. Hinnant's `days_from_civil`). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day `days` after 1970-01-01 (inverse of `daysFromCivil`). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekdayOfDays = (days: number): number => (((days + 4) % 7) + 7) % 7;

const pad2 = (n: number) => String(n).padStart(2, "0");

/** A day number as `YYYY-MM-DD`. */
export function formatDay(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/**
 * ISO-8601 week of a day number: weeks start on Monday and week 1 holds the year's first Thursday, so the week's
 * year is the year of its Thursday (2024-12-30 is in 2025-W01, 2021-01-03 in 2020-W53).
 */
export function isoWeekOfDays(days: number): { year: number; week: number } {
  const mondayBased = (weekdayOfDays(days) + 6) % 7;
  const thursday = days - mondayBased + 3;
  const year = civilFromDays(thursday).year;
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/** ISO week as `YYYY-Www`. */
export function formatIsoWeek(days: number): string {
  const { year, week } = isoWeekOfDays(days);
  return `${year}-W${pad2(week)}`;
}

/** The month `delta` months after `year`-`month`, as `YYYY-MM`. */
export function shiftMonth(year: number, month: number, delta: number): string {
  const t = year * 12 + (month - 1) + delta;
  return `${Math.floor(t / 12)}-${pad2((((t % 12) + 12) % 12) + 1)}`;
}

/** The quarter `delta` quarters after `year`-Q`quarter`, as `YYYY-Qn`. */
export function shiftQuarter(year: number, quarter: number, delta: number): string {
  const t = year * 4 + (quarter - 1) + delta;
  return `${Math.floor(t / 4)}-Q${(((t % 4) + 4) % 4) + 1}`;
}

/** Calendar quarter (1–4) of a month (1–12). */
export const quarterOfMonth = (month: number): number => Math.ceil(month / 3);
