/**
 * @module The period grammar, one rule per object, tried in this order (an earlier rule's match wins where two
 * overlap). To change a rule, edit its object: pattern, resolver, anchors and flags sit together.
 */
import {
  dayFromDoc,
  docYear,
  fiscalQuarter,
  fiscalYear,
  isoWeek,
  MONTH_RE,
  MONTHS,
  monthFromDoc,
  monthNum,
  num,
  type PeriodContext,
  pad,
  quarterFrom,
  quarterOf,
  WEEKDAYS,
  weekday,
  Y,
  yearFor,
} from "./period-helpers.ts";

export interface PeriodRule {
  name: string;
  /** A global regex; its match is the period mention. */
  pattern: RegExp;
  /** The normalised period of a match (null: a period that cannot be pinned down). */
  resolve: (m: RegExpExecArray, ctx: PeriodContext) => string | null;
  /**
   * Anchor words (lower case; `\\b` for a word boundary): the rule runs only when one occurs in the sentence.
   * `"digit"`: it runs only when the sentence has a digit.
   */
  anchors: readonly string[] | "digit";
  /** Further anchor words one of which must also occur (both lists gate the rule). */
  alsoAnchors?: readonly string[];
  /**
   * Where a scan can start: every match holds an occurrence of one of `anchors` (for `"digit"` rules that need a
   * year: a year, 19xx or 20xx) that starts at most `lead` characters after the match's start, so the scan starts
   * `lead` characters before the first such occurrence instead of at the start of the sentence. Unset: from the start.
   */
  lead?: number;
  /** The pattern requires a year (19xx or 20xx): skipped in sentences without one. */
  needsYear: boolean;
  /** Skipped in sentences without a digit. */
  needsDigit: boolean;
  /** A day-precision mention (a date for events). */
  isDate: boolean;
}

/** Month names and abbreviations as whole words (`\bmar\b` does not fire on "market", `\bdec\b` not on "decline"). */
const MON = [
  ...MONTHS,
  ...["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"],
].map((m) => `\\b${m}\\b`);
const QN = ["\\bq1", "\\bq2", "\\bq3", "\\bq4"];

type Spec = Omit<PeriodRule, "needsYear" | "needsDigit" | "isDate"> & Partial<PeriodRule>;
const rule = (r: Spec): PeriodRule => ({ needsYear: false, needsDigit: false, isDate: false, ...r });

/**
 * The year of a part of a year named without a digit year: `of last year` is the year before the article's, `of this
 * year` (or `of the year`) the article's; otherwise, when `startMonth` is given, the latest year in which that part
 * had begun by the article's date, else the article's year.
 */
function ofYear(text: string, c: PeriodContext, startMonth?: number): string {
  if (/last year$/i.test(text)) {
    const y = Number(docYear(c));
    return Number.isNaN(y) ? "XXXX" : String(y - 1);
  }
  if (startMonth === undefined || /(?:this|the) year$/i.test(text)) return docYear(c);
  return yearFor(startMonth, c);
}

