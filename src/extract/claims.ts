/** @module Claim extraction: numerals in each sentence become level values or changes; changes attach to the value they describe. */
import {
  CAGR_WORDS,
  DOWN_WORDS,
  ENTITIES,
  FORECAST_WORDS,
  KIND_WORDS,
  MATERIALS,
  PLACES,
  UP_WORDS,
  findCanonical,
} from "./lexicon.ts";
import { classifyMetric, type ValueClass } from "./metrics.ts";
import type { NumToken } from "./numbers.ts";
import { findPeriods, type PeriodContext, type PeriodMention } from "./periods.ts";
import { currencyBefore, unitAfter, type CurrencyHit } from "./quantities.ts";
import { type Change, type Claim, type Conversion, NO_CHANGE } from "./schema.ts";
import type { Span } from "./sentences.ts";
import { anchorIds, anyOf, type Found } from "./triggers.ts";

const MULTIPLIER_IDS = anchorIds(["double", "triple", "quadruple", "fold"]);
/** Anchors of BASE_BEFORE, SKIP_BEFORE and FORECAST_WORDS: a sentence without any of them skips that pattern. */
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
]);
const FORECAST_IDS = anchorIds([
  "will",
  "would",
  "could",
  "expect",
  "project",
  "forecast",
  "plan",
  "target",
  "aim",
  "set to",
  "anticipated",
  "likely",
  "to reach",
  "poised",
  "outlook",
  "once operational",
  "有望",
  "预计",
  "将",
]);

export interface ArticleContext {
  body: string;
  period: PeriodContext;
  australian: boolean;
  /** Company the article is about (from title or most mentioned), for "the company". */
  mainEntity: string | null;
  docYear: number | null;
}

interface Mention {
  tok: NumToken;
  start: number;
  end: number;
  exprEnd: number;
  isChange: boolean;
  value: number | null;
  min: number | null;
  max: number | null;
  qualifier: Claim["qualifier"];
  approx: boolean;
  unit: string | null;
  unitText: string | null;
  currency: CurrencyHit | null;
  cls: ValueClass;
  isBase: boolean;
  conversionOf: Mention | null;
  conversions: Conversion[];
  changes: Change[];
  direction: "up" | "down" | null;
  kind: Change["kind"];
  period: PeriodMention | null;
}

const GT =
  /(?:more than|over|exceed(?:ing|s|ed)?|above|surpass(?:ing|es|ed)?|greater than|in excess of|upwards of)\s*$/i;
const GTE = /(?:at least|a minimum(?: of)?|minimum(?: of)?|no less than|not less than)\s*$/i;
const LT = /(?:less than|under|below|fewer than)\s*$/i;
const LTE = /(?:up to|at most|no more than|a maximum of|maximum of)\s*$/i;
const APPROX =
  /(?:about|around|roughly|approximately|approx\.?|~|some|nearly|almost|close to|estimated at|接近|约|近)\s*$/i;
const SKIP_BEFORE =
  /(?:Declaration|Decree|Announcement|No\.|Article|HS|code|Section|page|Stage|Phase|Series|Item|Order|Circular|Rule|Notice|version|since)\s*$/i;
const DURATION_AFTER =
  /^[- ]?(?:years?|months?|weeks?|days?|hours?|minutes?|year-old|-year|-month|-day|-week|consecutive|th|st|nd|rd|am|pm|a\.m|p\.m)\b/i;
const BASE_BEFORE =
  /(?:\bfrom|\bcompared (?:to|with)|\bthan|\bversus|\bvs\.?|\bagainst)(?: (?:a|an|the|its|about|around|roughly|some|nearly))?(?: (?!to\b|reach)[\w-]+){0,4} ?$/i;

/**
 * All four bounds in one pattern: the leftmost phrase that ends the text wins, so `no more than` (lte) beats
 * `more than` (gt) and `not less than` (gte) beats `less than` (lt), as when the patterns ran one by one in the
 * order gte, lte, gt, lt.
 */
const BOUND = new RegExp(
  `(?:(${GTE.source.slice(0, -4)})|(${LTE.source.slice(0, -4)})|(${GT.source.slice(0, -4)})|(${LT.source.slice(0, -4)}))\\s*$`,
  "i",
);
const SPACE = /\s/;
const isSpaceAt = (t: string, i: number): boolean => {
  const c = t.charCodeAt(i);
  return c === 32 || c === 10 || c === 9 || c === 13 || (c > 127 && SPACE.test(t[i]!));
};

