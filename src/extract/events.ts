/** @module Event extraction: trigger phrases per event type, then date, actor, materials and amount from the same sentence. */
import type { ArticleContext } from "./claims.ts";
import { ENTITIES, entryAnchors, FORECAST_WORDS, MATERIALS, PLACES } from "./lexicon.ts";
import { findPeriods, type PeriodMention } from "./periods.ts";
import type { EventType, ExtractedEvent } from "./schema.ts";
import type { Span } from "./sentences.ts";
import { anchorIds, anyOf, type Found, scanAnchors } from "./triggers.ts";

/** Trigger phrases, most specific first; a sentence yields at most one event per type. */
const TRIGGERS: [EventType, RegExp][] = [
  [
    "export_control_suspension",
    /\b(?:suspend\w*|suspension|paus\w*|lift\w*|postpone\w*)\b[^.;]{0,60}\b(?:export controls?|export restrictions?|control measures|export ban|curbs)|(?:export controls?|export restrictions?|control measures)[^.;]{0,40}\b(?:suspend\w*|suspension|paused|lifted)/i,
  ],
  [
    "export_license_application",
    /\b(?:appl(?:y|ied|ying)|seek\w*|await\w*|wait\w* for|need\w*|get|obtain\w*|secur\w*|request\w*)\b[^.;]{0,40}\blicen[cs]e/i,
  ],
  [
    "export_license",
    /\b(?:issu\w*|grant\w*|approv\w*)\b[^.;]{0,50}\b(?:export )?licen[cs]es|general licen[cs]es?/i,
  ],
  [
    "export_control",
    /\bexport (?:controls?|restrictions|curbs|ban|permits)\b|\bcontrols? on (?:the )?exports?\b|licensing regime|subject to (?:Chinese )?export|require (?:approval|permits|a licen)|need permits/i,
  ],
  ["quota", /\b(?:mining |production |export )?quotas?\b/i],
  ["tariff", /\btariffs?\b/i],
  ["trade_talks", /\btrade talks\b|\bsummit\b|\bnegotiat\w*|\btalks between\b|\bmeeting between\b/i],
  ["trade_agreement", /\btrade (?:deal|agreement|truce)s?\b|\bagreements? between\b/i],
  ["trade_restriction", /\brestrictions on (?:[\w.]+ )?exports to\b|\bentity list\b|\bsanctions?\b/i],
  ["contract_award", /\bcontract\b[^.;]{0,40}\baward|\bawarded\b[^.;]{0,40}\bcontract/i],
  ["grant", /\bgrants?\b|\bawarding\b|\brecycling program/i],
  ["loan", /\bloans?\b/i],
  [
    "equity_investment",
    /\bpreferred (?:stock|shares)|\bequity stake\b|\b(?:take|takes|taking|took|acquir\w*|buy\w*|bought)(?: an?| its| the)?(?: [\w.%-]+){0,2} stake\b|largest shareholder/i,
  ],
  [
    "funding",
    /\bfunding\b|\binvestment from\b|\bseries [a-e]\b|\braised?\b[^.;]{0,30}\b(?:US)?\$|\binvest(?:ed|s)\b/i,
  ],
  [
    "offtake",
    /\bofftake\b|\bcommit\w* to (?:buy|purchas)\w*|\b(?:buy|purchas)\w* (?:all|100%)(?: of)? (?:the )?(?:output|production)/i,
  ],
  ["price_floor", /\bprice floor\b|\bminimum price\b|\bfloor price\b/i],
  ["price_listing", /\blisted prices?\b|\blisting prices?\b/i],
  ["joint_venture", /\bjoint venture\b/i],
  [
    "partnership",
    /\bpartnership\b|\b(?:landmark|strategic|cooperation) agreement\b|\bagreement with\b|\breached cooperation\b/i,
  ],
  [
    "facility",
    /\b(?:build\w*|construct\w*|open\w*|commission\w*|establish\w*|set up)\b[^.;]{0,60}\b(?:plant|facility|factory|circuit|centre|center|refinery|mine)\b|\b(?:plant|facility|factory)\b[^.;]{0,30}\b(?:will be built|under construction|opened|commissioned)\b|\b(?:plant|facility|factory)\b[^.;]{0,60}\b(?:come online|come on stream|start production|begin production)\b/i,
  ],
  [
    "corporate_decision",
    /\bstop (?:shipping|selling|exporting)\b|\bhalt\w* (?:shipments|exports|production)\b|\bcease\w* (?:shipments|exports)\b/i,
  ],
  [
    "regulation",
    /\bamendments?\b|\bregulations?\b(?! (?:scrutiny|body))|\b(?:Raw Materials|Critical Minerals) Act\b/i,
  ],
  [
    "policy",
    /\baction plan\b|\bpolicy\b|\bplans? to establish\b|\bcoordinated action\b|\binitiative\b|\bstrategy\b/i,
  ],
  ["report", /\b(?:released|published|issued) (?:a |its )?report\b/i],
];

