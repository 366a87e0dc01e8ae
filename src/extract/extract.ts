/** @module extractArticle: article text (plain, HTML, or with a header block) in; claims and events with evidence spans out. */
import { headerDate, parseArticle } from "./article.ts";
import { type ArticleContext, sentenceClaims } from "./claims.ts";
import { dedupeEvents } from "./event-dedupe.ts";
import { newEventState, sentenceEvents } from "./events.ts";
import { ENTITIES, entryAnchors } from "./lexicon.ts";
import { type NumToken, scanNumbers } from "./numbers.ts";
import { findPeriods, type PeriodContext, type PeriodMention } from "./periods.ts";
import type { Claim, Extraction, ExtractedEvent } from "./schema.ts";
import { type Span, splitSentences } from "./sentences.ts";
import {
  anchorIds,
  anyOf,
  type KeptAnchors,
  keepAnchors,
  restoreAnchors,
  scanAnchors,
  triggerWork,
} from "./triggers.ts";

export { dedupeEvents } from "./event-dedupe.ts";

const MULTIPLIER_IDS = anchorIds(["double", "triple", "quadruple", "fold"]);

/** Work done by the last `extractArticle` call (sentences, numerals, keyword hits): grows linearly with the input. */
export const extractWork = { sentences: 0, tokens: 0, keywordHits: 0, ruleRuns: 0 };

/** Real sentences carry a handful of figures; the cap keeps hostile input (runs of numerals) linear. */
const MAX_TOKENS_PER_SENTENCE = 40;

/** A period parse of a lead sentence and the reporting month and quarter it was made with. */
interface LeadParse {
  periods: PeriodMention[];
  /** The sentence's anchor scan. */
  anchors: KeptAnchors;
  /** The parse read the reporting month or quarter. */
  read: boolean;
  month: string | null;
  quarter: string | null;
}

export interface ExtractOptions {
  /** Article date (YYYY-MM-DD) used to resolve "last month" and weekdays; overrides the header's `date:`. */
  docDate?: string;
}

/** `ENTITIES` with global regexes for counting (built once). */
let entitiesGlobal: [string, RegExp][] | null = null;

