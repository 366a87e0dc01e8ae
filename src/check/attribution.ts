/** @module Attribution doubts: whether a claim's entity, counterparty and period are what its sentence says, and the other readings. */
import type { Claim } from "../extract/schema.ts";
import { clausesOf, governingPlaces } from "./clauses.ts";
import { claimInterval, entityKey, overlaps, place, samePeriod, seriesKey, squash } from "./compare.ts";
import { isKnownPlace, placesIn } from "./places.ts";
import { priceMaterial } from "./prices.ts";
import type { Attribution, Doubt } from "./verdict.ts";

/** Another way to read the sentence: the claim with a different counterparty (or entity). */
export interface Reading {
  field: "counterparty" | "entity";
  value: string | null;
  label: string;
}

export interface AttributionResult extends Attribution {
  /** Other readings of the sentence that a comparison can be re-run on (empty when the doubts name none). */
  readings: Reading[];
  /** True when `readings` are every other reading (false for a list subject, which may also mean "all together"). */
  complete: boolean;
}

/** What the whole article says about attribution (computed once per article). */
export interface ArticleAttribution {
  /** The entity most claims name in their own sentence; claims inheriting it are not in doubt. */
  dominantEntity: string | null;
  /** The article has a date (header, `--date`), so relative dates and years can be placed. */
  dated: boolean;
  /** Periods without a year (`XXXX`), or the extractor warned that the article names no year. */
  yearless: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Where the claim's number (or, for a change-only claim, its percentage) is written in its quote, or -1. */
export function valueIndex(c: Claim): number {
  const text = c.value_text?.trim();
  if (text) {
    const re = new RegExp(`(?<![\\d.,])${escapeRegExp(text)}(?![\\d]|[.,]\\d)`);
    return re.exec(c.quote)?.index ?? -1;
  }
  if (c.change.value === null) return -1;
  const pct = escapeRegExp(String(Math.abs(c.change.value)));
  const re = new RegExp(`(?<![\\d.,])${pct}\\s?(?:%|per ?cent)`, "i");
  return re.exec(c.quote)?.index ?? -1;
}

/** The text of the clause that holds the claim's number (the whole quote when the number is not found). */
export function clauseOf(c: Claim): string {
  const at = valueIndex(c);
  if (at < 0) return c.quote;
  const k = clausesOf(c.quote).find((x) => x.start <= at && at < x.end);
  return k ? c.quote.slice(k.start, k.end) : c.quote;
}

/** Dates as news writes them: months (also glued to a preceding word by scraping), quarters, halves, years. */
const DATE_WORDS =
  /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![a-z])|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\bQ[1-4]\b|\bH[12]\b|\b(?:first|second|third|fourth) (?:quarter|half)\b|\b(?:19|20)\d{2}\b|\byear[- ]to[- ]date\b|\blast month\b/g;

/** A date phrase that names what a change is compared with ("the same period last year"), not the figure's period. */
const BASE_PHRASE =
  /same (?:period|month|quarter|time) (?:of |in )?(?:last|a|the previous|the prior) year|a year (?:earlier|ago|before)|\b(?:from|than|compared (?:with|to)|versus|vs\.?) (?:the )?(?:same|previous|prior|last|a year)/i;

/** The period text with the words just before it in the quote ("the same period " + "last year"). */
function aroundPeriodText(c: Claim): string {
  const text = c.period_text ?? "";
  const i = c.quote.toLowerCase().indexOf(text.toLowerCase());
  return i < 0 ? text : c.quote.slice(Math.max(0, i - 30), i + text.length);
}