/** Anchor words per event type: a trigger runs only when one of its anchors occurs in the sentence. */
const TRIGGER_ANCHORS: Partial<Record<EventType, string[]>> = {
  export_control_suspension: ["suspen", "paus", "lift", "postpone"],
  export_license_application: ["licen"],
  export_license: ["licen"],
  export_control: ["export", "licensing regime", "require", "need permits"],
  quota: ["quota"],
  tariff: ["tariff"],
  trade_talks: ["talks", "summit", "negotiat", "meeting between"],
  trade_agreement: ["trade", "agreement"],
  trade_restriction: ["restrictions on", "entity list", "sanction"],
  contract_award: ["contract"],
  grant: ["grant", "awarding", "recycling program"],
  loan: ["loan"],
  equity_investment: ["preferred", "stake", "shareholder"],
  funding: ["fund", "investment from", "series", "rais", "invest"],
  offtake: ["offtake", "commit", "buy", "purchas"],
  price_floor: ["floor", "minimum price"],
  price_listing: ["listed price", "listing price"],
  joint_venture: ["joint venture"],
  partnership: ["partnership", "agreement", "reached cooperation"],
  facility: ["plant", "facilit", "factory", "circuit", "centre", "center", "refinery", "mine"],
  corporate_decision: ["stop", "halt", "cease"],
  regulation: ["amendment", "regulation", " act"],
  policy: ["action plan", "policy", "plan", "coordinated action", "initiative", "strategy"],
  report: ["report"],
};
/** Anchor ids per TRIGGERS entry (same order). */
const TRIGGER_IDS: (number[] | undefined)[] = TRIGGERS.map(([type]) => {
  const words = TRIGGER_ANCHORS[type];
  return words ? anchorIds(words) : undefined;
});

const MONEY = /(?:US\$|\$US|A\$|\$|€|£|RMB ?|¥)\s?(\d[\d,]*(?:\.\d+)?)\s?(billion|million|bn|mn|m)?\b/;

/**
 * Connectors that open a background or causal clause ("ahead of talks", "after the deal", "amid curbs"):
 * a trigger within such a clause (no `,;:` in between) refers to an earlier or later act, not to what the sentence
 * reports.
 */
const BACKGROUND =
  /\b(?:ahead of|after|following|follows|followed|amid|amidst|despite|due to|because of|in response to|in the wake of|as part of|(?:to|in|by|under|with|through) which|(?<!such |well |so )as(?! of| well| part| a result| long))\b[^,;:]*$/i;
/** A date introduced by "since" dates a state that began earlier, not a background act. */
const SINCE_BEFORE = /\bsince\s*(?:early |late |mid-?)?$/i;
/** Words that make the following date the date of a report about the act. */
const REPORTED_BEFORE = /\b(?:reported|reports|according to [^,;]{0,20})\s*(?:on\s*)?$/i;
/** A reporting verb right before a date (`said on Tuesday that`). */
const SAID_ON = /\b(?:said|says|announced|stated|confirmed|told [\w ]{1,20})\s*(?:on\s*)?$/i;
/** Clause breaks for the subject search (a comma followed by a space, `;`, `:`). */
const CLAUSE_BREAK = /, |; |: /g;

interface Mention {
  name: string;
  index: number;
}

const GLOBAL = new Map<RegExp, RegExp>();
/** The global twin of a lexicon pattern (built once). */
function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
    GLOBAL.set(re, g);
  }
  return g;
}