/** Year of a normalised period (`2025-10` gives 2025), NaN when it does not start with four digits. */
function yearOf(period: string | null | undefined): number {
  if (!period || period.length < 4) return Number.NaN;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const d = period.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    y = y * 10 + d;
  }
  return y;
}

/** True when the text's last non-space character can end a bound or hedge phrase (a letter, `.`, `~`, 约, 近). */
function boundEnd(t: string): boolean {
  let i = t.length - 1;
  while (i >= 0 && isSpaceAt(t, i)) i--;
  if (i < 0) return false;
  const c = t.charCodeAt(i) | 32;
  return (c >= 97 && c <= 122) || c === 46 || c === 126 || t[i] === "约" || t[i] === "近";
}

/** Words that make the following period a comparison base. */
const BASE_PERIOD = /(?:from|than in|than|versus|compared (?:to|with))\s*$/i;

/**
 * Last characters (lower case) that a BOUND or APPROX phrase can end with: a text ending otherwise (`RMB `, `was `)
 * matches neither, and the regexes are not run.
 */
const BOUND_LAST = new Set("tmfnordgsew");
const APPROX_LAST = new Set("tdyx.~eo约近");

function qualify(before: string): { qualifier: Claim["qualifier"]; approx: boolean; cut: number } {
  const t = before.length > 30 ? before.slice(-30) : before;
  if (!boundEnd(t)) return NO_QUALIFIER;
  let i = t.length - 1;
  while (i >= 0 && isSpaceAt(t, i)) i--;
  const last = t[i]!.toLowerCase();
  const maybeBound = BOUND_LAST.has(last);
  if (!maybeBound && !APPROX_LAST.has(last)) return NO_QUALIFIER;
  const b = maybeBound ? BOUND.exec(t) : null;
  if (b) {
    const q = b[1] !== undefined ? "gte" : b[2] !== undefined ? "lte" : b[3] !== undefined ? "gt" : "lt";
    const rest = t.slice(0, b.index);
    const a = APPROX.test(rest);
    return { qualifier: q, approx: a, cut: t.length - b.index };
  }
  const m = APPROX.exec(t);
  if (m) return { qualifier: null, approx: true, cut: t.length - m.index };
  return NO_QUALIFIER;
}
const NO_QUALIFIER: { qualifier: Claim["qualifier"]; approx: boolean; cut: number } = Object.freeze({
  qualifier: null,
  approx: false,
  cut: 0,
});

const GLOBAL = new Map<RegExp, RegExp>();
function lastMatch(re: RegExp, s: string): number {
  let g = GLOBAL.get(re);
  if (!g) {
    g = new RegExp(re.source, `${re.flags.replace("g", "")}g`);
    GLOBAL.set(re, g);
  }
  g.lastIndex = 0;
  let last = -1;
  for (let m = g.exec(s); m !== null; m = g.exec(s)) {
    last = m.index + m[0].length;
    if (m[0].length === 0) g.lastIndex++;
  }
  return last;
}

function changeKind(after: string, before: string, period: string | null): Change["kind"] {
  for (const text of [after, before]) {
    for (const [kind, re] of KIND_WORDS) {
      if (re.test(text)) {
        if (kind === "mom" && period && /Q\d$/.test(period)) return "qoq";
        return kind as Change["kind"];
      }
    }
  }
  return null;
}

