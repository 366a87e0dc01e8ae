/**
 * @module Step 1 of a sentence's claims: its numerals become value mentions, with unit, currency, bound, hedge and
 * value class; percentages next to a change word become changes. Numerals that are not measurements (years, dates,
 * durations, identifiers, purities) are skipped.
 */
import type { ClaimState } from "./context.ts";
import { CAGR_WORDS, DOWN_WORDS, UP_WORDS } from "./lexicon.ts";
import type { Mention } from "./mention.ts";
import type { ValueClass } from "./metrics.ts";
import type { NumToken } from "./numbers.ts";
import { type CurrencyHit, currencyBefore, unitAfter } from "./quantities.ts";
import { BASE_BEFORE, qualify } from "./qualifiers.ts";
import type { Sentence } from "./sentence.ts";
import { anchorIds, anyOf } from "./triggers.ts";

/** Anchors of BASE_BEFORE, SKIP_BEFORE: a sentence without any of them skips that pattern. */
const BASE_IDS = anchorIds(["from", "compared", "than", "versus", "vs", "against"]);
const SKIP_IDS = anchorIds([
  "declaration",
  "decree",
  "announcement",
  "no.",
  "article",
  "hs",
  "code",
  "section",
  "page",
  "stage",
  "phase",
  "series",
  "item",
  "order",
  "circular",
  "rule",
  "notice",
  "version",
  "since",
]);
/** Anchors of CAGR_WORDS. */
const CAGR_IDS = anchorIds(["cagr", "compound annual growth", "annual growth rate", "年复合", "复合增速"]);
/** Anchors of the count nouns that `unitAfter` reads (`robots`, `vehicles`, `companies`, …). */
const COUNT_IDS = anchorIds([
  "magnet",
  "motors",
  "pieces",
  "robot",
  "vehicles",
  "cars",
  "units",
  "evs",
  "nevs",
  "turbines",
  "companies",
  "firms",
  "subsidiaries",
  "stoppages",
  "plants",
  "factories",
  "partners",
  "projects",
  "applications",
  "licences",
  "licenses",
  "permits",
]);

/** Identifiers before a numeral (`Declaration 61`, `HS 8505`, `since 2020`): not measurements. */
const SKIP_BEFORE =
  /(?:Declaration|Decree|Announcement|No\.|Article|HS|code|Section|page|Stage|Phase|Series|Item|Order|Circular|Rule|Notice|version|since)\s*$/i;
/** Durations, ordinals and times after a numeral. */
const DURATION_AFTER =
  /^[- ]?(?:years?|months?|weeks?|days?|hours?|minutes?|year-old|-year|-month|-day|-week|consecutive|th|st|nd|rd|am|pm|a\.m|p\.m)\b/i;
/** A purity or grade (`99.5% praseodymium oxide`): part of the material, not a figure. */
const PURITY_AFTER = /^\s?(?:pure|purity|praseodymium|neodymium|dysprosium|terbium|oxide|metal|NdPr|PrNd)/i;
/** A product specification before a percentage (`efficiency exceeding 95%`): not a figure of the industry. */
const SPEC_BEFORE =
  /\befficienc(?:y|ies)\s+(?:of\s+|exceeding\s+|above\s+|over\s+|of up to\s+|reaching\s+)?$/i;
/** Words of a sentence where a bare `billion`/`million` amount is money whose symbol was lost in garbling. */
const MONEY_CONTEXT = /market|fund|award|invest|valued|revenue|grant|loan/i;
const UP_G = new RegExp(UP_WORDS.source, `${UP_WORDS.flags}g`);
const DOWN_G = new RegExp(DOWN_WORDS.source, `${DOWN_WORDS.flags}g`);

/**
 * A unit declared for a list rather than for each figure, as flattened tables do: a caption in brackets or after a
 * comma ending in `)` or `:` (`Top destinations (tonnes, change y/y): Germany 1,120; …`, `imports from X, tonnes:
 * Jan 410, …`). The unit word must not follow a numeral (then it is that numeral's unit).
 */
const CAPTION_UNIT =
  /(?:[(,;]\s*|\bin\s+)(metric tons|metric tonnes|tonnes|tons|kilograms|kg)\b[^()\d:.]{0,30}[):]/gi;
/** Characters looked back from a bare numeral for a list caption (within its line). */
const CAPTION_REACH = 400;

/** The unit a list caption before `at` (in the same line) gives bare numerals: `t`, `kg`, or null. */
export function captionUnit(body: string, at: number): { unit: string; end: number } | null {
  // A bounded window (the line is cut at CAPTION_REACH), so the cost per numeral is constant.
  const window = body.slice(Math.max(0, at - CAPTION_REACH), at);
  const line = window.slice(window.lastIndexOf("\n") + 1);
  let found: { unit: string; end: number } | null = null;
  for (const m of line.matchAll(CAPTION_UNIT))
    found = { unit: /^k/i.test(m[1]!) ? "kg" : "t", end: m.index + m[0].length };
  return found;
}

