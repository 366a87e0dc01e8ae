/** @module extractArticle: article text (plain, HTML, or with a header block) in; claims and events with evidence spans out. */
import { ExtractInputError, headerDate, parseArticle } from "./article.ts";
import { articleContext } from "./article-context.ts";
import { ClaimDeduper } from "./claim-dedupe.ts";
import { type ClaimState, sentenceClaims } from "./claims.ts";
import { dedupeEvents } from "./event-dedupe.ts";
import { newEventState, sentenceEvents } from "./events.ts";
import { MULTIPLIER_IDS } from "./multipliers.ts";
import { type NumToken, scanNumbers } from "./numbers.ts";
import { checkedPeriod, isValidDocDate, MAX_YEAR, MIN_YEAR } from "./period-check.ts";
import { findPeriods, type PeriodMention } from "./periods.ts";
import type { Claim, Extraction, ExtractedEvent } from "./schema.ts";
import { Sentence } from "./sentence.ts";
import { splitSentences } from "./sentences.ts";
import { impliedScale, isHeading, isHeadlineLike, isTableCell, tableLabelStart } from "./tables.ts";
import { AnchorScanner, anyOf, restoreAnchors, scanAnchors } from "./triggers.ts";

export { dedupeEvents } from "./event-dedupe.ts";
export { isHeading } from "./tables.ts";

/** Work done by one extraction (sentences, numerals, keyword hits, rule runs): grows linearly with the input. */
export interface ExtractWork {
  sentences: number;
  tokens: number;
  keywordHits: number;
  ruleRuns: number;
  /** Characters the HTML-to-text pass examined (tag scans, skipped scripts, entity decoding); 0 for plain text. */
  htmlChars: number;
}

/** Real sentences carry a handful of figures; the cap keeps hostile input (runs of numerals) linear. */
const MAX_TOKENS_PER_SENTENCE = 40;

export interface ExtractOptions {
  /** Article date (YYYY-MM-DD) used to resolve "last month" and weekdays; overrides the header's `date:`. */
  docDate?: string;
  /** When given, the work done by this extraction is added to it (for linear-time tests and benchmarks). */
  work?: ExtractWork;
}

/**
 * Extracts claims and events from one article. Offsets (`quote_start`, `quote_end`) refer to the body: the text
 * after the first `\n---\n` when a header block is present, otherwise the whole text; for HTML input, the text
 * extracted from the HTML (tags removed, block tags turned into line breaks, entities decoded).
 * Throws `ExtractInputError`: `input_too_large` for inputs over `MAX_INPUT_CHARS`, `invalid_date` for a `docDate` that
 * is not a real day (or month, or year) in range.
 */
