/**
 * @module Event trigger rules: one object per rule (event type, what the trigger is, its pattern and anchor words),
 * the act-verb lexicon that makes a noun trigger an event, and per-type facts (money types, state-only types, rules
 * with an effective date). Change a rule here; `events.ts` applies them.
 */
import type { EventType } from "./schema.ts";

/**
 * What a trigger is:
 * - `act`: a verb phrase that reports an act (`restricted exports`, `awarded … a contract`): an event by itself;
 * - `event`: a noun that names an act or meeting (`trade talks`, `a summit`): an event unless it only points back at
 *   one named before (`the talks`, `this deal`);
 * - `thing`: a noun that names an instrument or a state (`export controls`, `a policy`, `a loan`, `quotas`): an event
 *   only when its clause acts on it (an act verb governs it, a participle or relative clause reports its act, a date
 *   or, for money, an amount is attached). `US policy focuses on …` or `the 2023 quota` are not events.
 */
export type TriggerForm = "act" | "event" | "thing";

export interface EventRule {
  type: EventType;
  form: TriggerForm;
  /** Global, case-insensitive; no nested unbounded quantifiers. */
  pattern: RegExp;
  /** Lower-case substrings of which one must occur in the sentence for the pattern to run. */
  anchors: string[];
}

/** Rules, most specific first: a match inside an earlier rule's match of another type is not a trigger of its own. */
export const EVENT_RULES: EventRule[] = [
  {
    type: "export_control_suspension",
    form: "act",
    pattern:
      /\b(?:suspend\w*|paus\w*|lift\w*|postpone\w*|delay\w*)\b[^;:]{0,60}?\b(?:export controls?|export restrictions?|control measures|export ban|curbs|controls|announcements?|declarations?|decrees?)\b|\b(?:export controls?|export restrictions?|control measures)\b[^;:]{0,40}?\b(?:suspended|paused|lifted|postponed)\b/gi,
    anchors: ["suspen", "paus", "lift", "postpone", "delay"],
  },
  {
    type: "export_control_suspension",
    form: "event",
    pattern:
      /\b(?:suspension|pause|postponement) (?:of|on) (?:the |its |these |those )?[\w -]{0,30}?(?:controls?|restrictions|measures|ban|announcements?|rules|decrees?|declarations?)\b/gi,
    anchors: ["suspension", "pause", "postponement"],
  },
  {
    type: "export_license_application",
    form: "act",
    pattern:
      /\b(?:appl(?:y|ied|ies|ying)|seek\w*|sought|await\w*|wait\w* for|request\w*|get|obtain\w*|secur\w*)\b[^;:]{0,40}?\blicen[cs]es?\b/gi,
    anchors: ["licen"],
  },
  {
    type: "export_license",
    form: "act",
    pattern:
      /\b(?:issu\w*|grant\w*|approv\w*)\b[^;:]{0,50}?\b(?:export )?licen[cs]e(?:s| applications)\b|\blicen[cs]es (?:[\w-]+ ){0,4}?(?:were|have been|had been|will be|would be|are being) (?:issued|granted|approved)\b/gi,
    anchors: ["licen"],
  },
  {
    type: "export_license",
    form: "thing",
    pattern: /\bgeneral licen[cs]es?\b/gi,
    anchors: ["general licen"],
  },
  {
    type: "export_control",
    form: "act",
    pattern:
      /\brestrict(?:s|ed|ing)? (?:the )?(?:[\w-]+ ){0,3}?exports?\b(?! to)|\b(?:bann?\w*|curb\w*) (?:the )?exports?\b|\bsubject to (?:Chinese |China's |its )?export (?:controls?|licen[cs]ing|licen[cs]es?|permits?)\b|\brequire\w* (?:prior )?(?:approval|permits?|(?:an? )?(?:export )?licen[cs]es?)\b|\bneed permits\b|\badd\w* [^;:]{0,40}?\bexport control list\b/gi,
    anchors: ["restrict", "\\bban", "\\bcurb", "subject to", "require", "need permits", "control list"],
  },
  {
    type: "export_control",
    form: "thing",
    pattern:
      /\bexport (?:controls?|restrictions|curbs|bans?|permits|licen[cs]ing (?:regime|requirements?|system))(?: measures| regimes?| rules| lists?)?\b|\bcontrols? on (?:the )?exports?\b|\brestrictions on (?:the )?exports? of\b|\bcontrol measures\b|\blicen[cs]ing regime\b|\bcurbs on (?:[\w-]+ ){0,3}?exports\b/gi,
    anchors: [
      "export control",
      "export restriction",
      "export curb",
      "export ban",
      "export permit",
      "export licen",
      "controls on",
      "restrictions on",
      "control measures",
      "licensing regime",
      "licencing regime",
      "curbs on",
    ],
  },
  {
    type: "quota",
    form: "thing",
    pattern: /\b(?:mining |production |smelting |separation |export |output )?quotas?\b/gi,
    anchors: ["quota"],
  },
  {
    type: "tariff",
    form: "thing",
    pattern: /\btariffs?\b|\bimport dut(?:y|ies)\b/gi,
    anchors: ["tariff", "import dut"],
  },
  {
    type: "trade_talks",
    form: "event",
    pattern:
      /\btrade talks\b|\bsummit\b|\bnegotiations\b|\btalks (?:between|with)\b|\bmeeting between\b|\bmet with\b/gi,
    anchors: ["talks", "summit", "negotiations", "meeting between", "met with"],
  },
  {
    type: "trade_agreement",
    form: "event",
    pattern: /\btrade (?:deal|agreement|truce|pact)s?\b|\bagreements? between\b|\btruce\b/gi,
    anchors: ["trade deal", "trade agreement", "trade truce", "trade pact", "agreement", "truce"],
  },
  {
    type: "trade_restriction",
    form: "act",
    pattern:
      /\brestrictions on (?:[\w.]+ )?exports to\b|\badd\w* [^;:]{0,40}?\bentity list\b|\bblacklist\w*\b/gi,
    anchors: ["restrictions on", "entity list", "blacklist"],
  },
  {
    type: "trade_restriction",
    form: "thing",
    pattern: /\bentity list\b|\bsanctions?\b/gi,
    anchors: ["entity list", "sanction"],
  },
  {
    type: "contract_award",
    form: "act",
    pattern:
      /\bcontract\b[^;:]{0,40}?\bawarded\b|\b(?:award\w*|won|wins?|secur\w*|signed)\b[^;:]{0,40}?\bcontract\b/gi,
    anchors: ["contract"],
  },
  {
    type: "grant",
    form: "thing",
    pattern: /\bgrants?\b/gi,
    anchors: ["grant"],
  },
  {
    type: "grant",
    form: "act",
    pattern:
      /\bawarding\s(?:US)?[$€£]?\s?\d|\bawarding(?:US)?[$€£]\s?\d|\bawarded\s(?:a\s)?(?:US|A)?[$€£]\s?\d/gi,
    anchors: ["awarding", "awarded"],
  },
  {
    type: "loan",
    form: "thing",
    pattern: /\bloans?\b|\b(?:credit|loan|debt) facilit(?:y|ies)\b|\bdebt financing\b/gi,
    anchors: ["loan", "credit facilit", "debt facilit", "debt financing"],
  },
  {
    type: "equity_investment",
    form: "act",
    pattern:
      /\bpreferred (?:stock|shares)\b|\bequity stake\b|\b(?:take|takes|taking|took|acquir\w*|buy\w*|bought|will (?:own|hold)|to (?:own|hold))(?: an?| its| the)?(?: [\w.%$€£-]+){0,3} stake\b|\blargest shareholder\b/gi,
    anchors: ["preferred", "stake", "shareholder"],
  },
  {
    type: "funding",
    form: "act",
    pattern:
      /\binvestment from\b|\brais(?:e|es|ed|ing)\b[^;:]{0,30}?(?:US|A|C)?\$|\binvest(?:ed|s|ing)?\b(?= (?:(?:US|A|C)?\$|€|£|about|around|up to|nearly|over|more than|\d))/gi,
    anchors: ["investment from", "rais", "invest"],
  },
  {
    type: "funding",
    form: "thing",
    pattern: /\bfunding\b|\binvestments?\b|\bseries [a-e](?: round| extension)?\b/gi,
    anchors: ["fund", "investment", "series"],
  },
  {
    type: "subsidy_scheme",
    form: "thing",
    pattern:
      /\bsubsid(?:y|ies)(?: scheme| programme| program| package)?\b|\b(?:incentive|support|aid|subsidy) (?:scheme|programme|program|package)\b|\bproduction[- ]linked incentive\b|\bscheme\b/gi,
    anchors: ["subsid", "incentive", "scheme", "support p", "aid p"],
  },
  {
    type: "offtake",
    form: "act",
    pattern:
      /\bcommit\w* to (?:buy|purchas)\w*|\b(?:buy|purchas)\w* (?:all|100%)(?: of)? (?:the |its )?(?:output|production)|\bagree\w* to (?:buy|purchase)\b|\b(?:supply|sell|deliver)\w* (?:up to |about |around |some )?\d+(?:\.\d+)?% of\b|\b(?:buy|purchas|tak)\w* (?:up to |about |around |some )?\d+(?:\.\d+)?% of (?:the |its |their )?(?:[\w'’-]+ ){0,2}?(?:output|production|supply|volumes?|product)/gi,
    anchors: ["commit", "agree", "% of", "all the", "all of", "all output", "all production"],
  },
  {
    type: "offtake",
    form: "event",
    pattern: /\bofftake\b|\bsupply agreement\b|\bsales agreement\b/gi,
    anchors: ["offtake", "supply agreement", "sales agreement"],
  },
  {
    type: "price_floor",
    form: "thing",
    pattern: /\bprice floor\b|\bminimum price\b|\bfloor price\b|\bguaranteed price\b/gi,
    anchors: ["floor", "minimum price", "guaranteed price"],
  },
  {
    type: "price_listing",
    form: "event",
    pattern: /\blisted prices?\b|\blisting prices?\b/gi,
    anchors: ["listed price", "listing price"],
  },
  {
    type: "joint_venture",
    form: "thing",
    pattern: /\bjoint venture\b/gi,
    anchors: ["joint venture"],
  },
  {
    type: "partnership",
    form: "thing",
    pattern:
      /\bpartnerships?\b|\b(?:landmark|strategic|cooperation|collaboration|framework) agreement\b|\bagreement with\b|\bmemorandum of understanding\b|\bMoU\b/gi,
    anchors: ["partnership", "agreement", "memorandum", "\\bmou\\b"],
  },
  {
    type: "partnership",
    form: "act",
    pattern: /\b(?:partner(?:s|ed|ing)?|team(?:s|ed)? up|collaborat\w*) with\b|\breached cooperation\b/gi,
    anchors: ["partner", "teamed up", "team up", "teams up", "collaborat", "reached cooperation"],
  },
  {
    type: "facility",
    form: "act",
    pattern:
      /\b(?:build\w*|built|construct\w*|open\w*|commission\w*|establish\w*|set up|br(?:oke|eak|eaks|eaking) ground on)\b[^;:]{0,60}?\b(?:plant|facility|factory|circuit|centre|center|refinery|smelter|hub|production line)\b/gi,
    anchors: [
      "plant",
      "facilit",
      "factory",
      "circuit",
      "centre",
      "center",
      "refinery",
      "smelter",
      "hub",
      "production line",
    ],
  },
  {
    type: "facility",
    form: "act",
    pattern:
      /\b(?:plant|facility|factory|refinery|smelter|production line)\b[^;:]{0,60}?\b(?:will be built|under construction|opened|commissioned|came online|come online|comes online|come on stream|(?:start|starts|started|begin|begins|began|commence[sd]?) (?:production|producing|operations|operating)|to launch|launched|(?:was|were|is) completed)\b/gi,
    anchors: ["plant", "facilit", "factory", "refinery", "smelter", "production line"],
  },
  {
    type: "facility",
    form: "act",
    pattern:
      /\b(?:expand|increas|rais|doubl|lift|boost)\w* (?:its |their |annual )?(?:[\w-]+ ){0,2}?capacity (?:to|by) (?:about |around |some )?\d/gi,
    anchors: ["capacity to", "capacity by"],
  },
  {
    type: "facility",
    form: "act",
    pattern:
      /\b(?:opening|commissioning|construction|completion) of (?:its |the |a )?(?:[\w-]+ ){0,4}?(?:plant|facility|factory|refinery|smelter|circuit)\b/gi,
    anchors: ["opening of", "commissioning of", "construction of", "completion of"],
  },
  {
    type: "corporate_decision",
    form: "act",
    pattern:
      /\b(?:stop|halt|cease|suspend)\w* (?:shipping|selling|exporting|supplying|shipments|exports|sales)\b/gi,
    anchors: ["stop", "halt", "cease", "suspend"],
  },
  {
    type: "regulation",
    form: "thing",
    pattern:
      /\bamendments?\b|\bregulations?\b(?! (?:scrutiny|body|bodies|authorit))|\b(?:[A-Z][a-z]+ ){1,4}Act\b|\bdecree\b|\bdirective\b/g,
    anchors: ["amendment", "regulation", " act\\b", "decree", "directive"],
  },
  {
    type: "policy",
    form: "thing",
    pattern:
      /\baction plan\b|\bpolicy\b|\bcoordinated actions?\b|\binitiative\b|\bstrategy\b|\bprogram(?:me)?\b/gi,
    anchors: ["action plan", "policy", "coordinated action", "initiative", "strategy", "program"],
  },
  {
    type: "policy",
    form: "act",
    pattern: /\bplans? to establish\b/gi,
    anchors: ["plan to establish", "plans to establish"],
  },
  {
    type: "report",
    form: "act",
    pattern: /\b(?:released|published|issued) (?:a |its |the |an )?(?:new |annual )?report\b/gi,
    anchors: ["report\\b"],
  },
];

/** Types whose amount is money (or a price) attached to the event. */
export const MONEY_TYPES = new Set<EventType>([
  "grant",
  "loan",
  "funding",
  "equity_investment",
  "contract_award",
  "offtake",
  "price_floor",
  "subsidy_scheme",
  "partnership",
  "joint_venture",
]);

/** Types only a state takes: their unnamed actor is the exporting state, China, in this domain. */
export const STATE_TYPES = new Set<EventType>([
  "export_control",
  "export_control_suspension",
  "export_license",
  "quota",
]);

/** Types that are rules: a date introduced by `from`, `effective`, `starting` is when they apply (`effective_date`). */
export const RULE_TYPES = new Set<EventType>([
  "export_control",
  "export_control_suspension",
  "export_license",
  "quota",
  "tariff",
  "trade_restriction",
  "regulation",
  "policy",
  "subsidy_scheme",
  "price_floor",
]);

/** Types whose year written before the trigger names the period they cover, not the act (`the 2024 quota`). */
export const PERIOD_NAMED_TYPES = new Set<EventType>(["quota", "policy", "subsidy_scheme", "regulation"]);