export const PERIOD_RULES: readonly PeriodRule[] = [
  rule({
    name: "fiscal year ended 31 March 2025",
    pattern: new RegExp(
      `\\b(?:(?:fiscal|financial) )?year (?:ended|ending|to) (?:on )?(?:(\\d{1,2}) )?${MONTH_RE}(?: \\d{1,2})?,? ${Y}`,
      "gi",
    ),
    resolve: (m) => fiscalYear(Number(m[3]), monthNum(m[2]!)),
    anchors: ["ended", "ending", "year to"],
    needsYear: true,
    needsDigit: true,
  }),
  rule({
    name: "fiscal year 2026 (FY2026, fiscal 2026)",
    // With a fiscal year-end the text states (not December), the twelve months ending then; else the calendar year.
    pattern: /(?<!\bQ[1-4]\s{0,4})\b(?:fiscal (?:year )?|financial year |FY ?)((?:19|20)\d\d|\d\d)\b/gi,
    resolve: (m, c) => {
      const y = m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
      if (c.fiscalEndMonth) return fiscalYear(y, c.fiscalEndMonth);
      return m[1]!.length === 4 ? String(y) : null;
    },
    anchors: ["fiscal", "financial year", "\\bfy"],
    needsDigit: true,
  }),
  rule({
    name: "quarter ended 30 June 2022",
    pattern: new RegExp(
      `\\b(?:quarter|three months) (?:ended|ending) (?:(\\d{1,2}) )?${MONTH_RE}(?: \\d{1,2})?,? ${Y}`,
      "gi",
    ),
    resolve: (m) => quarterOf(m[3]!, monthNum(m[2]!)),
    anchors: ["ended", "ending"],
    needsYear: true,
    needsDigit: true,
  }),
  rule({
    name: "ISO date",
    pattern: /\b((?:19|20)\d\d)-(\d{2})-(\d{2})\b/g,
    resolve: (m) => `${m[1]}-${m[2]}-${m[3]}`,
    anchors: "digit",
    lead: 0,
    needsYear: true,
    needsDigit: true,
    isDate: true,
  }),
  rule({
    name: "Month d, YYYY",
    pattern: new RegExp(`\\b${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)?,? ?${Y}\\b`, "g"),
    resolve: (m) => `${m[3]}-${pad(monthNum(m[1]!))}-${pad(Number(m[2]))}`,
    anchors: MON,
    lead: 0,
    needsYear: true,
    needsDigit: true,
    isDate: true,
  }),
  rule({
    name: "d Month YYYY",
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_RE},? ${Y}\\b`, "g"),
    resolve: (m) => `${m[3]}-${pad(monthNum(m[2]!))}-${pad(Number(m[1]))}`,
    anchors: MON,
    // `31st of `
    lead: 8,
    needsYear: true,
    needsDigit: true,
    isDate: true,
  }),
  rule({
    name: "month range (January-September)",
    pattern: new RegExp(`\\b(?:from )?${MONTH_RE} ?(?:-|–|to|through) ?${MONTH_RE}(?:,? (?:of )?${Y})?`, "g"),
    resolve: (m, c) => {
      const a = monthNum(m[1]!);
      const b = monthNum(m[2]!);
      const y = m[3] ?? yearFor(b, c);
      return a < b ? `${y}-${pad(a)}..${y}-${pad(b)}` : null;
    },
    anchors: MON,
    // `from `
    lead: 5,
    needsDigit: true,
  }),
  rule({
    name: "quarter range (Q1-Q3)",
    pattern:
      /\bQ([1-4]) ?(?:-|–|to) ?Q([1-4])(?:,? (?:of )?((?:19|20)\d\d)| [a-z]{2,12}(?: [a-z]{2,12})? in ((?:19|20)\d\d))?/g,
    resolve: (m, c) => {
      const y = m[3] ?? m[4] ?? docYear(c);
      return `${y}-${pad(Number(m[1]) * 3 - 2)}..${y}-${pad(Number(m[2]) * 3)}`;
    },
    anchors: QN,
    needsDigit: true,
  }),
  rule({
    name: "fiscal quarter (Q3 FY22)",
    pattern: /\bQ([1-4])\s{0,4}FY ?(\d{2,4})\b/g,
    resolve: (m) => fiscalQuarter(Number(m[1]), Number(m[2])),
    anchors: ["fy"],
    needsDigit: true,
  }),
  rule({
    name: "Q3 2024",
    pattern: new RegExp(`\\bQ([1-4])(?: of)? ?${Y}\\b`, "g"),
    resolve: (m) => `${m[2]}-Q${m[1]}`,
    anchors: QN,
    needsYear: true,
    needsDigit: true,
  }),
  rule({
    name: "2024 Q3",
    pattern: new RegExp(`\\b${Y} ?Q([1-4])\\b`, "g"),
    resolve: (m) => `${m[1]}-Q${m[2]}`,
    anchors: ["q1", "q2", "q3", "q4"],
    needsYear: true,
    needsDigit: true,
  }),
  rule({
    name: "H1 2025",
    pattern: new RegExp(`\\b(?:H([12]) ?${Y}|${Y} ?H([12]))\\b`, "g"),
    resolve: (m) => `${m[2] ?? m[3]}-H${m[1] ?? m[4]}`,
    anchors: ["h1", "h2"],
    needsYear: true,
    needsDigit: true,
  }),
  rule({
    name: "first three quarters",
    pattern: new RegExp(
      `\\bfirst (three|3|two|2) quarters(?: of (?:the year|this year|last year|${Y}))?`,
      "gi",
    ),
    resolve: (m, c) => {
      const y = m[2] ?? ofYear(m[0], c);
      return `${y}-01..${y}-${pad(num(m[1]!) * 3)}`;
    },
    anchors: ["quarters"],
    needsDigit: true,
  }),
  rule({
    name: "first N months",
    pattern: new RegExp(
      `\\bfirst (two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2}) months(?: of (?:the year|${Y}))?`,
      "gi",
    ),
    resolve: (m, c) => {
      const y = m[2] ?? docYear(c);
      return `${y}-01..${y}-${pad(num(m[1]!))}`;
    },
    anchors: ["months"],
    needsDigit: true,
  }),
  rule({
    name: "first half",
    pattern: new RegExp(`\\b(first|second) half(?: of (?:the year|this year|last year|${Y}))?`, "gi"),
    // Without a year, the latest half that has begun by the article's date (`second half` in February: last year's).
    resolve: (m, c) => `${m[2] ?? ofYear(m[0], c, num(m[1]!) * 6 - 5)}-H${num(m[1]!)}`,
    anchors: ["half"],
  }),
  rule({
    name: "third quarter",
    pattern: new RegExp(
      `\\b(first|second|third|fourth)[- ]quarter(?: of (?:the year|this year|last year|${Y}))?`,
      "gi",
    ),
    resolve: (m, c) => {
      const q = num(m[1]!);
      if (c.fiscalJune && !m[2])
        return quarterFrom(`${c.contextQuarter?.slice(0, 4) ?? "XXXX"}-Q${q > 2 ? q - 2 : q + 2}`, 0);
      // Without a year, the latest such quarter that has begun by the article's date (`fourth-quarter` in February).
      return `${m[2] ?? ofYear(m[0], c, q * 3 - 2)}-Q${q}`;
    },
    anchors: [
      "first quarter",
      "second quarter",
      "third quarter",
      "fourth quarter",
      "st-quarter",
      "nd-quarter",
      "rd-quarter",
      "th-quarter",
    ],
  }),
  rule({
    name: "three months ending June",
    pattern: new RegExp(`\\b(?:three|3) months (?:ending|ended|to)(?: in)? ${MONTH_RE}(?:,? ${Y})?`, "gi"),
    resolve: (m) => quarterOf(m[2] ?? "XXXX", monthNum(m[1]!)),
    anchors: ["months"],
    needsDigit: true,
  }),
  rule({
    name: "June quarter",
    pattern: new RegExp(`\\b${MONTH_RE}(?: ${Y})? quarter\\b`, "g"),
    resolve: (m, c) => {
      const mo = monthNum(m[1]!);
      return quarterOf(m[2] ?? yearFor(mo, c), mo);
    },
    anchors: ["quarter"],
  }),
  rule({
    name: "Q3",
    pattern: /\bQ([1-4])\b/g,
    resolve: (m, c) => `${c.contextQuarter?.slice(0, 4) ?? docYear(c)}-Q${m[1]}`,
    anchors: QN,
    needsDigit: true,
  }),
  rule({
    name: "July of the previous year",
    pattern: new RegExp(`\\b${MONTH_RE},? (?:of )?(?:the )?(?:previous|last|prior) year\\b`, "gi"),
    resolve: (m, c) => {
      const y = c.contextMonth ? Number(c.contextMonth.slice(0, 4)) : Number(docYear(c));
      return Number.isNaN(y) ? null : `${y - 1}-${pad(monthNum(m[1]!))}`;
    },
    anchors: MON,
    alsoAnchors: ["previous year", "last year", "prior year"],
    lead: 0,
  }),
  rule({
    name: "as of March 3",
    pattern: new RegExp(`\\bas of ${MONTH_RE} (\\d{1,2})\\b`, "g"),
    resolve: (m, c) => {
      const mo = monthNum(m[1]!);
      return `${yearFor(mo, c)}-${pad(mo)}-${pad(Number(m[2]))}`;
    },
    anchors: ["as of"],
    needsDigit: true,
    isDate: true,
  }),
  rule({
    name: "March 3",
    pattern: new RegExp(`\\b${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)?(?!\\d|,\\d)\\b`, "g"),
    resolve: (m, c) => {
      const mo = monthNum(m[1]!);
      const d = Number(m[2]);
      if (d < 1 || d > 31) return null;
      return `${yearFor(mo, c)}-${pad(mo)}-${pad(d)}`;
    },
    anchors: MON,
    lead: 0,
    needsDigit: true,
    isDate: true,
  }),
  rule({
    name: "3 March",
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_RE}\\b`, "g"),
    resolve: (m, c) => {
      const mo = monthNum(m[2]!);
      const d = Number(m[1]);
      if (d < 1 || d > 31) return null;
      return `${yearFor(mo, c)}-${pad(mo)}-${pad(d)}`;
    },
    anchors: MON,
    // `31st of `
    lead: 8,
    needsDigit: true,
    isDate: true,
  }),
  rule({
    name: "March 2025",
    pattern: new RegExp(`\\b${MONTH_RE},? ${Y}\\b`, "g"),
    resolve: (m) => `${m[2]}-${pad(monthNum(m[1]!))}`,
    anchors: MON,
    lead: 0,
    needsYear: true,
    needsDigit: true,
  }),
  rule({
    name: "same period in 2023",
    pattern: new RegExp(`\\bsame period (?:in|of) ${Y}`, "gi"),
    resolve: (m) => `same:${m[1]}`,
    anchors: ["same"],
    needsYear: true,
    needsDigit: true,
  }),
  rule({
    name: "same month in 2024",
    pattern: new RegExp(`\\bsame (?:month|period) (?:in|of) ${Y}`, "gi"),
    resolve: (m, c) => {
      const cm = c.contextMonth ? c.contextMonth.slice(5) : null;
      return cm ? `${m[1]}-${cm}` : m[1]!;
    },
    anchors: ["same"],
    needsYear: true,
    needsDigit: true,
  }),
  rule({
    name: "year to date",
    pattern: /\b(?:year[- ]to[- ]date|so far this year|YTD)\b/gi,
    resolve: (_m, c) => {
      const end = c.contextMonth ?? monthFromDoc(c, -1);
      return end ? `${end.slice(0, 4)}-01..${end}` : null;
    },
    anchors: ["to date", "to-date", "ytd", "so far this year"],
  }),
  rule({
    name: "today",
    pattern: /\b(?:today|this morning|this afternoon|at present)\b/gi,
    resolve: (_m, c) => (/^\d{4}-\d{2}-\d{2}$/.test(c.docDate ?? "") ? c.docDate : null),
    anchors: ["today", "this morning", "this afternoon", "at present"],
    isDate: true,
  }),
  rule({
    name: "yesterday",
    pattern: /\byesterday\b/gi,
    resolve: (_m, c) => dayFromDoc(c, -1),
    anchors: ["yesterday"],
    isDate: true,
  }),
  rule({
    name: "last month",
    pattern: /\b(?:last|previous|past) month\b/gi,
    resolve: (_m, c) => monthFromDoc(c, -1),
    anchors: ["last month", "previous month", "past month"],
  }),
  rule({
    name: "this month",
    pattern: /\b(?:this|earlier this|later this|the current) month\b/gi,
    resolve: (_m, c) => monthFromDoc(c, 0),
    anchors: ["this month", "current month"],
  }),
  rule({
    name: "next month",
    pattern: /\bnext month\b/gi,
    resolve: (_m, c) => monthFromDoc(c, 1),
    anchors: ["next month"],
  }),
  rule({
    name: "last week, this week",
    pattern: /\b(?:last|this) week\b/gi,
    resolve: (m, c) => isoWeek(c, m[0].toLowerCase().startsWith("last") ? -1 : 0),
    anchors: ["last week", "this week"],
  }),
  rule({
    name: "previous quarter",
    pattern: /\b(?:previous|prior|last|preceding) quarter\b/gi,
    resolve: (_m, c) => quarterFrom(c.contextQuarter, -1),
    anchors: ["previous quarter", "prior quarter", "last quarter", "preceding quarter"],
  }),
  rule({
    name: "the quarter",
    pattern: /\b(?:the|this|that|current) quarter\b/gi,
    resolve: (_m, c) => c.contextQuarter,
    anchors: ["the quarter", "this quarter", "that quarter", "current quarter"],
  }),
  rule({
    name: "last year",
    pattern: /\b(?:last|previous|past) year\b/gi,
    resolve: (_m, c) => {
      const y = docYear(c);
      return y === "XXXX" ? null : String(Number(y) - 1);
    },
    anchors: ["last year", "previous year", "past year"],
  }),
  rule({
    name: "this year",
    pattern: /\b(?:this|current) year\b/gi,
    resolve: (_m, c) => (docYear(c) === "XXXX" ? null : docYear(c)),
    anchors: ["this year", "current year"],
  }),
  rule({
    name: "full year",
    pattern: /\b(?:full|whole)[- ]year\b/gi,
    // The year the article reports on (its reporting quarter's), else the article's year.
    resolve: (_m, c) => c.contextQuarter?.slice(0, 4) ?? (docYear(c) === "XXXX" ? null : docYear(c)),
    anchors: ["full year", "full-year", "whole year", "whole-year"],
  }),
  rule({
    name: "next year",
    pattern: /\bnext year\b/gi,
    resolve: (_m, c) => (docYear(c) === "XXXX" ? null : String(Number(docYear(c)) + 1)),
    anchors: ["next year"],
  }),
  rule({
    name: "on Monday",
    pattern:
      /(?:\b(?:on|last|this) |(?<=\b(?:said|says|announced|reported|unveiled|disclosed|confirmed) ))(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gi,
    resolve: (m, c) => weekday(m[1]!, c),
    anchors: WEEKDAYS,
    isDate: true,
  }),
  rule({
    name: "in March",
    pattern: new RegExp(
      `\\b(?:in|for|during|since|from|of|by|until|before|after|early|late|mid|end of|in early|in late|in mid-?|since early|since late)[ -]${MONTH_RE}(?!\\w)`,
      "gi",
    ),
    resolve: (m, c) => {
      if (!/^[A-Z]/.test(m[1]!)) return null;
      const mo = monthNum(m[1]!);
      return `${yearFor(mo, c)}-${pad(mo)}`;
    },
    anchors: MON,
    // `since early `
    lead: 12,
  }),
  rule({
    name: "March",
    pattern:
      // `May` alone is a modal verb; `May's` and `May exports` are the month.
      /\b(January|February|March|April|June|July|August|September|October|November|December|May(?=['’]s\b| (?:exports?|imports?|output|production|sales|prices|shipments|data|figures)\b))(?![\w-])/g,
    resolve: (m, c) => {
      const mo = monthNum(m[1]!);
      return `${yearFor(mo, c)}-${pad(mo)}`;
    },
    anchors: MON,
    lead: 0,
  }),
  rule({
    name: "Jan 410 (a month labelling a row)",
    // A month abbreviation right before a numeral labels a row of a flattened series (`Jan 410, Feb 372`); a day
    // after a month (`Jan 15, 2025`) is read as a date by the earlier rules.
    pattern: /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?:? (?=\d)/g,
    resolve: (m, c) => {
      const mo = monthNum(m[1]!);
      return `${yearFor(mo, c)}-${pad(mo)}`;
    },
    anchors: MON,
    lead: 0,
    needsDigit: true,
  }),
  rule({
    name: "year span (2025-2030)",
    pattern: new RegExp(`\\b(?:from )?${Y} ?(?:-|–|through|to|until) ?${Y}\\b`, "g"),
    resolve: (m) => (m[1]! < m[2]! ? `${m[1]}..${m[2]}` : null),
    anchors: "digit",
    // `from `
    lead: 5,
    needsYear: true,
    needsDigit: true,
  }),
  rule({
    name: "2025年",
    pattern: /((?:19|20)\d\d) ?年/g,
    resolve: (m) => m[1]!,
    anchors: ["年"],
    needsYear: true,
    needsDigit: true,
  }),
  rule({
    name: "bare year",
    pattern: /(?<![\d.,$€£¥])\b((?:19|20)\d\d)\b(?![.,]?\d|%| ?(?:tons|tonnes|t\b|units|robots))/g,
    resolve: (m) => m[1]!,
    anchors: "digit",
    lead: 0,
    needsYear: true,
    needsDigit: true,
  }),
  rule({
    name: "2025∗ (garbled emphasis)",
    pattern: /(?<![\dA-Za-z$])((?:19|20)\d\d)(?=[∗*])/g,
    resolve: (m) => m[1]!,
    anchors: ["∗", "*"],
    needsYear: true,
    needsDigit: true,
  }),
  rule({
    name: "in2025 (missing space)",
    pattern: /in((?:19|20)\d\d)\b/g,
    resolve: (m) => m[1]!,
    anchors: ["in19", "in20"],
    needsYear: true,
    needsDigit: true,
  }),
];

for (const r of PERIOD_RULES)
  if (r.needsYear && !r.pattern.source.includes("((?:19|20)\\d\\d)"))
    throw new Error(`period rule "${r.name}" is marked as needing a year but has no year group`);
