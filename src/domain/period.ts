/** @module Periods: normalised period strings (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn, A..B) and their date spans. */

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const HALF = /^(\d{4})-H([12])$/;

export interface PeriodSpan {
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD (inclusive). */
  end: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function single(p: string): PeriodSpan | null {
  // There is no year 0 (the calendar goes from 1 BC to AD 1), and PostgreSQL refuses it as a date.
  if (p.startsWith("0000")) return null;
  let m = YEAR.exec(p);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = MONTH.exec(p);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(lastDay(y, mo))}` };
  }
  m = DAY.exec(p);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (Number(m[3]) > lastDay(y, mo)) return null;
    return { start: p, end: p };
  }
  m = QUARTER.exec(p);
  if (m) {
    const q = Number(m[2]);
    const y = Number(m[1]);
    const endMonth = q * 3;
    return {
      start: `${m[1]}-${pad(endMonth - 2)}-01`,
      end: `${m[1]}-${pad(endMonth)}-${pad(lastDay(y, endMonth))}`,
    };
  }
  m = HALF.exec(p);
  if (m)
    return m[2] === "1"
      ? { start: `${m[1]}-01-01`, end: `${m[1]}-06-30` }
      : { start: `${m[1]}-07-01`, end: `${m[1]}-12-31` };
  return null;
}

/** Parses a period string into its inclusive date span, or null when the string is not a valid period. */
export function periodSpan(period: string): PeriodSpan | null {
  const parts = period.split("..");
  if (parts.length === 1) return single(period);
  if (parts.length !== 2) return null;
  const a = single(parts[0]!);
  const b = single(parts[1]!);
  if (!a || !b || a.start > b.end) return null;
  return { start: a.start, end: b.end };
}

/** True when `period` is a valid normalised period string. */
export function isPeriod(period: string): boolean {
  return periodSpan(period) !== null;
}
