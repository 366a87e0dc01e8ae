/**
 * @module What an article says about itself before its sentences are read: the year to fall back on, the reporting
 * month and quarter (from the title and lead), the fiscal convention, the currency convention and the main entity.
 */
import type { ArticleContext } from "./context.ts";
import { anchorWords, ENTITIES, findCanonical, isPublicBody, MATERIALS } from "./lexicon.ts";
import type { NumToken } from "./numbers.ts";
import { findOrganisations, known, type Organisations } from "./organisations.ts";
import { findPeriods, type PeriodContext, type PeriodMention } from "./periods.ts";
import { MONTH_RE, monthNum } from "./period-helpers.ts";
import type { Span } from "./sentences.ts";
import { type AnchorScanner, type KeptAnchors, keepAnchors, scanAnchors } from "./triggers.ts";

/** A period parse of a lead sentence and the reporting month and quarter it was made with. */
export interface LeadParse {
  periods: PeriodMention[];
  /** The sentence's anchor scan. */
  anchors: KeptAnchors;
  /** The parse read the reporting month or quarter. */
  read: boolean;
  month: string | null;
  quarter: string | null;
}

/**
 * Australian-convention copy, where a bare `$` is AUD: US dollars written `$US`, or `A$` and `US$` both written, or
 * Australian dollars named without `A$`. Copy that writes `A$` and a bare `$` but never `US$` (wire style) has `$` =
 * USD.
 */
function australianConvention(body: string): boolean {
  if (body.includes("$US")) return true;
  return /\bA\$/.test(body) ? body.includes("US$") : body.includes("Australian dollars");
}
/**
 * Fiscal reporting: `FY25`, fiscal or financial year, quarters named by their closing month (`December quarter`). In
 * Australian-convention copy the fiscal year ends in June (the statutory year).
 */
/** A fiscal year-end the text states: `fiscal year ended 31 March 2025`, `financial year ending June 30`. */
const FISCAL_END = new RegExp(
  `\\b(?:fiscal|financial) year (?:ended|ending|to) (?:on )?(?:\\d{1,2} )?${MONTH_RE}`,
  "i",
);

/** The month the article's fiscal year ends in, when it states one other than December; else null. */
function fiscalEndMonth(text: string): number | null {
  const m = FISCAL_END.exec(text);
  if (!m) return null;
  const month = monthNum(m[1]!);
  return month === 12 ? null : month;
}

const FISCAL_CUE =
  /\bFY ?\d{2}\b|\bfiscal (?:year|quarter|first|second|third|fourth)\b|\bfinancial year\b|\b(?:March|June|September|December) quarter\b|\bquarter ended \d{1,2} June\b/i;

/** Words before a period that make it a comparison reference rather than the period reported on. */
const REFERENCE_BEFORE = /\b(?:since|from|than in|than|compared (?:to|with))(?:\s+the)?\s*$/i;

/** How many sentences of the lead are read for the reporting month and quarter. */
const LEAD_SENTENCES = 60;

/** `ENTITIES` with global regexes for counting mentions. */
const ENTITIES_GLOBAL: [string, RegExp][] = ENTITIES.map(([name, re]) => [
  name,
  new RegExp(re.source, `${re.flags.replace("g", "")}g`),
]);

/**
 * Lexicon entities with aliases in another script or in digits (`金力永磁`, `300748`), with those aliases' anchor
 * words and their global patterns.
 */
const OTHER_SCRIPT: [string, RegExp, string[]][] = ENTITIES_GLOBAL.map(
  ([n, g]): [string, RegExp, string[]] => [n, g, anchorWords(n).filter((w) => !/^[a-z]/.test(w))],
).filter(([, , ws]) => ws.length > 0);

/** Where a recognised organisation's name is written in a title (as a word). */
const inText = (text: string, name: string) => {
  const i = text.indexOf(name);
  return i >= 0 && !/\w/.test(text[i - 1] ?? "") && !/\w/.test(text[i + name.length] ?? "");
};

/**
 * The company the article is about: the company named in the title (a lexicon company, else a recognised one), else
 * the company named most often, and at least twice, in the first 20,000 characters; a public body
 * (a ministry, a department) only when no company is named at all.
 */