/** Extracts claims from one sentence of the body. */
export function sentenceClaims(
  sent: Span,
  tokens: NumToken[],
  ctx: ArticleContext,
  state: { lastPeriod: PeriodMention | null; lastPriceUnit: string | null },
  info: { text?: string; found?: Found; periods?: PeriodMention[] | undefined } = {},
): Claim[] {
  const body = ctx.body;
  const text = info.text ?? body.slice(sent.start, sent.end);
  const periods = info.periods ?? findPeriods(text, ctx.period, sent.start, info.found);
  const found = info.found;
  const mentions: Mention[] = [];
  let prevEnd = sent.start;
  const maybeBase = !found || anyOf(found, BASE_IDS);
  const maybeSkip = !found || anyOf(found, SKIP_IDS);
  const maybeCount = !found || anyOf(found, COUNT_IDS);
  const maybeCagr = !found || anyOf(found, CAGR_IDS);
  for (const tok of tokens) {
    if (tok.isDateLike) continue;
    const before = body.slice(Math.max(prevEnd, tok.start - 60), tok.start);
    const cur = currencyBefore(body, tok.start, ctx.australian);
    const u = unitAfter(body, tok.end, maybeCount);
    const currency = cur ?? u.currency;
    const inPeriod = periods.some((p) => tok.start >= p.start && tok.start < p.end);
    const hasUnit = Boolean(currency || u.unit || u.per || tok.percent || tok.scaleText);
    const afterText = body.slice(tok.end, tok.end + 16);
    if (!hasUnit) {
      if (inPeriod) continue;
      if (tok.plainInt && /^(?:19|20)\d\d$/.test(body.slice(tok.start, tok.end))) continue;
    }
    if (inPeriod && !tok.percent && !currency && (!u.unit || u.unit === "count" || u.unit === "units"))
      continue;
    if (
      tok.percent &&
      /^\s?(?:pure|purity|praseodymium|neodymium|dysprosium|terbium|oxide|metal|NdPr|PrNd)/i.test(afterText)
    )
      continue;
    if (maybeSkip && !currency && !tok.percent && SKIP_BEFORE.test(before.slice(-14))) continue;
    if (DURATION_AFTER.test(afterText) && !tok.percent && !currency) continue;
    if (!hasUnit && !/[×x]/.test(afterText[0] ?? "")) continue;
    if (tok.scaleText === "m" && !currency) continue;
    let value = tok.value;
    let min = tok.min;
    let max = tok.max;
    if (u.factor !== 1) {
      value = value === null ? null : value * u.factor;
      min = min === null ? null : min * u.factor;
      max = max === null ? null : max * u.factor;
    }
    // Missing currency lost in garbling (`9.33billion` in a market or funding sentence): USD, inferred.
    let currencyHit = currency;
    if (
      !currencyHit &&
      tok.scaleText &&
      /billion|million|bn|mn/i.test(tok.scaleText) &&
      !u.unit &&
      !tok.percent
    ) {
      if (/market|fund|award|invest|valued|revenue|grant|loan/i.test(text))
        currencyHit = { currency: "USD", basis: "inferred", text: "" };
    }
    let cls: ValueClass;
    let unit: string | null;
    if (tok.percent) {
      cls = "percent";
      unit = "%";
    } else if (currencyHit && u.per) {
      cls = "price";
      unit = `${currencyHit.currency}/${u.per}`;
    } else if (currencyHit) {
      cls = "money";
      unit = currencyHit.currency;
      if (/\bprice\b/i.test(text) && state.lastPriceUnit?.startsWith(currencyHit.currency)) {
        cls = "price";
        unit = state.lastPriceUnit;
      }
    } else if (u.unit === "x") {
      cls = "multiplier";
      unit = "x";
    } else if (u.unit === "units" || u.unit === "count" || u.unit === "pieces/unit") {
      cls = "count";
      unit = u.unit;
    } else if (u.unit) {
      cls = "mass";
      unit = u.unit;
    } else continue;
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
      unit,
      unitText: u.text ?? (tok.percent ? "%" : null),
      currency: currencyHit,
      cls,
      isBase: maybeBase && BASE_BEFORE.test(beforeCut.slice(-40)),
      conversionOf: null,
      conversions: [],
      changes: [],
      direction: null,
      kind: null,
      period: null,
    };
    if (tok.percent) {
      const near = beforeCut.slice(-28);
      const cueUp = lastMatch(UP_WORDS, near);
      const cueDown = lastMatch(DOWN_WORDS, near);
      const cue = Math.max(cueUp, cueDown);
      const toLevel =
        cue >= 0 &&
        /\b(?:to|at|of)\s*$/i.test(near.slice(cue)) &&
        !/(?:rate|decline|growth|increase|drop|fall|rise) of\s*$/i.test(near);
      const afterCue =
        /^\s*(?:\w+\s)?(rise|increase|gain|growth|jump|surge|higher|climb|decline|drop|fall|decrease|lower|slump|plunge|dip)/i.exec(
          afterText,
        );
      const cagr = maybeCagr && CAGR_WORDS.test(beforeCut.slice(-50));
      if (tok.sign || cagr || afterCue || (cue >= 0 && !toLevel)) {
        m.isChange = true;
        m.cls = "change";
        if (tok.sign) m.direction = tok.sign === "-" ? "down" : "up";
        else if (afterCue && cue < 0)
          m.direction = /decline|drop|fall|decrease|lower|slump|plunge|dip/i.test(afterCue[1]!)
            ? "down"
            : "up";
        else if (cue >= 0) m.direction = cueDown > cueUp ? "down" : "up";
        else m.direction = "up";
        if (cagr) m.kind = "cagr";
      }
    }
    mentions.push(m);
    prevEnd = tok.end;
  }
  // Word multipliers: "nearly double", "threefold", "more than triple".
  const MULT =
    /\b(double|triple|quadruple|twofold|threefold|fourfold|fivefold|tenfold|two-fold|three-fold)\b(?![- ]digit)/gi;
  const multipliers = !found || anyOf(found, MULTIPLIER_IDS);
  for (let w = multipliers ? MULT.exec(text) : null; w !== null; w = MULT.exec(text)) {
    const word = w[1]!.toLowerCase();
    const value =
      word.startsWith("double") || word.startsWith("two")
        ? 2
        : word.startsWith("tri") || word.startsWith("three")
          ? 3
          : word.startsWith("quad") || word.startsWith("four")
            ? 4
            : word.startsWith("five")
              ? 5
              : 10;
    const s = sent.start + w.index;
    const q = qualify(body.slice(Math.max(sent.start, s - 40), s));
    const tok: NumToken = {
      start: s,
      end: s + w[0].length,
      value,
      min: null,
      max: null,
      percent: false,
      scaleText: null,
      plainInt: false,
      sign: null,
      gluedLeft: false,
      isDateLike: false,
    };
    mentions.push({
      tok,
      start: s,
      end: tok.end,
      exprEnd: tok.end,
      isChange: false,
      value,
      min: null,
      max: null,
      qualifier: q.qualifier,
      approx: q.approx,
      unit: "x",
      unitText: w[1]!,
      currency: null,
      cls: "multiplier",
      isBase: false,
      conversionOf: null,
      conversions: [],
      changes: [],
      direction: null,
      kind: null,
      period: null,
    });
  }
  if (mentions.length > 1 && multipliers) mentions.sort((a, b) => a.start - b.start);
  // Restated amounts in brackets are conversions of the amount before them.
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    const p = mentions[i - 1]!;
    if (!m.currency || !p.currency || p.conversionOf) continue;
    const gap = body.slice(p.exprEnd, m.start);
    if (
      /^\s?\(\s?[^\w\d(]{0,3}\s?[A-Z]{0,3}\$?\s?$/.test(gap) &&
      (m.currency.currency !== p.currency.currency || m.unit !== p.unit)
    ) {
      m.conversionOf = p;
      p.conversions.push({
        value: m.value,
        value_text: body.slice(m.start, m.end),
        qualifier: m.qualifier,
        value_min: m.min,
        value_max: m.max,
        approx: m.approx,
        unit: m.unit,
        currency: m.currency.currency,
        currency_basis: m.currency.basis,
      });
    }
  }
  const live = mentions.filter((m) => !m.conversionOf);
  // Periods: the nearest mention; periods of comparison bases and "since" phrases are not shared.
  const claimedByBase = new Set<PeriodMention>();
  const pickPeriod = (m: Mention): PeriodMention | null => {
    let best: PeriodMention | null = null;
    let bestD = Number.POSITIVE_INFINITY;
    for (const p of periods) {
      if (p.period === null) continue;
      if (!m.isBase && claimedByBase.has(p)) continue;
      const pre = body.slice(Math.max(sent.start, p.start - 8), p.start);
      let d = p.end <= m.start ? m.start - p.end : p.start >= m.exprEnd ? p.start - m.exprEnd : 0;
      // A single month or year introduced by "from"/"than" inside the period's own text (`from October`), not a span.
      const baseText = /^(?:from|than)\s/i.test(p.text) && !/[-–]|\b(?:to|through|until)\b/i.test(p.text);
      if (/since\s*$|from\s*$|than in\s*$|than\s*$|较\s*$/i.test(pre) || /^since/i.test(p.text) || baseText) {
        // The comparison base of a change ("rose 12% from August") is never the change's own period.
        if (m.isChange && !m.isBase && (baseText || BASE_PERIOD.test(pre))) continue;
        d += 120;
      }
      if (d < bestD) {
        best = p;
        bestD = d;
      }
    }
    return best;
  };
  for (const m of live)
    if (m.isBase && !m.isChange) {
      m.period = pickPeriod(m);
      if (m.period) claimedByBase.add(m.period);
    }
  for (const m of live) if (!m.period) m.period = pickPeriod(m) ?? (m.isBase ? null : state.lastPeriod);
  // Attach changes to levels.
  const levels = live.filter((m) => !m.isChange);
  const out: { m: Mention; changes: Change[] }[] = [];
  const byLevel = new Map<Mention, { m: Mention; changes: Change[] }>();
  let lastChangeOnly: { m: Mention; changes: Change[] } | null = null;
  for (const m of live) {
    if (!m.isChange) {
      const rec = { m, changes: [] as Change[] };
      byLevel.set(m, rec);
      out.push(rec);
    }
  }
  for (const c of live.filter((x) => x.isChange)) {
    const after = body.slice(c.exprEnd, Math.min(sent.end, c.exprEnd + 70));
    const nextChange = live.find((x) => x.isChange && x.start > c.start);
    let afterWin = nextChange ? after.slice(0, Math.max(0, nextChange.start - c.exprEnd)) : after;
    const cut = /,\s|[;，；]/.exec(afterWin);
    if (cut) afterWin = afterWin.slice(0, cut.index);
    const beforeWin = body.slice(Math.max(sent.start, c.start - 70), c.start);
    const following = levels.find(
      (l) =>
        l.start > c.end &&
        !l.isBase &&
        (!nextChange || l.start < nextChange.start) &&
        /\b(?:to|reaching|reached|at|hit)\b(?: (?:about|around|roughly|nearly|approximately|a [\w-]+ (?:high|low) of))?\s*(?:[A-Z]{0,3}\$|RMB|¥|€|£)?\s?$/i.test(
          body.slice(Math.max(c.end, l.start - 40), l.start),
        ),
    );
    let preceding: Mention | undefined;
    for (const l of levels) if (l.start < c.start && !l.isBase && c.start - l.exprEnd < 160) preceding = l;
    if (preceding && /;|\bbut\b/.test(body.slice(preceding.exprEnd, c.start))) preceding = undefined;
    const target = following ?? preceding;
    const periodStr = (target ?? c).period?.period ?? null;
    let kind = c.kind ?? changeKind(afterWin, beforeWin, periodStr);
    const ch: Change = {
      kind,
      value: c.value === null ? null : (c.direction === "down" ? -1 : 1) * Math.abs(c.value),
      unit: "%",
      direction: c.direction,
      period: kind === "cagr" ? cagrSpan(periods) : null,
      approx: c.approx,
      qualifier: c.qualifier === "range" ? "range" : c.qualifier,
      value_min: c.min,
      value_max: c.max,
    };
    if (c.min !== null && c.max !== null && c.direction === "down") {
      ch.value_min = -c.max;
      ch.value_max = -c.min;
    }
    if (target) {
      const rec = byLevel.get(target)!;
      if (!kind && rec.changes.length === 0 && /^\d{4}$/.test(periodStr ?? "")) {
        kind = "yoy";
        ch.kind = "yoy";
      }
      rec.changes.push(ch);
      continue;
    }
    if (lastChangeOnly && !periods.some((p) => p.start > lastChangeOnly!.m.end && p.start < c.start)) {
      lastChangeOnly.changes.push(ch);
      continue;
    }
    const rec = { m: c, changes: [ch] };
    out.push(rec);
    lastChangeOnly = rec;
  }
  const claims: Claim[] = [];
  // Levels were pushed in text order; change-only records were appended after them.
  if (lastChangeOnly) out.sort((a, b) => a.m.start - b.m.start);
  for (const { m, changes } of out) {
    const claim = toClaim(m, changes, sent, text, ctx, found);
    if (claim) claims.push(claim);
    const py = yearOf(m.period?.period);
    const carry = m.period && !m.isBase && (!m.period.isDate || /^as of/i.test(m.period.text));
    if (carry && !(ctx.docYear !== null && py > ctx.docYear)) state.lastPeriod = m.period;
    if (m.cls === "price" && m.unit) state.lastPriceUnit = m.unit;
  }
  return claims;
}

