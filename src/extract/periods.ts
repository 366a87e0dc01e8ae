/** @module Period grammar: finds period expressions in a sentence and resolves them against the article date. */
import { anchorIds, anyOf, type Found, scanAnchors } from "./triggers.ts";

export interface PeriodContext {
  /** Article date, YYYY-MM-DD, YYYY-MM or YYYY; null when unknown. */
  docDate: string | null;
  /** Year used when a month has no year and the article date is unknown (latest year the text names). */
  fallbackYear: number | null;
  /** The article's reporting month (first month it names), YYYY-MM. */
  contextMonth: string | null;
  /** The article's reporting quarter, YYYY-Qn. */
  contextQuarter: string | null;
  /** The company reports in June fiscal years (Lynas style): Q3 FY22 = 2022-Q1. */
  fiscalJune: boolean;
}

export interface PeriodMention {
  start: number;
  end: number;
  text: string;
  period: string | null;
  /** A day-precision mention (`October 9`, `on Thursday`): a date for events. */
  isDate: boolean;
}

const MONTHS = [
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
const MONTH_RE =
  "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
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
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

const pad = (n: number) => String(n).padStart(2, "0");
const monthNum = (name: string) => {
  const low = name.toLowerCase().replace(".", "");
  return MONTHS.findIndex((m) => m.startsWith(low.slice(0, 3))) + 1;
};
const num = (w: string) => (/^\d+$/.test(w) ? Number(w) : (ORD[w.toLowerCase()] ?? 0));

type DocParts = { y: number | null; m: number | null; d: number | null };
let partsOf: string | null | undefined;
let parts: DocParts = { y: null, m: null, d: null };

/** Year, month and day of the article date (parsed once per distinct date). */
function docParts(ctx: PeriodContext): DocParts {
  if (ctx.docDate === partsOf) return parts;
  partsOf = ctx.docDate;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(ctx.docDate ?? "");
  parts = m
    ? { y: Number(m[1]), m: m[2] ? Number(m[2]) : null, d: m[3] ? Number(m[3]) : null }
    : { y: null, m: null, d: null };
  return parts;
}

function yearFor(month: number, ctx: PeriodContext): string {
  const d = docParts(ctx);
  if (d.y !== null) return String(d.m !== null && month > d.m ? d.y - 1 : d.y);
  return ctx.fallbackYear !== null ? String(ctx.fallbackYear) : "XXXX";
}

function docYear(ctx: PeriodContext): string {
  const d = docParts(ctx);
  if (d.y !== null) return String(d.y);
  return ctx.fallbackYear !== null ? String(ctx.fallbackYear) : "XXXX";
}

function shiftMonth(ctx: PeriodContext, delta: number): string | null {
  const d = docParts(ctx);
  if (d.y === null || d.m === null) return null;
  const t = d.y * 12 + (d.m - 1) + delta;
  return `${Math.floor(t / 12)}-${pad((t % 12) + 1)}`;
}

function quarterOf(y: string, month: number): string {
  return `${y}-Q${Math.ceil(month / 3)}`;
}

function fiscalQuarter(q: number, fy: number): string {
  const y = fy < 100 ? 2000 + fy : fy;
  return q <= 2 ? `${y - 1}-Q${q + 2}` : `${y}-Q${q - 2}`;
}

function shiftQuarter(p: string | null, delta: number): string | null {
  const m = p ? /^(\d{4}|XXXX)-Q([1-4])$/.exec(p) : null;
  if (!m) return null;
  if (m[1] === "XXXX") {
    const q = ((Number(m[2]) - 1 + delta + 40) % 4) + 1;
    return `XXXX-Q${q}`;
  }
  const t = Number(m[1]) * 4 + Number(m[2]) - 1 + delta;
  return `${Math.floor(t / 4)}-Q${(t % 4) + 1}`;
}

function weekday(name: string, ctx: PeriodContext): string | null {
  const d = docParts(ctx);
  if (d.y === null || d.m === null || d.d === null) return null;
  const doc = new Date(Date.UTC(d.y, d.m - 1, d.d));
  const want = WEEKDAYS.indexOf(name.toLowerCase());
  const back = (doc.getUTCDay() - want + 7) % 7;
  const t = new Date(doc.getTime() - back * 86400000);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

function isoWeek(ctx: PeriodContext, deltaWeeks: number): string | null {
  const d = docParts(ctx);
  if (d.y === null || d.m === null || d.d === null) return null;
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d + deltaWeeks * 7));
  const day = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - day + 3);
  const firstThursday = new Date(Date.UTC(t.getUTCFullYear(), 0, 4));
  const week =
    1 +
    Math.round(
      (t.getTime() - firstThursday.getTime()) / 86400000 / 7 -
        ((firstThursday.getUTCDay() + 6) % 7) / 7 +
        3 / 7,
    );
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

