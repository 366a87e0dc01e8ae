/** @module Resolution helpers of the period grammar: month names, the article date, and shifts relative to it. */
import {
  daysFromCivil,
  formatDay,
  formatIsoWeek,
  quarterOfMonth,
  shiftMonth,
  shiftQuarter,
  weekdayOfDays,
} from "./calendar.ts";

export interface PeriodContext {
  /** Article date, YYYY-MM-DD, YYYY-MM or YYYY; null when unknown. */
  docDate: string | null;
  /** Year used when a month has no year and the article date is unknown (latest year the text names). */
  fallbackYear: number | null;
  /** The article's reporting month (first month it names), YYYY-MM. */
  contextMonth: string | null;
  /** The article's reporting quarter, YYYY-Qn. */
  contextQuarter: string | null;
  /** The company reports in June fiscal years (Q3 FY22 = 2022-Q1). */
  fiscalJune: boolean;
  /** The month a fiscal year ends in, when the text says so and it is not December (`fiscal year ended 31 March`). */
  fiscalEndMonth?: number | null;
  /** `docParts` of `docDate`, kept by the first call (owned by this context). */
  parts?: DocParts | undefined;
}

export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
/** A month name or abbreviation (one capture group). */
export const MONTH_RE =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
/** A year 19xx or 20xx (one capture group). */
export const Y = "((?:19|20)\\d\\d)";
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const ORD: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
};

export const pad = (n: number) => String(n).padStart(2, "0");

/** The twelve months of a fiscal year that ends in month `end` of year `y` (`2024-04..2025-03`); the year at December. */
export const fiscalYear = (y: number, end: number): string =>
  end === 12 ? String(y) : `${y - 1}-${pad(end + 1)}..${y}-${pad(end)}`;
/** Month number (1–12) of a month name or abbreviation. */
export const monthNum = (name: string) => {
  const low = name.toLowerCase().replace(".", "");
  return MONTHS.findIndex((m) => m.startsWith(low.slice(0, 3))) + 1;
};
/** A count written in digits or as a word (`three`, `third`). */
export const num = (w: string) => (/^\d+$/.test(w) ? Number(w) : (ORD[w.toLowerCase()] ?? 0));

export interface DocParts {
  y: number | null;
  m: number | null;
  d: number | null;
  /** The date these are the parts of. */
  of: string | null;
}

/** Year, month and day of the article date (parsed once per context). */
export function docParts(ctx: PeriodContext): DocParts {
  const date = ctx.docDate;
  const kept = ctx.parts;
  if (kept !== undefined && kept.of === date) return kept;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date ?? "");
  const parts = m
    ? { y: Number(m[1]), m: m[2] ? Number(m[2]) : null, d: m[3] ? Number(m[3]) : null, of: date }
    : { y: null, m: null, d: null, of: date };
  ctx.parts = parts;
  return parts;
}

/** Year of a month named without one: the article's year, or the year before for a month after the article's. */
export function yearFor(month: number, ctx: PeriodContext): string {
  const d = docParts(ctx);
  if (d.y !== null) return String(d.m !== null && month > d.m ? d.y - 1 : d.y);
  return ctx.fallbackYear !== null ? String(ctx.fallbackYear) : "XXXX";
}

/** The article's year (or the fallback year, or `XXXX`). */
export function docYear(ctx: PeriodContext): string {
  const d = docParts(ctx);
  if (d.y !== null) return String(d.y);
  return ctx.fallbackYear !== null ? String(ctx.fallbackYear) : "XXXX";
}

/** The month `delta` months from the article's month. */
export function monthFromDoc(ctx: PeriodContext, delta: number): string | null {
  const d = docParts(ctx);
  return d.y === null || d.m === null ? null : shiftMonth(d.y, d.m, delta);
}

export const quarterOf = (y: string, month: number): string => `${y}-Q${quarterOfMonth(month)}`;

/** Calendar quarter of a June-fiscal-year quarter (`Q3 FY22` = 2022-Q1). */
export function fiscalQuarter(q: number, fy: number): string {
  const y = fy < 100 ? 2000 + fy : fy;
  return q <= 2 ? `${y - 1}-Q${q + 2}` : `${y}-Q${q - 2}`;
}

/** The quarter `delta` quarters from `p` (`YYYY-Qn`, or `XXXX-Qn` with the year unknown). */
export function quarterFrom(p: string | null, delta: number): string | null {
  const m = p ? /^(\d{4}|XXXX)-Q([1-4])$/.exec(p) : null;
  if (!m) return null;
  if (m[1] === "XXXX") return `XXXX-Q${((Number(m[2]) - 1 + delta + 40) % 4) + 1}`;
  return shiftQuarter(Number(m[1]), Number(m[2]), delta);
}

/** The latest day named `name` (a weekday) on or before the article date. */
export function weekday(name: string, ctx: PeriodContext): string | null {
  const d = docParts(ctx);
  if (d.y === null || d.m === null || d.d === null) return null;
  const doc = daysFromCivil(d.y, d.m, d.d);
  const back = (weekdayOfDays(doc) - WEEKDAYS.indexOf(name.toLowerCase()) + 7) % 7;
  return formatDay(doc - back);
}

/** The day `deltaDays` days from the article date (`yesterday` is -1). */
export function dayFromDoc(ctx: PeriodContext, deltaDays: number): string | null {
  const d = docParts(ctx);
  if (d.y === null || d.m === null || d.d === null) return null;
  return formatDay(daysFromCivil(d.y, d.m, d.d) + deltaDays);
}

/** The ISO week `deltaWeeks` weeks from the article date's week. */
export function isoWeek(ctx: PeriodContext, deltaWeeks: number): string | null {
  const d = docParts(ctx);
  if (d.y === null || d.m === null || d.d === null) return null;
  return formatIsoWeek(daysFromCivil(d.y, d.m, d.d) + deltaWeeks * 7);
}