let cacheText = "";
let cacheFound: Found | undefined;
const cache: (ReturnType<typeof findCanonical> | undefined)[] = [undefined, undefined, undefined];
const CANON_TABLES = [ENTITIES, MATERIALS, PLACES];

/** The first entity (0), material (1) or place (2) named in a sentence, looked up once per sentence. */
function canonical(
  text: string,
  table: 0 | 1 | 2,
  found: Found | undefined,
): ReturnType<typeof findCanonical> {
  if (text !== cacheText || found !== cacheFound) {
    cacheText = text;
    cacheFound = found;
    cache[0] = cache[1] = cache[2] = undefined;
  }
  let hit = cache[table];
  if (hit === undefined) {
    hit = findCanonical(CANON_TABLES[table]!, text, found);
    cache[table] = hit;
  }
  return hit;
}

function cagrSpan(periods: PeriodMention[]): string | null {
  const r = periods.find((p) => p.period && /^\d{4}\.\.\d{4}$/.test(p.period));
  return r?.period ?? null;
}

/** A product unit named after "per", "each", "every" (a per-unit content phrase). */
const PER_UNIT =
  /\b(?:per|each|every|a single)\s+(?:[a-z-]+\s+){0,2}?(?:robot|vehicle|car|EV|NEV|turbine|motor|bike|e-bike|scooter|phone|smartphone|unit)s?\b/i;