/** Every entity and place named in `text`, in text order (only for sentences that carry an event). */
function actorMentions(text: string, found: Found): Mention[] {
  const out: Mention[] = [];
  for (const table of [ENTITIES, PLACES]) {
    for (const [name, re] of table) {
      if (!anyOf(found, entryAnchors(name))) continue;
      const g = globalOf(re);
      g.lastIndex = 0;
      for (let m = g.exec(text); m !== null; m = g.exec(text)) {
        if (m[0].length === 0) g.lastIndex++;
        else out.push({ name, index: m.index });
      }
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * The actor of a trigger spanning [at, atEnd) of `text`: the agent of a passive or a source (`awarded … by X`,
 * `an investment from X`, right after the trigger); else the grammatical subject, read as the first entity named in
 * the trigger's clause before it (`In its deal with X, Y is guaranteeing …` gives Y); else the first one named before
 * the trigger in the sentence; else `fallback` (the article's main entity). Entities named only after the trigger are
 * objects or background ("… ahead of talks with the US"), not actors.
 */
export function subjectActor(
  text: string,
  at: number,
  atEnd: number,
  mentions: Mention[],
  fallback: string,
): string {
  for (const m of mentions) {
    if (m.index < atEnd || m.index > atEnd + 50) continue;
    if (/\b(?:by|from)\s+(?:the\s+)?$/i.test(text.slice(Math.max(at, m.index - 12), m.index))) return m.name;
    break;
  }
  let clause = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m !== null && m.index < at; m = CLAUSE_BREAK.exec(text))
    clause = m.index + m[0].length;
  const inClause = mentions.find((m) => m.index >= clause && m.index < at);
  if (inClause) return inClause.name;
  return mentions.find((m) => m.index < at)?.name ?? fallback;
}

/** Event types that only a state takes: their unnamed actor is the exporting state, China, in this domain. */
const STATE_TYPES = new Set<EventType>([
  "export_control",
  "export_control_suspension",
  "export_license",
  "quota",
]);

/** Actor when the sentence names none before the trigger. */
function fallbackActor(type: EventType, ctx: ArticleContext): string {
  return STATE_TYPES.has(type) ? "China" : (ctx.mainEntity ?? "China");
}

/**
 * Events of one sentence. `info` carries what the caller already computed for the sentence (its text, the anchor
 * words present, its period mentions); missing parts are computed here.
 */
export function sentenceEvents(
  s: Span,
  ctx: ArticleContext,
  info: { text?: string; found?: Found; periods?: PeriodMention[] | undefined } = {},
): ExtractedEvent[] {
  const text = info.text ?? ctx.body.slice(s.start, s.end);
  if (text.length < 20) return [];
  const found = info.found ?? scanAnchors(text);
  if (found.hits === 0) return [];
  const out: ExtractedEvent[] = [];
  const seen = new Set<EventType>();
  let periods: PeriodMention[] | null = info.periods ?? null;
  // All trigger matches first: one word triggers one type (a match inside an earlier type's match is skipped),
  // and a date nearer another trigger belongs to that one.
  const hits: { type: EventType; m: RegExpExecArray }[] = [];
  for (let t = 0; t < TRIGGERS.length; t++) {
    if (!anyOf(found, TRIGGER_IDS[t])) continue;
    const [type, re] = TRIGGERS[t]!;
    const m = re.exec(text);
    if (!m) continue;
    const a = m.index;
    const b = a + m[0].length;
    // (Export controls keep their own rule below: a suspension names the controls it suspends.)
    if (type !== "export_control" && hits.some((h) => a >= h.m.index && b <= h.m.index + h.m[0].length))
      continue;
    hits.push({ type, m });
  }
  let mentions: Mention[] | null = null;
  for (const { type, m } of hits) {
    if (seen.has(type)) continue;
    if (
      type === "export_control" &&
      (seen.has("export_control_suspension") ||
        seen.has("export_license") ||
        seen.has("export_license_application"))
    ) {
      // A suspension or licence sentence names the controls it refers to; keep it only when a separate date is given.
      periods ??= findPeriods(text, ctx.period, s.start, found);
      if (
        !periods.some(
          (p) =>
            p.isDate && p.start - s.start > m.index - 40 && p.start - s.start < m.index + m[0].length + 40,
        )
      )
        continue;
    }
    if (type === "funding" && (seen.has("grant") || seen.has("loan") || seen.has("equity_investment")))
      continue;
    if (type === "trade_agreement" && seen.has("trade_talks")) continue;
    periods ??= findPeriods(text, ctx.period, s.start, found);
    const at = s.start + m.index;
    const atEnd = at + m[0].length;
    const distance = (p: PeriodMention, from: number, to: number) =>
      p.end <= from ? from - p.end : p.start >= to ? p.start - to : 0;
    // Background clause: the date must lie in that clause (after its connector, before the next break).
    const bg = BACKGROUND.exec(text.slice(Math.max(0, m.index - 60), m.index));
    let lo = -1;
    let hi = Number.POSITIVE_INFINITY;
    if (bg) {
      lo = s.start + Math.max(0, m.index - 60) + bg.index;
      const brk = /[;:]/.exec(text.slice(m.index + m[0].length));
      hi = brk ? atEnd + brk.index : s.end;
    }
    let date: { period: string | null; text: string } | null = null;
    let bestD = Number.POSITIVE_INFINITY;
    for (const p of periods) {
      if (p.period === null || /same|previous|prior/i.test(p.text)) continue;
      if (bg && (p.start < lo || p.end > hi)) continue;
      const pre = text.slice(Math.max(0, p.start - s.start - 30), p.start - s.start);
      if (bg && (SINCE_BEFORE.test(pre) || /^since\b/i.test(p.text))) continue;
      // An attribution date (`…, a newspaper reported on Friday`) dates the report, not the act.
      if (REPORTED_BEFORE.test(pre)) continue;
      const d = distance(p, at, atEnd);
      if (d >= bestD || d >= 120) continue;
      // A date nearer another (non-overlapping) trigger of this sentence belongs to that trigger.
      if (
        hits.some((h) => {
          const hs = s.start + h.m.index;
          const he = hs + h.m[0].length;
          return h.m !== m && (he <= at || hs >= atEnd) && distance(p, hs, he) < d;
        })
      )
        continue;
      bestD = d;
      date = { period: p.period, text: p.text };
    }
    // "X said on Tuesday that …": the date of the reporting verb covers the reported act when nothing nearer dates it.
    if (!date && !bg)
      for (const p of periods)
        if (
          p.period !== null &&
          p.isDate &&
          p.end <= at &&
          SAID_ON.test(text.slice(Math.max(0, p.start - s.start - 24), p.start - s.start)) &&
          /^,? that\b/.test(text.slice(p.end - s.start, p.end - s.start + 7))
        )
          date = { period: p.period, text: p.text };
    seen.add(type);
    mentions ??= actorMentions(text, found);
    const actor = subjectActor(text, m.index, m.index + m[0].length, mentions, fallbackActor(type, ctx));
    const materials = MATERIALS.filter(([name, r]) => anyOf(found, entryAnchors(name)) && r.test(text))
      .map(([name]) => name)
      .slice(0, 3);
    const money = MONEY.exec(text);
    let amount: ExtractedEvent["amount"] = null;
    if (money && /grant|loan|funding|equity|contract|offtake|price_floor/.test(type)) {
      const scale = { billion: 1e9, bn: 1e9, million: 1e6, mn: 1e6, m: 1e6 }[money[2] ?? ""] ?? 1;
      const cur = money[0].startsWith("€")
        ? "EUR"
        : money[0].startsWith("A$")
          ? "AUD"
          : money[0].startsWith("RMB") || money[0].startsWith("¥")
            ? "CNY"
            : "USD";
      amount = {
        value: Number(money[1]!.replace(/,/g, "")) * scale,
        value_text: money[0],
        qualifier: null,
        approx: false,
        value_min: null,
        value_max: null,
        unit: cur,
        currency: cur,
      };
    }
    out.push({
      id: "",
      type,
      date: date?.period ?? null,
      date_text: date?.text ?? null,
      actor,
      action: text.length > 160 ? `${text.slice(0, 157)}...` : text,
      counterparty: null,
      materials,
      amount,
      effective_date: null,
      is_planned:
        FORECAST_WORDS.test(text.slice(0, m.index + m[0].length + 20)) &&
        !/\b(?:announced|adopted|approved|issued)\b/.test(text),
      salience: bg ? "peripheral" : "core",
      in_teaser: false,
      quote: text,
      quote_start: s.start,
      quote_end: s.end,
      note: null,
    });
  }
  return out;
}
