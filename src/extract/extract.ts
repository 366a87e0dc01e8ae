/** @module extractArticle: article text (plain, HTML, or with a header block) in; claims and events with evidence spans out. */
import { headerDate, parseArticle } from "./article.ts";
import { type ArticleContext, sentenceClaims } from "./claims.ts";
import { sentenceEvents } from "./events.ts";
import { ENTITIES } from "./lexicon.ts";
import { scanNumbers } from "./numbers.ts";
import { findPeriods, type PeriodContext, type PeriodMention } from "./periods.ts";
import type { Claim, Extraction, ExtractedEvent } from "./schema.ts";
import { splitSentences } from "./sentences.ts";

/** Real sentences carry a handful of figures; the cap keeps hostile input (runs of numerals) linear. */
const MAX_TOKENS_PER_SENTENCE = 40;

export interface ExtractOptions {
  /** Article date (YYYY-MM-DD) used to resolve "last month" and weekdays; overrides the header's `date:`. */
  docDate?: string;
}

function mainEntity(title: string, body: string): string | null {
  for (const [name, re] of ENTITIES) if (re.test(title)) return name;
  let best: string | null = null;
  let bestN = 0;
  const head = body.slice(0, 20000);
  for (const [name, re] of ENTITIES) {
    const g = new RegExp(re.source, `${re.flags.replace("g", "")}g`);
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
  const lead = sentences.slice(0, 60);
  for (const s of lead) {
    for (const p of findPeriods(body.slice(s.start, s.end), period, s.start)) {
      if (!period.contextMonth && p.period && /^\d{4}-\d{2}$/.test(p.period)) period.contextMonth = p.period;
      if (
        !period.contextQuarter &&
        p.period &&
        /^(\d{4}|XXXX)-Q\d$/.test(p.period) &&
        !/previous|prior|last/i.test(p.text)
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
  const claims: Claim[] = [];
  const events: ExtractedEvent[] = [];
  const state: { lastPeriod: PeriodMention | null; lastPriceUnit: string | null } = {
    lastPeriod: null,
    lastPriceUnit: null,
  };
  let ti = 0;
  for (const s of sentences) {
    while (ti < tokens.length && tokens[ti]!.start < s.start) ti++;
    let tj = ti;
    while (tj < tokens.length && tokens[tj]!.start < s.end) tj++;
    const inSentence = tokens
      .slice(ti, tj)
      .filter((t) => t.end <= s.end)
      .slice(0, MAX_TOKENS_PER_SENTENCE);
    if (inSentence.length > 0 || /double|triple|fold/i.test(body.slice(s.start, s.end)))
      claims.push(...sentenceClaims(s, inSentence, ctx, state));
    events.push(...sentenceEvents(s, ctx));
    ti = tj;
  }
  const kept = dedupeClaims(claims);
  kept.forEach((c, i) => {
    c.id = `c${String(i + 1).padStart(2, "0")}`;
  });
  events.forEach((e, i) => {
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
    events,
  };
}

/** One claim per stated value (README §2): a figure repeated in another sentence (headline, highlight, caption) is kept once. */
function dedupeClaims(claims: Claim[]): Claim[] {
  const key = (c: Claim) => `${c.value}|${c.value_min}|${c.value_max}|${c.unit}|${c.currency}`;
  const seenLevel = new Map<string, Claim>();
  const out: Claim[] = [];
  const byChange = new Map<number, Claim[]>();
  for (const o of claims)
    for (const ch of [o.change, ...o.additional_changes])
      if (ch.value !== null) byChange.set(ch.value, [...(byChange.get(ch.value) ?? []), o].slice(-8));
  const changeSeen = (c: Claim) =>
    (byChange.get(c.change.value ?? Number.NaN) ?? []).some(
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
  for (const c of claims) {
    if (c.value === null && c.value_min === null) {
      if (!changeSeen(c)) out.push(c);
      continue;
    }
    const prior = seenLevel.get(key(c));
    if (prior && prior.quote_start !== c.quote_start) continue;
    seenLevel.set(key(c), c);
    out.push(c);
  }
  return out;
}