/** A comparison word right before a percentage (`up from 0.3%`): the percentage is the base level. */
const BASE_RIGHT_BEFORE =
  /\b(?:from|than|versus|vs\.?|compared (?:to|with))\s+(?:about |around |roughly |nearly )?$/i;

/** End offset of the last match of a global regex in `s`, -1 if none. */
function lastMatch(g: RegExp, s: string): number {
  g.lastIndex = 0;
  let last = -1;
  for (let m = g.exec(s); m !== null; m = g.exec(s)) {
    last = m.index + m[0].length;
    if (m[0].length === 0) g.lastIndex++;
  }
  return last;
}

/** A table label of growth rates (`Projected Growth CAGR (2026-2033) |`, `Historical Market Growth (2020-2025)`). */
const GROWTH_LABEL = /\bgrowth\b|\bCAGR\b|增速|增长率/i;

/** A percentage under a growth label is a change: compound when the label says so or spans years. */
function growthCell(m: Mention, label: string): void {
  m.isChange = true;
  m.cls = "change";
  m.direction = "up";
  if (/\bCAGR\b|compound|(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d/i.test(label)) m.kind = "cagr";
}

/** The value mentions of a sentence's numerals, in text order. */
/** `v` times `factor` (null stays null). */
const scaled = (v: number | null, factor: number) => (v === null || factor === 1 ? v : v * factor);

export function findValues(
  sentence: Sentence,
  tokens: NumToken[],
  body: string,
  australian: boolean,
  state: ClaimState,
): Mention[] {
  const { found, periods, text } = sentence;
  const maybe = {
    base: anyOf(found, BASE_IDS),
    skip: anyOf(found, SKIP_IDS),
    count: anyOf(found, COUNT_IDS),
    cagr: anyOf(found, CAGR_IDS),
  };
  const mentions: Mention[] = [];
  let prevEnd = sentence.span.start;
  for (const tok of tokens) {
    if (tok.isDateLike) continue;
    const before = body.slice(Math.max(prevEnd, tok.start - 60), tok.start);
    const m = readValue(tok, before, body, text, australian, periods, state, maybe);
    if (!m) continue;
    if (sentence.label && m.cls === "percent" && GROWTH_LABEL.test(sentence.label))
      growthCell(m, sentence.label);
    // A base amount after a price of the same currency in the sentence (`rose to $880/kg, up from $820`) is a price.
    if (m.cls === "money" && m.isBase && m.currency) {
      const cur = m.currency.currency;
      const price = mentions.findLast((p) => p.cls === "price" && p.unit?.startsWith(`${cur}/`));
      if (price) {
        m.cls = "price";
        m.unit = price.unit;
      }
    }
    mentions.push(m);
    prevEnd = tok.end;
  }
  return mentions;
}

/** One numeral as a value mention, or null when it is not a figure. */
function readValue(
  tok: NumToken,
  before: string,
  body: string,
  text: string,
  australian: boolean,
  periods: Sentence["periods"],
  state: ClaimState,
  maybe: { base: boolean; skip: boolean; count: boolean; cagr: boolean },
): Mention | null {
  const cur = currencyBefore(body, tok.start, australian);
  const u = unitAfter(body, tok.end, maybe.count);
  const currency = cur ?? u.currency;
  let inPeriod = false;
  for (let i = 0; i < periods.length; i++)
    if (tok.start >= periods[i]!.start && tok.start < periods[i]!.end) {
      inPeriod = true;
      break;
    }
  const hasUnit = Boolean(currency || u.unit || u.per || tok.percent || tok.scaleText);
  const afterText = body.slice(tok.end, tok.end + 16);
  if (!hasUnit) {
    if (inPeriod) return null;
    if (tok.plainInt && /^(?:19|20)\d\d$/.test(body.slice(tok.start, tok.end))) return null;
  }
  if (inPeriod && !tok.percent && !currency && (!u.unit || u.unit === "count" || u.unit === "units"))
    return null;
  if (tok.percent && (PURITY_AFTER.test(afterText) || SPEC_BEFORE.test(before.slice(-40)))) return null;
  if (maybe.skip && !currency && !tok.percent && SKIP_BEFORE.test(before.slice(-14))) return null;
  if (DURATION_AFTER.test(afterText) && !tok.percent && !currency) return null;
  // A bare numeral in a list under a unit caption takes the caption's unit.
  const caption = hasUnit || tok.min !== null ? null : captionUnit(body, tok.start);
  if (caption) {
    u.unit = caption.unit;
    u.text = caption.unit === "t" ? "tonnes" : "kg";
  }
  if (!hasUnit && !caption && !/[×x]/.test(afterText[0] ?? "")) return null;
  if (tok.scaleText === "m" && !currency) return null;
  const value = scaled(tok.value, u.factor);
  const min = scaled(tok.min, u.factor);
  const max = scaled(tok.max, u.factor);
  // Missing currency lost in garbling (`9.33billion` in a market or funding sentence): USD, inferred.
  let currencyHit: CurrencyHit | null = currency;
  if (
    !currencyHit &&
    tok.scaleText &&
    /billion|million|bn|mn/i.test(tok.scaleText) &&
    !u.unit &&
    !tok.percent &&
    MONEY_CONTEXT.test(text)
  )
    currencyHit = { currency: "USD", basis: "inferred", text: "" };
  const kind = valueClass(tok.percent, currencyHit, u, text, state);
  if (!kind) return null;
  const q = qualify(before);
  const beforeCut = before.slice(0, before.length - q.cut - (cur ? cur.text.length + 1 : 0));
  const m: Mention = {
    tok,
    start: tok.start,
    end: tok.end,
    exprEnd: Math.max(tok.end, u.end),
    isChange: false,
    value: min !== null ? null : value,
    min,
    max,
    qualifier: min !== null ? "range" : q.qualifier,
    approx: q.approx,
    unit: kind.unit,
    unitText: u.text ?? (tok.percent ? "%" : null),
    currency: currencyHit,
    cls: kind.cls,
    isBase: maybe.base && BASE_BEFORE.test(beforeCut.slice(-40)),
    conversionOf: null,
    conversions: [],
    changes: [],
    direction: null,
    kind: null,
    period: null,
    periodFrom: null,
  };
  // A change noun may follow a basis of two or three words (`a 35% year-on-year increase`).
  if (tok.percent) percentChange(m, beforeCut, body.slice(tok.end, tok.end + 40), maybe.cagr);
  return m;
}

/** Value class and unit of a figure: percent, price, money, multiplier, count or mass (null: not a figure). */
function valueClass(
  percent: boolean,
  currency: CurrencyHit | null,
  u: ReturnType<typeof unitAfter>,
  text: string,
  state: ClaimState,
): { cls: ValueClass; unit: string } | null {
  if (percent) return { cls: "percent", unit: "%" };
  if (currency && u.per) return { cls: "price", unit: `${currency.currency}/${u.per}` };
  if (currency) {
    // A money amount in a price sentence after a price unit of the same currency: the same price unit (implied).
    if (/\bprices?\b/i.test(text) && state.lastPriceUnit?.startsWith(currency.currency))
      return { cls: "price", unit: state.lastPriceUnit };
    return { cls: "money", unit: currency.currency };
  }
  if (u.unit === "x") return { cls: "multiplier", unit: "x" };
  if (u.unit === "units" || u.unit === "count" || u.unit === "pieces/unit")
    return { cls: "count", unit: u.unit };
  if (u.unit) return { cls: "mass", unit: u.unit };
  return null;
}

/**
 * A percentage is a change when it is signed (`-5%`), follows a CAGR phrase, is followed by a change noun
 * (`a 5% rise`), or follows a change word (`rose 5%`) that does not lead to it as a level (`rose to 5%`).
 */
function percentChange(m: Mention, beforeCut: string, afterText: string, maybeCagr: boolean): void {
  const tok = m.tok;
  const near = beforeCut.slice(-28);
  const cueUp = lastMatch(UP_G, near);
  const cueDown = lastMatch(DOWN_G, near);
  const cue = Math.max(cueUp, cueDown);
  const toLevel =
    cue >= 0 &&
    /\b(?:to|at|of)\s*$/i.test(near.slice(cue)) &&
    !/(?:rate|decline|growth|increase|decrease|reduction|drop|fall|rise|gain|jump|surge|dip|slide) of\s*$/i.test(
      near,
    );
  const afterCue =
    /^\s*(?:[\w-]+\s){0,2}(rise|increase|gain|growth|jump|surge|higher|climb|decline|drop|fall|decrease|lower|slump|plunge|dip|(?:more|less|fewer)(?= than\b))/i.exec(
      afterText,
    );
  // `a 29% CAGR`, `CAGR of 5.9%`
  const cagr = maybeCagr && (CAGR_WORDS.test(beforeCut.slice(-50)) || /^\s?CAGR\b/.test(afterText));
  // A base (`up from 0.3%`) is a level of its own, not a change.
  if (!cagr && !tok.sign && BASE_RIGHT_BEFORE.test(beforeCut)) return;
  if (!(tok.sign || cagr || afterCue || (cue >= 0 && !toLevel))) return;
  m.isChange = true;
  m.cls = "change";
  if (tok.sign) m.direction = tok.sign === "-" ? "down" : "up";
  else if (afterCue && cue < 0)
    m.direction = /decline|drop|fall|decrease|lower|slump|plunge|dip|less|fewer/i.test(afterCue[1]!)
      ? "down"
      : "up";
  else if (cue >= 0) m.direction = cueDown > cueUp ? "down" : "up";
  else m.direction = "up";
  if (cagr) m.kind = "cagr";
}