function mainEntity(title: string, body: string): string | null {
  for (const [name, re] of ENTITIES) if (re.test(title)) return name;
  entitiesGlobal ??= ENTITIES.map(([name, re]) => [
    name,
    new RegExp(re.source, `${re.flags.replace("g", "")}g`),
  ]);
  let best: string | null = null;
  let bestN = 0;
  const head = body.slice(0, 20000);
  // An entity's regex can match only where one of its anchor words occurs: the others count 0 without a scan.
  const found = scanAnchors(head);
  for (const [name, g] of entitiesGlobal) {
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

/**
 * Extracts claims and events from one article. Offsets (`quote_start`, `quote_end`) refer to the body: the text
 * after the first `\n---\n` when a header block is present, otherwise the whole text; for HTML input, the text
 * extracted from the HTML (tags removed, block tags turned into line breaks, entities decoded).
 * Throws `ExtractInputError` (`input_too_large`) for inputs over `MAX_INPUT_CHARS`.
 */
export function extractArticle(text: string, options: ExtractOptions = {}): Extraction {
  const { header, body, format } = parseArticle(text);
  const docDate = options.docDate ?? headerDate(header.date);
  const sentences = splitSentences(body);
  const tokens = scanNumbers(body);
  const work = { sentences: sentences.length, tokens: 0, keywordHits: 0, ruleRuns: 0 };
  const runsBefore = triggerWork.ruleRuns;
  let fallbackYear: number | null = null;
  for (const t of tokens) {
    if (!t.plainInt) continue;
    const y = t.value ?? 0;
    if (
      t.end - t.start === 4 &&
      y >= 1990 &&
      y <= 2100 &&
      (fallbackYear === null || y > fallbackYear) &&
      y <= 2035
    )
      fallbackYear = y;
  }
  const period: PeriodContext = {
    docDate,
    fallbackYear,
    contextMonth: null,
    contextQuarter: null,
    fiscalJune: /\bFY ?\d{2}\b|\bLynas\b/.test(body) || /\bLynas\b/.test(header.title ?? ""),
  };
  // The lead's period parses are kept for the main pass: a parse that did not read the reporting month or quarter,
  // or read the values they still have, is the parse the main pass would make.
  let ctxRead = false;
  const probe: PeriodContext = {
    docDate,
    fallbackYear,
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
  for (let k = -1; k < sentences.length && k < 60; k++) {
    const s = k < 0 ? null : sentences[k]!;
    const text = s ? body.slice(s.start, s.end) : (header.title ?? "");
    const start = s ? s.start : 0;
    ctxRead = false;
    const cm = period.contextMonth;
    const cq = period.contextQuarter;
    const anchors = scanAnchors(text);
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
  if (!period.contextQuarter && docDate && /^\d{4}-\d{2}/.test(docDate)) {
    const y = Number(docDate.slice(0, 4));
    const q = Math.ceil(Number(docDate.slice(5, 7)) / 3);
    period.contextQuarter = q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
  }
  if (!period.contextQuarter && period.fiscalJune && !docDate) period.contextQuarter = "XXXX-Q2";
  const ctx: ArticleContext = {
    body,
    period,
    australian: /\$US|\bA\$|Australian dollars/.test(body),
    mainEntity: mainEntity(header.title ?? "", body),
    docYear: docDate ? Number(docDate.slice(0, 4)) : null,
  };
  const claims = new ClaimDeduper();
  const events: ExtractedEvent[] = [];
  const eventState = newEventState();
  const state: { lastPeriod: PeriodMention | null; lastPriceUnit: string | null } = {
    lastPeriod: null,
    lastPriceUnit: null,
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
    const found = lp ? restoreAnchors(lp.anchors) : scanAnchors(text);
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
        periods = findPeriods(label, period, from).filter((p) => p.period !== null && !p.isDate);
        sentFound = scanAnchors(text);
        // A bracketed label (`(Q3 FY22:` … `A$262m)`) is a comparison column: its period is not carried on.
        if (periods.length > 0 && label.trimStart().startsWith("(")) restore = state.lastPeriod;
      }
      if (periods.length === 0 && period.contextQuarter && /^\d{4}-Q\d$/.test(period.contextQuarter))
        state.lastPeriod = {
          start: s.start,
          end: s.start,
          text: "",
          period: period.contextQuarter,
          isDate: false,
        };
    }
    const info = { text, found: sentFound, periods };
    if (figures)
      for (const c of sentenceClaims(s, inSentence, ctx, state, info)) {
        if (cell) impliedScale(c, lastCellMoney);
        if (cell && c.currency && c.unit === c.currency) lastCellMoney = c;
        claims.add(c);
      }
    if (restore !== undefined) state.lastPeriod = restore;
    if (!heading) events.push(...sentenceEvents(s, ctx, { ...info, state: eventState }));
    ti = tj;
  }
  work.ruleRuns = triggerWork.ruleRuns - runsBefore;
  Object.assign(extractWork, work);
  const kept = claims.finish();
  const keptEvents = dedupeEvents(events);
  kept.forEach((c, i) => {
    c.id = `c${String(i + 1).padStart(2, "0")}`;
  });
  keptEvents.forEach((e, i) => {
    e.id = `e${String(i + 1).padStart(2, "0")}`;
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
    },
    claims: kept,
    events: keptEvents,
  };
}

/**
 * Implied `m` in tables (README §5): a bare amount in a value cell (`A$327.7)`) right after a cell of the same
 * currency written with `m` (`A$294.5m`) is in millions too.
 */
export function impliedScale(c: Claim, prev: Claim | null): void {
  if (!prev || !c.currency || c.unit !== c.currency || prev.currency !== c.currency) return;
  if (!/\d\s?m$/.test(prev.value_text ?? "") || !/\d$/.test(c.value_text ?? "")) return;
  if (c.value === null || c.value >= 1000) return;
  c.value *= 1e6;
  c.note = "implied m (table)";
}

const isLineStart = (body: string, i: number) => i === 0 || body[i - 1] === "\n";
const isLineEnd = (body: string, i: number) => i >= body.length || body[i] === "\n";

/** A whole short line without sentence punctuation: a headline, section title or teaser link (no events). */
export function isHeading(body: string, s: Span): boolean {
  if (!isLineStart(body, s.start) || !isLineEnd(body, s.end)) return false;
  const text = body.slice(s.start, s.end);
  if (text.length > 140 || /[.!?。:;)"”’…]$/.test(text)) return false;
  let words = 1;
  for (let i = 0; i < text.length; i++) if (text[i] === " ") words++;
  // The first line of the body (the headline), or a short title without figures.
  return words <= 16 && (s.start === 0 || (words <= 6 && !/\d/.test(text)));
}

/** A short line of table-like text (a value cell or a label). */
function isTableCell(body: string, s: Span): boolean {
  return s.end - s.start <= 40 && isLineStart(body, s.start) && isLineEnd(body, s.end);
}

/** Start of the run of short label lines (at most three, blank lines skipped) just above `start`. */
function tableLabelStart(body: string, start: number): number {
  let from = start;
  for (let n = 0; n < 3; n++) {
    let e = from - 1;
    while (e > 0 && (body[e - 1] === "\n" || body[e - 1] === " ")) e--;
    let b = e;
    while (b > 0 && body[b - 1] !== "\n" && e - b <= 40) b--;
    if (e <= b || e - b > 40 || (b > 0 && body[b - 1] !== "\n")) break;
    const line = body.slice(b, e);
    if (/\d[\d,.]*\s?(?:m|bn|%|t|tonnes|REOt)?\)?$/.test(line) && !/FY ?\d{2}|Q[1-4]|20\d\d/.test(line))
      break;
    from = b;
  }
  return from;
}

/**
 * One claim per stated value (README §2): a figure repeated in another sentence (headline, highlight, caption) is
 * kept once. Claims are added in text order; a repeated level is dropped at once (so repeats are not retained),
 * change-only claims are decided at the end, against every change stated in the article.
 */
class ClaimDeduper {
  private readonly seenLevel = new Map<number, Claim[]>();
  /** Kept levels and pending change-only claims, in text order. */
  private readonly out: Claim[] = [];
  /** The last eight claims per change value: repeats sit close together. */
  private readonly byChange = new Map<number, Claim[]>();

  add(c: Claim): void {
    this.note(c, c.change.value);
    for (const ch of c.additional_changes) this.note(c, ch.value);
    if (c.value === null && c.value_min === null) {
      this.out.push(c);
      return;
    }
    // Same value, range, unit and currency: keyed by the number, then compared field by field.
    const v = (c.value ?? c.value_min)!;
    let list = this.seenLevel.get(v);
    if (!list) {
      list = [];
      this.seenLevel.set(v, list);
    }
    const i = list.findIndex(
      (o) =>
        o.value === c.value &&
        o.value_min === c.value_min &&
        o.value_max === c.value_max &&
        o.unit === c.unit &&
        o.currency === c.currency,
    );
    if (i >= 0 && list[i]!.quote_start !== c.quote_start) return;
    if (i >= 0) list[i] = c;
    else list.push(c);
    this.out.push(c);
  }

  finish(): Claim[] {
    return this.out.filter((c) => c.value !== null || c.value_min !== null || !this.changeSeen(c));
  }

  private note(o: Claim, v: number | null): void {
    if (v === null) return;
    const list = this.byChange.get(v);
    if (!list) this.byChange.set(v, [o]);
    else {
      if (list.length === 8) list.shift();
      list.push(o);
    }
  }

  /** A change-only claim whose change is stated with a level (or more fully) elsewhere is a repeat. */
  private changeSeen(c: Claim): boolean {
    return (this.byChange.get(c.change.value ?? Number.NaN) ?? []).some(
      (o) =>
        o !== c &&
        o.quote_start !== c.quote_start &&
        [o.change, ...o.additional_changes].some(
          (ch) =>
            ch.value === c.change.value &&
            (c.change.kind === null || ch.kind === c.change.kind) &&
            (o.value !== null ||
              o.value_min !== null ||
              (ch.kind !== null && c.change.kind === null) ||
              o.quote.length > c.quote.length),
        ),
    );
  }
}