export function mainEntity(title: string, body: string, orgs: Organisations): string | null {
  const inTitle = ENTITIES.filter(([, re]) => re.test(title)).map(([name]) => name);
  const titleCompany = inTitle.find((n) => !isPublicBody(n));
  if (titleCompany) return titleCompany;
  const company = (n: string) => orgs.role.get(n) === "company";
  for (const m of orgs.mentions)
    if (
      company(m.name) &&
      (inText(title, m.name) || inText(title, body.slice(m.start, m.end))) &&
      !known(m.name)
    )
      return m.name;
  // Lexicon entities counted over the capitalised runs of the head (`organisations.ts`); names written otherwise
  // (`金力永磁`, a stock code) are counted directly.
  const counts = new Map<string, number>(orgs.lexiconCount);
  const head = body.slice(0, 20000);
  for (const [name, g, words] of OTHER_SCRIPT) {
    if (!words.some((w) => head.includes(w))) continue;
    g.lastIndex = 0;
    counts.set(name, head.match(g)?.length ?? 0);
  }
  // A company named once in passing (`… such as Tesla`) is not what the article is about.
  for (const [name, n] of counts) if (n < 2 && !(n === 1 && isPublicBody(name))) counts.delete(name);
  const best = (names: string[]) =>
    names.reduce<string | null>(
      (b, n) => (b === null || (counts.get(n) ?? 0) > (counts.get(b) ?? 0) ? n : b),
      null,
    );
  // Recognised companies named twice or more; one that holds a lexicon name is the lexicon's (counted above).
  for (const [name, n] of orgs.count)
    if (company(name) && n >= 2 && !counts.has(name) && !known(name)) counts.set(name, n);
  const companies = (names: string[]) =>
    names.filter((n) => !isPublicBody(n) && orgs.role.get(n) !== "public");
  // Else a company that opens the article as the subject of its first sentence (`X reported fourth-quarter revenue
  // of …`): a report is about its lead's subject even when it names it once.
  const lead = () => {
    const leadEnd = body.slice(0, 400).search(/[.!?](?:\s|$)|\n/);
    for (const m of orgs.mentions) {
      if (m.start >= 80 || (leadEnd >= 0 && m.start >= leadEnd)) break;
      if (company(m.name) && !known(m.name)) return m.name;
    }
    return null;
  };
  return (
    companies(inTitle)[0] ??
    best(companies([...counts.keys()])) ??
    lead() ??
    inTitle[0] ??
    best([...counts.keys()])
  );
}

/** Words before a year that make it a target, a start or a forecast, not the year the article reports on. */
const NOT_REPORT_YEAR =
  /\b(?:by|until|till|through|since|expected|expects|will|projected|forecast|target|operational|online)\b[^.;\n]{0,24}$|\bto (?:be )?[a-z]+(?: [a-z]+)? (?:in|by) $/i;

/**
 * The year to give a month or quarter named without one when the article date is unknown: the latest plausible year
 * (1990–2035) of the title, else of the body, that is not a target, start or forecast year (`by 2030`, `since 2022`,
 * `expected to come online in 2028`). Null when there is none: periods then stay null (no `XXXX`).
 */
export function fallbackYearOf(tokens: NumToken[], body: string, title: string): number | null {
  const latest = (years: number[]) => (years.length ? Math.max(...years) : null);
  const titleYears = [...title.matchAll(/\b(?:19|20)\d\d\b/g)]
    .filter((m) => !NOT_REPORT_YEAR.test(title.slice(Math.max(0, m.index - 40), m.index)))
    .map((m) => Number(m[0]))
    .filter((y) => y >= 1990 && y <= 2035);
  if (titleYears.length) return latest(titleYears);
  const years: number[] = [];
  for (const t of tokens) {
    if (!t.plainInt || t.end - t.start !== 4) continue;
    const y = t.value ?? 0;
    if (y < 1990 || y > 2035) continue;
    if (NOT_REPORT_YEAR.test(body.slice(Math.max(0, t.start - 40), t.start))) continue;
    years.push(y);
  }
  return latest(years);
}

/** The period context as the lead is read with it: notes whether a parse read the reporting month or quarter. */
class LeadProbe implements PeriodContext {
  read = false;
  readonly docDate: string | null;
  readonly fallbackYear: number | null;
  readonly fiscalJune: boolean;
  readonly fiscalEndMonth: number | null;
  parts?: PeriodContext["parts"];
  constructor(private readonly period: PeriodContext) {
    this.docDate = period.docDate;
    this.fallbackYear = period.fallbackYear;
    this.fiscalJune = period.fiscalJune;
    this.fiscalEndMonth = period.fiscalEndMonth ?? null;
  }
  get contextMonth(): string | null {
    this.read = true;
    return this.period.contextMonth;
  }
  set contextMonth(_v: string | null) {}
  get contextQuarter(): string | null {
    this.read = true;
    return this.period.contextQuarter;
  }
  set contextQuarter(_v: string | null) {}
}

