/**
 * @module Trigger rules for plants and projects, corporate decisions that change supply, regulations and policies,
 * and reports. One object per rule; `event-rules.ts` joins the tables. Each rule has a test sentence in
 * `rules-vocabulary.test.ts`.
 */
import type { EventRule } from "./event-rules.ts";

/** Nouns of plants and projects. */
const PLANT =
  "plant|facility|factory|circuit|centre|center|refinery|smelter|hub|production line|mine|magnet line|processing line";
const PLANT_ANCHORS = [
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
  "\\bmine\\b",
  "magnet line",
  "processing line",
];

export const OTHER_RULES: EventRule[] = [
  {
    type: "facility",
    form: "act",
    pattern: new RegExp(
      `\\b(?:build(?:s|ing)?|built|construct(?:s|ed|ing)?|open(?:s|ed|ing)?|reopen(?:s|ed|ing)?|restart(?:s|ed|ing)?|expand(?:s|ed|ing)?|upgrad(?:e|es|ed|ing)|commission(?:s|ed|ing)?|establish(?:es|ed|ing)?|set up|inaugurat(?:e|es|ed|ing)|br(?:oke|eak|eaks|eaking) ground on|(?:start\\w*|began|begin\\w*|commenc\\w*) (?:the )?construction (?:of|on))\\b[^;:()]{0,60}?\\b(?:${PLANT})\\b`,
      "gi",
    ),
    anchors: PLANT_ANCHORS,
  },
  {
    type: "facility",
    form: "act",
    // `develop` takes many objects (`develop technology for the plant`): only a plant right after it.
    pattern: new RegExp(
      `\\bdevelop(?:s|ed|ing)? (?:a |an |the |its |their |his |her )?(?:[\\w,-]+ ){0,4}?(?:${PLANT})\\b`,
      "gi",
    ),
    anchors: PLANT_ANCHORS,
  },
  {
    type: "facility",
    form: "act",
    pattern:
      /\b(?:plant|facility|factory|refinery|smelter|production line|mine)\b[^;:]{0,60}?\b(?:will be built|(?:is|are) being (?:built|constructed|developed)|under construction|opened|inaugurated|commissioned|came online|come online|comes online|come on stream|(?:start|starts|started|begin|begins|began|commence[sd]?|enter(?:s|ed)?) (?:commercial )?(?:production|producing|operations|operating)|to launch|launched|(?:was|were|is) completed)\b/gi,
    anchors: ["plant", "facilit", "factory", "refinery", "smelter", "production line", "\\bmine\\b"],
  },
  {
    type: "facility",
    form: "act",
    pattern:
      /\b(?:expand|increas|rais|doubl|tripl|lift|boost)\w* (?:its |their |annual )?(?:[\w-]+ ){0,2}?capacity (?:to|by) (?:about |around |some )?\d/gi,
    anchors: ["capacity to", "capacity by"],
  },
  {
    type: "facility",
    form: "act",
    pattern: new RegExp(
      `\\b(?:production|operations|output|construction|work) (?:at|of|on) (?:the |its |a |their )?(?:[\\w-]+ ){0,4}?(?:${PLANT})\\b[^;:.]{0,30}?\\b(?:began|begins|started|starts|commenced|commences|will (?:begin|start|commence))\\b(?! to\\b)`,
      "gi",
    ),
    anchors: [
      "\\bbegan\\b",
      "\\bbegins\\b",
      "\\bbegin\\b",
      "\\bstarted\\b",
      "\\bstarts\\b",
      "\\bstart\\b",
      "\\bcommence",
    ],
  },
  {
    type: "facility",
    form: "act",
    pattern:
      /\b(?:opening|commissioning|construction|completion|inauguration|groundbreaking) (?:ceremony )?(?:of|for|at) (?:its |the |a |an )?(?:[\w-]+ ){0,4}?(?:plant|facility|factory|refinery|smelter|circuit|mine)\b/gi,
    anchors: [
      "opening of",
      "commissioning of",
      "construction of",
      "completion of",
      "inauguration of",
      "groundbreaking",
    ],
  },
  {
    type: "corporate_decision",
    form: "act",
    pattern:
      /\b(?:stop|halt|cease|suspend|resum)\w* (?:shipping|selling|exporting|supplying|sending|delivering|shipments|exports|sales|deliveries)\b/gi,
    anchors: ["stop", "halt", "cease", "suspend", "resum"],
  },
  {
    type: "regulation",
    form: "thing",
    pattern:
      /\bamendments?\b|\bregulations?\b(?! (?:scrutiny|body|bodies|authorit))|\b(?:[A-Z][a-z]+ ){1,4}Act\b|\bdecree\b|\bdirective\b|\bexecutive orders?\b|\b(?:[Ii]nterim|[Nn]ew|[Dd]raft|[Ff]inal|[Ii]mplementing) rules\b/g,
    anchors: ["amendment", "regulation", " act\\b", "decree", "directive", "executive order", " rules"],
  },
  {
    type: "regulation",
    form: "act",
    pattern:
      /\bsigned (?:[\w-]+ ){0,3}?into law\b|\bpassed (?:a |the )?(?:law|bill)\b|\b(?:issu|publish|releas|adopt|finalis|finaliz|introduc)(?:e|es|ed|ing) (?:new |draft |interim |final |detailed )?(?:rules|guidelines) (?:on|for|governing)\b/gi,
    anchors: ["into law", "passed a", "passed the", "rules on", "rules for", "rules governing", "guidelines"],
  },
  {
    type: "policy",
    form: "thing",
    pattern:
      /\baction plan\b|\bpolicy\b|\bcoordinated actions?\b|\binitiative\b|\bstrategy\b|\bprogram(?:me)?\b|\broadmap\b|\b(?:strategic|national|government|state|critical minerals?|defen[cs]e) stockpil(?:e|es|ing)\b|\b(?:critical (?:minerals?|raw materials?)|strategic minerals?) list\b/gi,
    anchors: [
      "action plan",
      "policy",
      "coordinated action",
      "initiative",
      "strategy",
      "program",
      "roadmap",
      "stockpil",
      "minerals list",
      "materials list",
      "mineral list",
    ],
  },
  {
    type: "policy",
    form: "thing",
    // A public reserve of materials (`a strategic reserve`, `a national stockpile`) or plan; not a deposit's `ore
    // reserves` or a buyer's stocks.
    pattern:
      /\b(?:strategic|government|federal|emergency|national(?: strategic)?)(?: (?:critical )?(?:minerals?|metals?|rare earths?))? (?:reserves?|stockpiles?)\b|\b(?:national|government|federal|five-year|industrial|strategic) plan\b/gi,
    anchors: ["\\breserve", "stockpile", "\\bplan\\b"],
  },
  {
    type: "policy",
    form: "event",
    // A stockpile or reserve sized in money names the programme (`a $5 billion stockpile`); not cash or ore reserves.
    pattern:
      /\b(?:a|an)\s(?:[$€£¥]\s?|(?:US|A)\$\s?)\d[\d.,]*\s?(?:billion|million|trillion|bn|mn|m|b)?\s(?:(?!cash\b|ore\b|capital\b|expansion\b|investment\b|spending\b|capex\b)[\w-]+\s){0,3}?(?:stockpile|reserve)s?\b/gi,
    anchors: ["\\breserve", "stockpile", "\\bplan\\b"],
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
    pattern:
      /\b(?:released|published|issued) (?:a |its |the |an )?(?:new |annual |latest )?(?:report|white paper)\b/gi,
    anchors: ["report\\b", "white paper"],
  },
];