/** A clause that restates the figure before it in other terms. */
const APPOSITION =
  /^[\s,;(–—-]*(?:or|i\.e\.|that is|equivalent to|equal to|representing|accounting for|about|around|nearly|some|roughly|up|down)\b/i;

/** The period was read from another clause of the sentence while the number's own clause names a date. */
function periodClauseDoubt(c: Claim): Doubt | null {
  if (!c.period || !c.period_text) return null;
  const at = valueIndex(c);
  const from = c.quote.toLowerCase().indexOf(c.period_text.toLowerCase());
  if (at < 0 || from < 0) return null;
  const clauses = clausesOf(c.quote);
  const clause = clauses.find((k) => k.start <= at && at < k.end);
  if (!clause || (from >= clause.start && from < clause.end)) return null;
  const own = [...c.quote.slice(clause.start, clause.end).matchAll(DATE_WORDS)].map((m) => m[0]);
  if (own.length)
    return {
      kind: "period_other_clause",
      message: `the clause of ${c.value_text ?? "the figure"} names its own date ("${own[0]}"), but the period ${c.period} was read from "${c.period_text}" in another clause`,
      weight: 0.5,
      blocking: true,
    };
  // A date that stands in another clause with a figure of its own governs that figure, not this one, unless this
  // clause restates that figure ("270,000 t in 2024, or 90% of global output").
  const dated = clauses.find((k) => k.start <= from && from < k.end);
  if (!dated) return null;
  // A date that opens the sentence ("In 2025, ...", "For October ...") governs every clause of it.
  if (/^(?:in|for|during|by|as of|on|throughout|over)?$/i.test(c.quote.slice(0, from).trim())) return null;
  const idx = clauses.indexOf(clause);
  if (clauses.indexOf(dated) === idx - 1 && APPOSITION.test(c.quote.slice(clause.start, clause.end)))
    return null;
  const rest = c.quote
    .slice(dated.start, dated.end)
    .replace(c.quote.slice(from, from + c.period_text.length), " ");
  if (!/\d/.test(rest.replace(DATE_WORDS, " "))) return null;
  return {
    kind: "period_other_clause",
    message: `the period ${c.period} was read from "${c.period_text}", which stands in another clause with a figure of its own; the clause of ${c.value_text ?? "the figure"} names no date`,
    weight: 0.6,
    blocking: true,
  };
}

/** True when the quote names `entity` (a place by any spelling, or an organisation by a distinctive word of its name). */
export function namesEntity(quote: string, entity: string): boolean {
  const p = place(entity);
  if (placesIn(quote).some((m) => m.place === p)) return true;
  const q = quote.toLowerCase();
  const words = entity
    .replace(/\(.*?\)/g, " ")
    .split(/[^A-Za-z0-9\u4e00-\u9fff]+/)
    .filter(
      (w) => w.length >= 3 && !/^(?:the|and|group|company|corp|inc|ltd|limited|co|of|rare|earths?)$/i.test(w),
    );
  if (!words.length) return q.includes(entity.toLowerCase());
  return words.some((w) => q.includes(w.toLowerCase()));
}

/** The entity most often named in its own sentence, whether the article is dated, and how many periods lack a year. */
export function articleAttribution(
  claims: readonly Claim[],
  meta: { date: string | null; docDate: string | null },
  warningCodes: readonly string[] = [],
): ArticleAttribution {
  const counts = new Map<string, number>();
  for (const c of claims)
    if (c.entity && namesEntity(c.quote, c.entity))
      counts.set(entityKey(c.entity), (counts.get(entityKey(c.entity)) ?? 0) + 1);
  const dominantEntity = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const dated = !!(meta.date || meta.docDate);
  const yearless = claims.filter((c) => /XXXX/.test(c.period ?? "")).length;
  return { dominantEntity, dated, yearless: yearless || (warningCodes.includes("no_year") ? 1 : 0) };
}

const YEAR = /\b(?:19|20)\d{2}\b/;

/** The claim's year is missing (`XXXX`) or, in an undated article, not stated in its sentence. */
function yearDoubt(c: Claim, article: ArticleAttribution): Doubt | null {
  if (!c.period) return null;
  if (/XXXX/.test(c.period))
    return {
      kind: "no_year",
      message: `the period ${c.period} has no year: the article names none near it and has no date (pass --date)`,
      weight: 0.3,
      blocking: true,
    };
  if (!article.dated && !YEAR.test(`${c.quote} ${c.period_text ?? ""}`))
    return {
      kind: "no_year",
      message: `the article has no date and the sentence names no year: the year of ${c.period} was taken from elsewhere in the text (pass --date)`,
      weight: 0.5,
      blocking: true,
    };
  return null;
}

const isTrade = (c: Claim) => c.metric_family === "trade";

/** "united states" → "United States" (canonical place keys are lower-case). */
const displayPlace = (p: string) => p.replace(/\b[a-z]/g, (ch) => ch.toUpperCase());

/** Doubts about the place the claim's number belongs to, from the clause the number stands in. */
function placeDoubts(c: Claim): { doubts: Doubt[]; readings: Reading[]; complete?: boolean } {
  const field: Reading["field"] = isTrade(c) ? "counterparty" : "entity";
  const claimed = place(field === "counterparty" ? c.counterparty : c.entity);
  if (field === "entity" && !placesIn(c.entity ?? "").length) return { doubts: [], readings: [] };
  const at = valueIndex(c);
  if (at < 0) return { doubts: [], readings: [] };
  const gov = governingPlaces(c.quote, at);
  const exporter = field === "counterparty" ? place(c.entity) : "";
  let places = gov.places.filter((p) => p !== exporter);
  // "Global" qualifies what an entity's figure is a share of ("90% of global output"); it is not another subject.
  if (places.length > 1 || field === "entity") places = places.filter((p) => p !== "world");
  const label = (p: string) => (p === "world" ? "the world total" : displayPlace(p));
  if (!places.length && gov.how === "clause" && field === "counterparty" && claimed !== "world")
    return {
      doubts: [
        {
          kind: "other_place_in_clause",
          message: `the clause of ${c.value_text ?? "the figure"} names only the exporter ${c.entity}, not ${label(claimed)}: it reads as the total`,
          weight: 0.5,
          blocking: true,
        },
      ],
      readings: [{ field, value: null, label: "counterparty the world total" }],
    };
  if (!places.length || gov.how === "none") return { doubts: [], readings: [] };
  const toValue = (p: string) => (field === "counterparty" && p === "world" ? null : p);
  if (places.length === 1 && places[0] !== claimed) {
    const other = places[0]!;
    const where =
      gov.how === "clause"
        ? "the clause of"
        : gov.how === "parenthesis"
          ? "the parenthesis of"
          : "the sentence before";
    return {
      doubts: [
        {
          kind: "other_place_in_clause",
          message: `${where} ${c.value_text} names ${label(other)}, not ${label(claimed)}`,
          weight: gov.how === "inherited" ? 0.6 : 0.4,
          blocking: true,
        },
      ],
      readings: [{ field, value: toValue(other), label: `${field} ${label(other)}` }],
    };
  }
  if (places.length > 1 && gov.how !== "inherited") {
    return {
      doubts: [
        {
          kind: "list_subject",
          message: `the clause of ${c.value_text} names several places (${places.map(label).join(", ")}): the figure may belong to one of them or to all together`,
          weight: 0.5,
          blocking: true,
        },
      ],
      readings: places
        .filter((p) => p !== claimed)
        .map((p) => ({ field, value: toValue(p), label: `${field} ${label(p)}` })),
      complete: false,
    };
  }
  return { doubts: [], readings: [] };
}

/** What a clause is about (a stage, flow or measure), to tell "70% of mining" from "90% of processing" in one sentence. */
const TOPICS =
  /\b(?:min(?:e|ed|ing)|refin\w*|process\w*|separat\w*|smelt\w*|magnets?|exports?|imports?|demand|consumption|reserves?|capacity|output|production|revenue|profit|attributable|deduct\w*|non-recurring|gross|segment|margin|ebitda)\b/gi;
const topicsOf = (text: string) =>
  new Set([...text.matchAll(TOPICS)].map((m) => m[0].toLowerCase().slice(0, 5)));

/** Two claims of one sentence whose clauses name different things ("mining" and "processing", "attributable" and "deducted") are different series. */
function differentTopics(a: Claim, b: Claim): boolean {
  if (a.quote !== b.quote) return false;
  const x = topicsOf(clauseOf(a));
  const y = topicsOf(clauseOf(b));
  return x.size > 0 && y.size > 0 && (x.size !== y.size || [...x].some((t) => !y.has(t)));
}

/** Another claim of the article with the same series and period but a different value. */
function otherValue(c: Claim, claims: readonly Claim[]): Claim | null {
  const mine = claimInterval(c);
  if (!mine || !c.period) return null;
  const key = seriesKey(c);
  for (const o of claims) {
    if (o === c || o.is_forecast !== c.is_forecast || !samePeriod(o.period, c.period) || seriesKey(o) !== key)
      continue;
    if (c.metric_family === "price" && priceMaterial(o) !== priceMaterial(c)) continue;
    if (differentTopics(c, o)) continue;
    // A claim whose own clause names another place or date is the misread one; it does not put this one in doubt.
    if (placeDoubts(o).doubts.length || periodClauseDoubt(o)) continue;
    const theirs = claimInterval(o);
    if (theirs && !overlaps(mine, theirs, 0.02) && squash(o.value_text) !== squash(c.value_text)) return o;
  }
  return null;
}

/** A subject of its own in a sentence that does not name the claim's entity: a particular mine, company or plant. */
const OTHER_SUBJECT =
  /\b(?:the|its|this|that|a|one)\s+(?:\w+\s+)?(?:mine|miner|company|firm|group|plant|project|refinery|producer|maker|manufacturer|smelter|facility|operation|venture|start-?up|subsidiary|supplier)\b/i;

const WORLD_SUBJECT = /\b(?:global(?:ly)?|worldwide|world(?:'s)?)\b/i;

/** The doubts about one claim's attribution, their combined confidence, and the other readings to compare. */
export function attributionOf(
  c: Claim,
  claims: readonly Claim[],
  article: ArticleAttribution,
): AttributionResult {
  const doubts: Doubt[] = [];
  const year = yearDoubt(c, article);
  if (year) doubts.push(year);
  else if (c.period && c.period_text && BASE_PHRASE.test(aroundPeriodText(c)))
    doubts.push({
      kind: "period_is_base",
      message: `the period ${c.period} was read from "${c.period_text}", which names the comparison base, not the figure's own period`,
      weight: 0.4,
      blocking: true,
    });
  else if (c.period && (!c.period_text || !c.quote.toLowerCase().includes(c.period_text.toLowerCase())))
    doubts.push({
      kind: "period_not_in_sentence",
      message: `the period ${c.period}${c.period_text ? ` ("${c.period_text}")` : ""} is not stated in the sentence; it was taken from elsewhere in the article`,
      weight: 0.7,
      blocking: true,
    });
  else {
    const d = periodClauseDoubt(c);
    if (d) doubts.push(d);
  }
  if (c.entity && !namesEntity(c.quote, c.entity)) {
    const dominant = entityKey(c.entity) === article.dominantEntity;
    // "The mine produced 30,000 t": a sentence with a subject of its own is not about the article's main subject.
    // (Only for a country or bloc: "the company" in a company's article is that company.)
    // "Global mine production rose to 390,000 t": a sentence about the world is not about the article's country.
    const other = isKnownPlace(c.entity)
      ? (OTHER_SUBJECT.exec(c.quote)?.[0] ??
        (place(c.entity) !== "world" ? WORLD_SUBJECT.exec(c.quote)?.[0] : undefined))
      : undefined;
    doubts.push({
      kind: "entity_not_in_sentence",
      message: `the sentence does not name ${c.entity}; it was taken from ${dominant ? "the article's main subject" : "elsewhere in the article"}${other ? `, while the sentence speaks of "${other}"` : ""}`,
      weight: dominant && !other ? 0.9 : 0.6,
      blocking: !dominant || !!other,
    });
  }
  const places = placeDoubts(c);
  doubts.push(...places.doubts);
  const other = otherValue(c, claims);
  if (other)
    doubts.push({
      kind: "other_value_same_key",
      message: `the article also gives ${other.value_text ?? other.value} for the same series and period (${other.id}): at least one of the two is attributed to the wrong entity, destination or period`,
      weight: 0.5,
      blocking: true,
    });
  const confidence = Math.round(doubts.reduce((p, d) => p * d.weight, 1) * 100) / 100;
  // A sentence about the world whose figure was given to the article's country is also read as the world's.
  const worldReading: Reading[] = doubts.some(
    (d) => d.kind === "entity_not_in_sentence" && / speaks of "(?:global|worldwide|world)/i.test(d.message),
  )
    ? [{ field: "entity", value: "World", label: "entity World" }]
    : [];
  return {
    confidence,
    doubts,
    readings: [...places.readings, ...worldReading],
    complete: places.complete ?? true,
  };
}