function toClaim(
  m: Mention,
  changes: Change[],
  sent: Span,
  text: string,
  ctx: ArticleContext,
  found: Found | undefined,
): Claim | null {
  const rel = m.start - sent.start;
  const relEnd = m.exprEnd - sent.start;
  let { metric, family } = classifyMetric(m.cls, text, rel, relEnd, found);
  // "each humanoid robot needs 3 kg", "2 kg per vehicle": a mass per product unit, not a flow.
  const perUnit = m.unit === "kg" && !m.isChange && PER_UNIT.test(text);
  if (perUnit) {
    metric = "magnet content per unit";
    family = "demand";
  }
  const ent = canonical(text, 0, found);
  const mat = canonical(text, 1, found);
  let entity: string | null = null;
  let counterparty: string | null = null;
  if (family === "trade") {
    entity = "China";
    const to =
      /\b(?:to|into|for) (?:the )?([A-Z][\w.]*(?: [A-Z][\w.]*)?)|([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?:-bound| received)/.exec(
        text,
      );
    const place = to ? findCanonical(PLACES, to[0]) : null;
    if (place && place.name !== "China") counterparty = place.name;
  } else if (family === "price" && metric === "price") entity = mat?.name ?? ent?.name ?? null;
  else if (family === "market" && metric === "market size") entity = mat?.name ?? ent?.name ?? null;
  else if (family === "market" || family === "demand")
    entity = canonical(text, 2, found)?.name ?? mat?.name ?? ent?.name ?? null;
  else entity = ent?.name ?? ctx.mainEntity;
  entity ??= ctx.mainEntity ?? "China";
  let period = m.period?.period ?? null;
  // Trade figures without a period of their own belong to the article's reporting month (customs-data reports).
  if (period === null && !m.isBase && family === "trade") period = ctx.period.contextMonth;
  const clause = text.slice(0, relEnd);
  const yr = yearOf(period);
  const isForecast =
    ((!found || anyOf(found, FORECAST_IDS)) && FORECAST_WORDS.test(clause)) ||
    (ctx.docYear !== null && yr > ctx.docYear && /\bby\b|到/.test(clause));
  const peripheral =
    (m.cls === "count" && m.unit === "count") || metric === "share price" || metric === "export duty rate";
  const first = changes[0] ?? NO_CHANGE;
  const isChangeOnly = m.isChange;
  let unit = perUnit ? "kg/unit" : m.unit;
  if (isChangeOnly)
    unit = family === "trade" && metric.endsWith("volume") ? "t" : family === "trade" ? "t" : null;
  return {
    id: "",
    metric,
    metric_family: family as Claim["metric_family"],
    entity,
    material: mat?.name ?? null,
    counterparty,
    location: null,
    value: isChangeOnly ? null : m.value,
    value_text: isChangeOnly ? null : ctx.body.slice(m.start, m.end),
    qualifier: isChangeOnly ? null : m.qualifier,
    value_min: isChangeOnly ? null : m.min,
    value_max: isChangeOnly ? null : m.max,
    approx: isChangeOnly ? false : m.approx,
    unit,
    unit_text: isChangeOnly ? null : m.unitText,
    currency: isChangeOnly ? null : (m.currency?.currency ?? null),
    currency_basis: isChangeOnly ? null : (m.currency?.basis ?? null),
    period,
    period_text: m.period?.text ?? null,
    is_forecast: isForecast,
    change: first,
    additional_changes: changes.slice(1),
    conversions: m.conversions,
    salience: peripheral ? "peripheral" : "core",
    in_teaser: false,
    quote: text,
    quote_start: sent.start,
    quote_end: sent.end,
    note: null,
  };
}
