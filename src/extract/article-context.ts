/**
 * @module What an article says about itself before its sentences are read: the year to fall back on, the reporting
 * month and quarter (from the title and lead), the fiscal convention, the currency convention and the main entity.
 */
import type { ArticleContext } from "./context.ts";
import { ENTITIES, entryAnchors } from "./lexicon.ts";
import type { NumToken } from "./numbers.ts";
import { findPeriods, type PeriodContext, type PeriodMention } from "./periods.ts";
import type { Span } from "./sentences.ts";
import { type AnchorScanner, anyOf, type KeptAnchors, keepAnchors, scanAnchors } from "./triggers.ts";

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

/** How many sentences of the lead are read for the reporting month and quarter. */
const LEAD_SENTENCES = 60;

/** `ENTITIES` with global regexes for counting mentions. */
const ENTITIES_GLOBAL: [string, RegExp][] = ENTITIES.map(([name, re]) => [
  name,
  new RegExp(re.source, `${re.flags.replace("g", "")}g`),
]);

/** The entity named in the title, else the one named most often in the first 20,000 characters. */
export function mainEntity(title: string, body: string, scanner: AnchorScanner): string | null {
  for (const [name, re] of ENTITIES) if (re.test(title)) return name;
  let best: string | null = null;
  let bestN = 0;
  const head = body.slice(0, 20000);
  // An entity's regex can match only where one of its anchor words occurs: the others count 0 without a scan.
  const found = scanAnchors(head, scanner);
  for (const [name, g] of ENTITIES_GLOBAL) {
    if (!anyOf(found, entryAnchors(name))) continue;
    g.lastIndex = 0;
    const n = head.match(g)?.length ?? 0;
    if (n > bestN) {
      best = name;
      bestN = n;
    }
  }
  return best;
}

/** The latest plausible year (1990–2035) written as a plain four-digit number in the text. */
export function fallbackYearOf(tokens: NumToken[]): number | null {
  let year: number | null = null;
  for (const t of tokens) {
    if (!t.plainInt) continue;
    const y = t.value ?? 0;
    if (t.end - t.start === 4 && y >= 1990 && y <= 2035 && (year === null || y > year)) year = y;
  }
  return year;
}

/**
 * Reads the reporting month and quarter from the title and the lead (the first month and the first quarter named,
 * not in brackets, which hold comparison columns), and returns the lead's period parses for reuse by the main pass:
 * a parse that did not read the reporting month or quarter, or read the values they still have, is the parse the
 * main pass would make.
 */
export function readLead(
  title: string,
  body: string,
  sentences: Span[],
  period: PeriodContext,
  scanner: AnchorScanner,
): LeadParse[] {
  let ctxRead = false;
  const probe: PeriodContext = {
    docDate: period.docDate,
    fallbackYear: period.fallbackYear,
    fiscalJune: period.fiscalJune,
    get contextMonth() {
      ctxRead = true;
      return period.contextMonth;
    },
    set contextMonth(_v) {},
    get contextQuarter() {
      ctxRead = true;
      return period.contextQuarter;
    },
    set contextQuarter(_v) {},
  };
  const leadParses: LeadParse[] = [];
  for (let k = -1; k < sentences.length && k < LEAD_SENTENCES; k++) {
    const s = k < 0 ? null : sentences[k]!;
    const text = s ? body.slice(s.start, s.end) : title;
    const start = s ? s.start : 0;
    ctxRead = false;
    const cm = period.contextMonth;
    const cq = period.contextQuarter;
    const anchors = scanAnchors(text, scanner);
    const kept = s ? keepAnchors(anchors) : null;
    const found = findPeriods(text, probe, start, anchors);
    if (kept) leadParses.push({ periods: found, anchors: kept, read: ctxRead, month: cm, quarter: cq });
    for (const p of found) {
      // A bracketed period is a comparison base (`(Q3 FY22: A$262m)`), not the reporting period.
      if (text[p.start - start - 1] === "(") continue;
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
  const period: PeriodContext = {
    docDate,
    fallbackYear: fallbackYearOf(tokens),
    contextMonth: null,
    contextQuarter: null,
    fiscalJune: /\bFY ?\d{2}\b|\bLynas\b/.test(body) || /\bLynas\b/.test(title),
  };
  const leadParses = readLead(title, body, sentences, period, scanner);
  const ctx: ArticleContext = {
    body,
    period,
    australian: /\$US|\bA\$|Australian dollars/.test(body),
    mainEntity: mainEntity(title, body, scanner),
    docYear: docDate ? Number(docDate.slice(0, 4)) : null,
  };
  return { ctx, leadParses };
}
