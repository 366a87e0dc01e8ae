/** @module Event extraction: trigger phrases per event type, then date, actor, materials and amount from the same sentence. */
import type { ArticleContext } from "./claims.ts";
import { ENTITIES, FORECAST_WORDS, findCanonical, MATERIALS, entryAnchors, PLACES } from "./lexicon.ts";
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
    /\b(?:appl(?:y|ied|ying)|seek\w*|await\w*|wait\w* for|need\w*)\b[^.;]{0,40}\blicen[cs]e/i,
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
    /\bpreferred (?:stock|shares)|\bequity stake\b|\btake a stake\b|largest shareholder|\bacquir\w* (?:a )?stake/i,
  ],
  [
    "funding",
    /\bfunding\b|\binvestment from\b|\bseries [a-e]\b|\braised?\b[^.;]{0,30}\b(?:US)?\$|\binvest(?:ed|s)\b/i,
  ],
  ["offtake", /\bofftake\b/i],
  ["price_floor", /\bprice floor\b|\bminimum price\b|\bfloor price\b/i],
  ["price_listing", /\blisted prices?\b|\blisting prices?\b/i],
  ["joint_venture", /\bjoint venture\b/i],
  [
    "partnership",
    /\bpartnership\b|\b(?:landmark|strategic|cooperation) agreement\b|\bagreement with\b|\breached cooperation\b/i,
  ],
  [
    "facility",
    /\b(?:build\w*|construct\w*|open\w*|commission\w*|establish\w*|set up)\b[^.;]{0,60}\b(?:plant|facility|factory|circuit|centre|center|refinery|mine)\b|\b(?:plant|facility|factory)\b[^.;]{0,30}\b(?:will be built|under construction|opened|commissioned)\b/i,
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
  offtake: ["offtake"],
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
const TRIGGER_IDS = new Map(
  Object.entries(TRIGGER_ANCHORS).map(([type, words]) => [type as EventType, anchorIds(words)]),
);

const MONEY = /(?:US\$|\$US|A\$|\$|€|£|RMB ?|¥)\s?(\d[\d,]*(?:\.\d+)?)\s?(billion|million|bn|mn|m)?\b/;

/**
 * Events of one sentence. `info` carries what the caller already computed for the sentence (its text, the anchor
 * words present, its period mentions); missing parts are computed here.
 */
export function sentenceEvents(
  s: Span,
  ctx: ArticleContext,
  info: { text?: string; found?: Found; periods?: PeriodMention[] } = {},
): ExtractedEvent[] {
  const text = info.text ?? ctx.body.slice(s.start, s.end);
  if (text.length < 20) return [];
  const found = info.found ?? scanAnchors(text);
  if (found.hits === 0) return [];
  const out: ExtractedEvent[] = [];
  const seen = new Set<EventType>();
  let periods: PeriodMention[] | null = info.periods ?? null;
  for (const [type, re] of TRIGGERS) {
    if (!anyOf(found, TRIGGER_IDS.get(type))) continue;
    const m = re.exec(text);
    if (!m || seen.has(type)) continue;
    if (type === "export_control" && (seen.has("export_control_suspension") || seen.has("export_license"))) {
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
    seen.add(type);
    periods ??= findPeriods(text, ctx.period, s.start, found);
    const at = s.start + m.index;
    let date: { period: string | null; text: string } | null = null;
    let bestD = Number.POSITIVE_INFINITY;
    for (const p of periods) {
      if (p.period === null || /same|previous|prior/i.test(p.text)) continue;
      const d = p.end <= at ? at - p.end : p.start >= at + m[0].length ? p.start - at - m[0].length : 0;
      if (d < bestD && d < 120) {
        bestD = d;
        date = { period: p.period, text: p.text };
      }
    }
    const ent = findCanonical(ENTITIES, text, found);
    const plc = findCanonical(PLACES, text, found);
    const firstEnt = ent && (!plc || ent.index <= plc.index) ? ent : plc;
    const actor = firstEnt?.name ?? ctx.mainEntity ?? "China";
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
      salience: "core",
      in_teaser: false,
      quote: text,
      quote_start: s.start,
      quote_end: s.end,
      note: null,
    });
  }
  return out;
}