type Rule = [RegExp, (m: RegExpExecArray, ctx: PeriodContext) => string | null, boolean?];

const Y = "((?:19|20)\\d\\d)";
const RULES: Rule[] = [
  [
    new RegExp(
      `\\b(?:quarter|three months) (?:ended|ending) (?:(\\d{1,2}) )?${MONTH_RE}(?: \\d{1,2})?,? ${Y}`,
      "gi",
    ),
    (m) => quarterOf(m[3]!, monthNum(m[2]!)),
  ],
  [/\b((?:19|20)\d\d)-(\d{2})-(\d{2})\b/g, (m) => `${m[1]}-${m[2]}-${m[3]}`, true],
  [
    new RegExp(`\\b${MONTH_RE} (\\d{1,2}),? ?${Y}\\b`, "g"),
    (m) => `${m[3]}-${pad(monthNum(m[1]!))}-${pad(Number(m[2]))}`,
    true,
  ],
  [
    new RegExp(`\\b(\\d{1,2}) ${MONTH_RE},? ${Y}\\b`, "g"),
    (m) => `${m[3]}-${pad(monthNum(m[2]!))}-${pad(Number(m[1]))}`,
    true,
  ],
  [
    new RegExp(`\\b(?:from )?${MONTH_RE} ?(?:-|–|to|through) ?${MONTH_RE}(?:,? (?:of )?${Y})?`, "g"),
    (m, c) => {
      const a = monthNum(m[1]!);
      const b = monthNum(m[2]!);
      const y = m[3] ?? yearFor(b, c);
      return a < b ? `${y}-${pad(a)}..${y}-${pad(b)}` : null;
    },
  ],
  [
    /\bQ([1-4]) ?(?:-|–|to) ?Q([1-4])(?:,? (?:of )?((?:19|20)\d\d)| [a-z]{2,12}(?: [a-z]{2,12})? in ((?:19|20)\d\d))?/g,
    (m, c) => {
      const y = m[3] ?? m[4] ?? docYear(c);
      return `${y}-${pad(Number(m[1]) * 3 - 2)}..${y}-${pad(Number(m[2]) * 3)}`;
    },
  ],
  [/\bQ([1-4])\s{0,4}FY ?(\d{2,4})\b/g, (m) => fiscalQuarter(Number(m[1]), Number(m[2]))],
  [new RegExp(`\\bQ([1-4])(?: of)? ?${Y}\\b`, "g"), (m) => `${m[2]}-Q${m[1]}`],
  [new RegExp(`\\b${Y} ?Q([1-4])\\b`, "g"), (m) => `${m[1]}-Q${m[2]}`],
  [new RegExp(`\\b(?:H([12]) ?${Y}|${Y} ?H([12]))\\b`, "g"), (m) => `${m[2] ?? m[3]}-H${m[1] ?? m[4]}`],
  [
    new RegExp(`\\bfirst (three|3|two|2) quarters(?: of (?:the year|${Y}))?`, "gi"),
    (m, c) => {
      const y = m[2] ?? docYear(c);
      return `${y}-01..${y}-${pad(num(m[1]!) * 3)}`;
    },
  ],
  [
    new RegExp(
      `\\bfirst (two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2}) months(?: of (?:the year|${Y}))?`,
      "gi",
    ),
    (m, c) => {
      const y = m[2] ?? docYear(c);
      return `${y}-01..${y}-${pad(num(m[1]!))}`;
    },
  ],
  [
    new RegExp(`\\b(first|second) half(?: of (?:the year|${Y}))?`, "gi"),
    (m, c) => `${m[2] ?? docYear(c)}-H${num(m[1]!)}`,
  ],
  [
    new RegExp(`\\b(first|second|third|fourth) quarter(?: of (?:the year|${Y}))?`, "gi"),
    (m, c) => {
      const q = num(m[1]!);
      if (c.fiscalJune && !m[2])
        return shiftQuarter(`${c.contextQuarter?.slice(0, 4) ?? "XXXX"}-Q${q > 2 ? q - 2 : q + 2}`, 0);
      return `${m[2] ?? docYear(c)}-Q${q}`;
    },
  ],
  [
    new RegExp(`\\b(?:three|3) months (?:ending|ended|to)(?: in)? ${MONTH_RE}(?:,? ${Y})?`, "gi"),
    (m) => quarterOf(m[2] ?? "XXXX", monthNum(m[1]!)),
  ],
  [
    new RegExp(`\\b${MONTH_RE}(?: ${Y})? quarter\\b`, "g"),
    (m, c) => {
      const mo = monthNum(m[1]!);
      return quarterOf(m[2] ?? yearFor(mo, c), mo);
    },
  ],
  [/\bQ([1-4])\b/g, (m, c) => `${c.contextQuarter?.slice(0, 4) ?? docYear(c)}-Q${m[1]}`],
  [
    new RegExp(`\\b${MONTH_RE},? (?:of )?(?:the )?(?:previous|last|prior) year\\b`, "gi"),
    (m, c) => {
      const y = c.contextMonth ? Number(c.contextMonth.slice(0, 4)) : Number(docYear(c));
      return Number.isNaN(y) ? null : `${y - 1}-${pad(monthNum(m[1]!))}`;
    },
  ],
  [
    new RegExp(`\\bas of ${MONTH_RE} (\\d{1,2})\\b`, "g"),
    (m, c) => {
      const mo = monthNum(m[1]!);
      return `${yearFor(mo, c)}-${pad(mo)}-${pad(Number(m[2]))}`;
    },
    true,
  ],
  [
    new RegExp(`\\b${MONTH_RE} (\\d{1,2})(?!\\d|,\\d)\\b`, "g"),
    (m, c) => {
      const mo = monthNum(m[1]!);
      const d = Number(m[2]);
      if (d < 1 || d > 31) return null;
      return `${yearFor(mo, c)}-${pad(mo)}-${pad(d)}`;
    },
    true,
  ],
  [
    new RegExp(`\\b(\\d{1,2}) ${MONTH_RE}\\b`, "g"),
    (m, c) => {
      const mo = monthNum(m[2]!);
      const d = Number(m[1]);
      if (d < 1 || d > 31) return null;
      return `${yearFor(mo, c)}-${pad(mo)}-${pad(d)}`;
    },
    true,
  ],
  [new RegExp(`\\b${MONTH_RE},? ${Y}\\b`, "g"), (m) => `${m[2]}-${pad(monthNum(m[1]!))}`],
  [new RegExp(`\\bsame period (?:in|of) ${Y}`, "gi"), (m) => `same:${m[1]}`],
  [
    new RegExp(`\\bsame (?:month|period) (?:in|of) ${Y}`, "gi"),
    (m, c) => {
      const cm = c.contextMonth ? c.contextMonth.slice(5) : null;
      return cm ? `${m[1]}-${cm}` : m[1]!;
    },
  ],
  [
    /\b(?:year[- ]to[- ]date|so far this year|YTD)\b/gi,
    (_m, c) => {
      const end = c.contextMonth ?? shiftMonth(c, -1);
      return end ? `${end.slice(0, 4)}-01..${end}` : null;
    },
  ],
  [/\b(?:last|previous|past) month\b/gi, (_m, c) => shiftMonth(c, -1)],
  [/\b(?:this|earlier this|later this|the current) month\b/gi, (_m, c) => shiftMonth(c, 0)],
  [/\bnext month\b/gi, (_m, c) => shiftMonth(c, 1)],
  [/\b(?:last|this) week\b/gi, (m, c) => isoWeek(c, m[0].toLowerCase().startsWith("last") ? -1 : 0)],
  [/\b(?:previous|prior|last|preceding) quarter\b/gi, (_m, c) => shiftQuarter(c.contextQuarter, -1)],
  [/\b(?:the|this|that|current) quarter\b/gi, (_m, c) => c.contextQuarter],
  [
    /\b(?:last|previous|past) year\b/gi,
    (_m, c) => {
      const y = docYear(c);
      return y === "XXXX" ? null : String(Number(y) - 1);
    },
  ],
  [/\b(?:this|current) year\b/gi, (_m, c) => (docYear(c) === "XXXX" ? null : docYear(c))],
  [/\bnext year\b/gi, (_m, c) => (docYear(c) === "XXXX" ? null : String(Number(docYear(c)) + 1))],
  [
    /(?:\b(?:on|last|this) |(?<=\b(?:said|says|announced|reported|unveiled|disclosed|confirmed) ))(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gi,
    (m, c) => weekday(m[1]!, c),
    true,
  ],
  [
    new RegExp(
      `\\b(?:in|for|during|since|from|of|by|until|before|after|early|late|mid|end of|in early|in late|in mid-?|since early|since late)[ -]${MONTH_RE}(?!\\w)`,
      "gi",
    ),
    (m, c) => {
      if (!/^[A-Z]/.test(m[1]!)) return null;
      const mo = monthNum(m[1]!);
      return `${yearFor(mo, c)}-${pad(mo)}`;
    },
  ],
  [
    /\b(January|February|March|April|June|July|August|September|October|November|December)(?![\w-])/g,
    (m, c) => {
      const mo = monthNum(m[1]!);
      return `${yearFor(mo, c)}-${pad(mo)}`;
    },
  ],
  [
    new RegExp(`\\b(?:from )?${Y} ?(?:-|–|through|to|until) ?${Y}\\b`, "g"),
    (m) => (m[1]! < m[2]! ? `${m[1]}..${m[2]}` : null),
  ],
  [/((?:19|20)\d\d) ?年/g, (m) => m[1]!],
  [/(?<![\d.,$€£¥])\b((?:19|20)\d\d)\b(?![.,]?\d|%| ?(?:tons|tonnes|t\b|units|robots))/g, (m) => m[1]!],
  [/(?<![\dA-Za-z$])((?:19|20)\d\d)(?=[∗*])/g, (m) => m[1]!],
  [/in((?:19|20)\d\d)\b/g, (m) => m[1]!],
];

/** Month names and abbreviations as whole words (`\bmar\b` does not fire on "market", `\bdec\b` not on "decline"). */
const MON = [
  ...MONTHS,
  ...["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"],
].map((m) => `\\b${m}\\b`);
const DIGIT: string[] = [];
const QN = ["\\bq1", "\\bq2", "\\bq3", "\\bq4"];
/** Anchor words per rule (same order as RULES): a rule runs only when one of its anchors occurs. */
const RULE_ANCHORS: string[][] = [
  ["ended", "ending"], // quarter ended 30 June 2022
  DIGIT, // ISO date
  MON, // Month d, YYYY
  MON, // d Month YYYY
  MON, // month ranges
  QN, // Q1-Q3
  ["fy"], // Q3 FY22
  QN, // Q3 2024
  ["q1", "q2", "q3", "q4"], // 2024 Q3, 2024Q3
  ["h1", "h2"], // H1 2025
  ["quarters"], // first three quarters
  ["months"], // first N months
  ["half"], // first half
  ["first quarter", "second quarter", "third quarter", "fourth quarter"], // third quarter
  ["months"], // three months ending June
  ["quarter"], // June quarter
  QN, // Q3
  MON, // July of the previous year
  ["as of"], // as of March 3
  MON, // March 3
  MON, // 3 March
  MON, // March 2025
  ["same"], // same period in 2023
  ["same"], // same month in 2024
  ["to date", "to-date", "ytd", "so far this year"], // year to date
  ["last month", "previous month", "past month"], // last month
  ["this month", "current month"], // this month
  ["next month"], // next month
  ["last week", "this week"], // last week
  ["previous quarter", "prior quarter", "last quarter", "preceding quarter"], // previous quarter
  ["the quarter", "this quarter", "that quarter", "current quarter"], // the quarter
  ["last year", "previous year", "past year"], // last year
  ["this year", "current year"], // this year
  ["next year"], // next year
  WEEKDAYS, // on Monday
  MON, // in March
  MON, // March
  DIGIT, // 2025-2030
  ["年"], // 2025年
  DIGIT, // bare year
  ["∗", "*"], // 2025∗
  ["in19", "in20"], // in2025
];
if (RULE_ANCHORS.length !== RULES.length) throw new Error("periods: RULE_ANCHORS out of step with RULES");
const RULE_IDS = RULE_ANCHORS.map((a) => (a === DIGIT ? null : anchorIds(a)));
const DIGIT_RULES = RULES.map(([re]) => /\\d|\(\(\?:19\|20\)/.test(re.source));
/**
 * Rules whose pattern requires a year (19xx or 20xx), by index: skipped in sentences that name none.
 */
const YEAR_RULES = RULES.map((_, i) => [0, 1, 2, 3, 7, 8, 9, 21, 22, 23, 37, 38, 39, 40, 41].includes(i));
const YEAR = /(?:19|20)\d\d/;
for (let i = 0; i < RULES.length; i++)
  if (YEAR_RULES[i] && !RULES[i]![0].source.includes("((?:19|20)\\d\\d)"))
    throw new Error(`periods: rule ${i} is marked as needing a year but has no year group`);

/**
 * Finds period expressions in `text` (a sentence), non-overlapping, earlier rules first. `found` is the set of
 * anchor words present in `text` (`scanAnchors(text)`); computed when omitted.
 */
export function findPeriods(text: string, ctx: PeriodContext, offset = 0, found?: Found): PeriodMention[] {
  const hasDigit = /\d/.test(text);
  found ??= scanAnchors(text);
  if (!hasDigit && found.hits === 0) return [];
  const hasYear = hasDigit && YEAR.test(text);
  const taken: number[] = [];
  const out: PeriodMention[] = [];
  const overlaps = (a: number, b: number) => {
    for (let i = 0; i < taken.length; i += 2) if (a < taken[i + 1]! && b > taken[i]!) return true;
    return false;
  };
  for (let r = 0; r < RULES.length; r++) {
    if (!hasDigit && DIGIT_RULES[r]) continue;
    if (!hasYear && YEAR_RULES[r]) continue;
    const ids = RULE_IDS[r]!;
    if (ids === null ? !hasDigit : !anyOf(found, ids)) continue;
    const [re, resolve, isDate] = RULES[r]!;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const s = m.index;
      const e = s + m[0].length;
      if (overlaps(s, e)) continue;
      const period = resolve(m, ctx);
      taken.push(s, e);
      out.push({ start: offset + s, end: offset + e, text: m[0], period, isDate: Boolean(isDate) });
    }
  }
  out.sort((a, b) => a.start - b.start);
  // "the same period in 2023": the span of the preceding period of this sentence, in that year.
  for (let i = 0; i < out.length; i++) {
    const p = out[i]!;
    if (!p.period?.startsWith("same:")) continue;
    const y = p.period.slice(5);
    const prev = out
      .slice(0, i)
      .reverse()
      .find((q) => q.period && !q.period.startsWith("same:") && /^\d{4}-/.test(q.period));
    p.period = prev?.period ? prev.period.replace(/\d{4}/g, y) : y;
  }
  return out;
}