export function extractArticle(text: string, options: ExtractOptions = {}): Extraction {
  if (options.docDate !== undefined && !isValidDocDate(options.docDate))
    throw new ExtractInputError(
      "invalid_date",
      `invalid date "${options.docDate}": expected a real day YYYY-MM-DD (or YYYY-MM, YYYY) from ${MIN_YEAR} to ${MAX_YEAR}`,
    );
  const html = { htmlChars: 0 };
  const { header, body, format } = parseArticle(text, html);
  const docDate = options.docDate ?? headerDate(header.date);
  const sentences = splitSentences(body);
  const tokens = scanNumbers(body);
  // Everything an extraction changes is owned by this call: the anchor scanner, the claim state, the work counts.
  const scanner = new AnchorScanner();
  const work: ExtractWork = {
    sentences: sentences.length,
    tokens: 0,
    keywordHits: 0,
    ruleRuns: 0,
    htmlChars: html.htmlChars,
  };
  const { ctx, leadParses } = articleContext(header, body, docDate, tokens, sentences, scanner);
  const period = ctx.period;
  const claims = new ClaimDeduper();
  const events: ExtractedEvent[] = [];
  const eventState = newEventState();
  const state: ClaimState = {
    lastPeriod: null,
    lastPriceUnit: null,
    lastPriceMaterial: null,
    prevSpan: null,
    lastDestination: null,
    lastCell: null,
    lastLevel: null,
    lastMarket: null,
    lastForecastPeriod: null,
    lastImporter: null,
    lastScheme: null,
  };
  let ti = 0;
  let lastCellMoney: Claim | null = null;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    while (ti < tokens.length && tokens[ti]!.start < s.start) ti++;
    let tj = ti;
    while (tj < tokens.length && tokens[tj]!.start < s.end) tj++;
    const inSentence: NumToken[] = [];
    for (let k = ti; k < tj && inSentence.length < MAX_TOKENS_PER_SENTENCE; k++)
      if (tokens[k]!.end <= s.end) inSentence.push(tokens[k]!);
    const text = body.slice(s.start, s.end);
    // One keyword scan per sentence serves the period grammar, the event triggers and the lexicons.
    const lp = si < leadParses.length ? leadParses[si]! : undefined;
    const found = lp ? restoreAnchors(lp.anchors, scanner) : scanAnchors(text, scanner);
    work.keywordHits += found.hits;
    const heading = isHeading(body, s);
    work.tokens += inSentence.length;
    // Sentences without figures need periods only when an event trigger fires (events parse them lazily).
    const figures = inSentence.length > 0 || anyOf(found, MULTIPLIER_IDS);
    let periods: PeriodMention[] | undefined;
    if (figures) {
      periods =
        lp && (!lp.read || (lp.month === period.contextMonth && lp.quarter === period.contextQuarter))
          ? lp.periods
          : findPeriods(text, period, s.start, found);
    }
    let sentFound = found;
    const cell = isTableCell(body, s);
    let restore: PeriodMention | null | undefined;
    if (cell && periods !== undefined && periods.length === 0 && inSentence.length > 0) {
      // Table-like text (PDF extraction): a value cell takes its period from the short label lines just above it,
      // read as one span so that a label split over lines (`(Q3` / `FY22:`) is still recognised.
      const from = tableLabelStart(body, s.start);
      if (from < s.start) {
        const label = body.slice(from, s.start);
        periods = findPeriods(label, period, from, scanAnchors(label, scanner)).filter(
          (p) => p.period !== null && !p.isDate,
        );
        sentFound = scanAnchors(text, scanner);
        // A bracketed label (`(Q3 FY22:` … `A$262m)`) is a comparison column: its period is not carried on.
        if (periods.length > 0 && label.trimStart().startsWith("(")) restore = state.lastPeriod;
      }
      // A bulleted list item (`- China: 431 tonnes`) continues the sentence that introduced the list instead.
      if (
        periods.length === 0 &&
        !/^[-–•*]\s/.test(text) &&
        period.contextQuarter &&
        /^\d{4}-Q\d$/.test(period.contextQuarter)
      )
        state.lastPeriod = {
          start: s.start,
          end: s.start,
          text: "",
          period: period.contextQuarter,
          isDate: false,
        };
    }
    if (figures) {
      const label = cell ? body.slice(tableLabelStart(body, s.start), s.start) : "";
      const sentence = new Sentence(s, text, sentFound, periods!, label);
      const headline = heading || (!cell && isHeadlineLike(body, s));
      for (const c of sentenceClaims(sentence, inSentence, ctx, state)) {
        if (cell) impliedScale(c, lastCellMoney);
        if (cell && c.currency && c.unit === c.currency) lastCellMoney = c;
        claims.add(c, headline);
      }
    }
    if (restore !== undefined) state.lastPeriod = restore;
    state.prevSpan = s;
    events.push(
      ...sentenceEvents(s, ctx, {
        text,
        found: sentFound,
        periods,
        state: eventState,
        heading,
        tokens: inSentence,
      }),
    );
    ti = tj;
  }
  work.ruleRuns = scanner.work.ruleRuns;
  if (options.work) for (const k of Object.keys(work) as (keyof ExtractWork)[]) options.work[k] += work[k];
  const kept = claims.finish();
  const keptEvents = dedupeEvents(events);
  // Periods are range-checked where they are read (`findPeriods`); arithmetic on them (a base a year back, a closing
  // day) is checked once more here, so no output ever names a day or year that does not exist.
  kept.forEach((c, i) => {
    c.id = `c${String(i + 1).padStart(2, "0")}`;
    c.period = checkedPeriod(c.period);
    if (c.change.period !== null) c.change.period = checkedPeriod(c.change.period);
  });
  keptEvents.forEach((e, i) => {
    e.id = `e${String(i + 1).padStart(2, "0")}`;
    e.date = checkedPeriod(e.date);
    e.effective_date = checkedPeriod(e.effective_date);
  });
  return {
    meta: {
      title: header.title ?? null,
      source: header.source ?? null,
      publisher: header.publisher ?? null,
      date: header.date ?? null,
      docDate,
      language: header.language ?? (/[\u4e00-\u9fff]/.test(body.slice(0, 2000)) ? "zh" : "en"),
      format,
      bodyLength: body.length,
      warnings:
        docDate === null && period.fallbackYear === null
          ? [
              {
                code: "no_year",
                message:
                  "no date was given and the article names no year it reports on: months, quarters and weekdays are left without a period; pass --date YYYY-MM-DD",
              },
            ]
          : [],
    },
    claims: kept,
    events: keptEvents,
  };
}