/**
 * Reads the reporting month and quarter from the title and the lead (the first month and the first quarter named,
 * not in brackets, which hold comparison columns; `explicit.quarter` gets the quarter the title or lead names, not one
 * inferred from the article date), and returns the lead's period parses for reuse by the main pass:
 * a parse that did not read the reporting month or quarter, or read the values they still have, is the parse the
 * main pass would make.
 */
export function readLead(
  title: string,
  body: string,
  sentences: Span[],
  period: PeriodContext,
  scanner: AnchorScanner,
  explicit: { quarter: string | null } = { quarter: null },
): LeadParse[] {
  const probe = new LeadProbe(period);
  const leadParses: LeadParse[] = [];
  for (let k = -1; k < sentences.length && k < LEAD_SENTENCES; k++) {
    const s = k < 0 ? null : sentences[k]!;
    const text = s ? body.slice(s.start, s.end) : title;
    const start = s ? s.start : 0;
    probe.read = false;
    const cm = period.contextMonth;
    const cq = period.contextQuarter;
    const anchors = scanAnchors(text, scanner);
    const kept = s ? keepAnchors(anchors) : null;
    const found = findPeriods(text, probe, start, anchors);
    if (kept) leadParses.push({ periods: found, anchors: kept, read: probe.read, month: cm, quarter: cq });
    for (const p of found) {
      // A bracketed period is a comparison base (`(Q3 FY22: A$262m)`), not the reporting period; nor is a reference
      // (`the highest since the June 2023 quarter`, `up from May`).
      if (text[p.start - start - 1] === "(") continue;
      if (REFERENCE_BEFORE.test(text.slice(Math.max(0, p.start - start - 12), p.start - start))) continue;
      if (!period.contextMonth && p.period && /^\d{4}-\d{2}$/.test(p.period)) period.contextMonth = p.period;
      if (
        !period.contextQuarter &&
        p.period &&
        /^(\d{4}|XXXX)-Q\d$/.test(p.period) &&
        !/previous|prior|last/i.test(p.text) &&
        // A bare `Q3` takes its year from this very context: it cannot set the reporting quarter.
        !/^\(?Q\d$/.test(p.text.trim())
      )
        period.contextQuarter = p.period;
    }
    if (period.contextMonth && period.contextQuarter) break;
  }
  const docDate = period.docDate;
  explicit.quarter =
    period.contextQuarter && /^\d{4}-Q\d$/.test(period.contextQuarter) ? period.contextQuarter : null;
  if (!period.contextQuarter && docDate && /^\d{4}-\d{2}/.test(docDate)) {
    // A dated report without a quarter of its own reports on the quarter before its date.
    const y = Number(docDate.slice(0, 4));
    const q = Math.ceil(Number(docDate.slice(5, 7)) / 3);
    period.contextQuarter = q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
  }
  if (!period.contextQuarter && period.fiscalJune && !docDate) period.contextQuarter = "XXXX-Q2";
  return leadParses;
}

/** The article context: period context (with the lead read), currency convention and main entity. */
export function articleContext(
  header: Record<string, string>,
  body: string,
  docDate: string | null,
  tokens: NumToken[],
  sentences: Span[],
  scanner: AnchorScanner,
): { ctx: ArticleContext; leadParses: LeadParse[] } {
  const title = header.title ?? "";
  const australian = australianConvention(body);
  const period: PeriodContext = {
    docDate,
    // Needed only to date undated text.
    fallbackYear: docDate === null ? fallbackYearOf(tokens, body, title) : null,
    contextMonth: null,
    contextQuarter: null,
    fiscalJune: australian && (FISCAL_CUE.test(title) || FISCAL_CUE.test(body.slice(0, 20000))),
    fiscalEndMonth: fiscalEndMonth(`${title}\n${body.slice(0, 20000)}`),
  };
  const explicit = { quarter: null as string | null };
  const leadParses = readLead(title, body, sentences, period, scanner, explicit);
  // The main entity and the organisations are found when first asked for (many articles never need them: every
  // figure names its own).
  let main: string | null | undefined;
  let orgs: Organisations | undefined;
  const ctx: ArticleContext = {
    body,
    period,
    australian,
    reportingQuarter: explicit.quarter,
    titleMaterial: findCanonical(MATERIALS, title)?.name ?? null,
    get organisations() {
      orgs ??= findOrganisations(body);
      return orgs;
    },
    get mainEntity() {
      if (main === undefined) main = mainEntity(title, body, ctx.organisations);
      return main;
    },
    docYear: docDate ? Number(docDate.slice(0, 4)) : null,
  };
  return { ctx, leadParses };
}
