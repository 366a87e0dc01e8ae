/**
 * @module Trigger rules for money and deals: contract awards, grants, loans, equity stakes, funding, subsidy schemes,
 * offtakes, price floors and listings, joint ventures and partnerships. One object per rule; `event-rules.ts` joins
 * the tables. Each rule has a test sentence in `rules-vocabulary.test.ts`.
 */
import type { EventRule } from "./event-rules.ts";

/** A currency sign or code right before an amount (`$`, `US$`, `A$`, `€`, `RMB `). */
const MONEY = "(?:US|A|C|HK)?[$€£¥₹]\\s?\\d|\\b(?:USD|AUD|EUR|RMB|CNY|Rs\\.?|INR)\\s?\\$?\\s?\\d";
/** A hedge or bound before an amount. */
const HEDGE =
  "(?:up to |about |around |roughly |nearly |more than |over |at least |an additional |a further |another )?";

/** Anchors for whole words only (`\\bwon\\b`, not `wonder`). */
const wordForms = (...words: string[]) => words.map((w) => `\\b${w}\\b`);

/** After the first digit of an amount: the amount is not earnings, sales or orders (`$3 million in revenue`). */
const NOT_EARNED =
  "(?![\\d.,]*\\s?(?:million|billion|mn|bn|m|b|k)?\\s+(?:(?:in |of |worth of )?(?:revenues?|sales|profits?|earnings|income|orders|contracts?|fees|royalties|dividends?|proceeds|damages|compensation)|from (?:the )?(?:sale|disposal|divestment|selling)|in (?:a |the )?(?:court|settlement|lawsuit|legal))\\b)";

export const MONEY_RULES: EventRule[] = [
  {
    type: "offtake",
    form: "act",
    pattern:
      /\bcommit\w* to (?:buy|purchas)\w*|\b(?:buy|purchas)\w* (?:all|100%)(?: of)? (?:the |its )?(?:output|production)|\bagree\w* to (?:buy|purchase|supply|sell|deliver)\b|\b(?:supply|sell|deliver)\w* (?:up to |about |around |some )?\d+(?:\.\d+)?% of\b|\b(?:buy|purchas|tak)\w* (?:up to |about |around |some )?\d+(?:\.\d+)?% of (?:the |its |their )?(?:[\w'’-]+ ){0,4}?(?:output|production|supply|volumes?|products?|concentrate|carbonate|oxides?|magnets)\b|\bagreements? (?:[^;:.]{0,40}? )?for the (?:supply|sale|purchase) of\b|\bright of offtake\b/gi,
    anchors: [
      "commit",
      "agree",
      "% of",
      "all the",
      "all of",
      "all output",
      "all production",
      "for the supply",
      "for the sale",
      "for the purchase",
      "offtake",
    ],
  },
  {
    type: "offtake",
    form: "act",
    // Rights to a share of output (`gives the buyer priority supply rights`, `secured preferential access to output`).
    pattern:
      /\b(?:give|gives|gave|giving|grant(?:s|ed|ing)?|secur(?:e|es|ed|ing)|offer(?:s|ed|ing)?|guarantee(?:s|d|ing)?|receiv(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|won|wins?|gets?|got)\b[^;:.]{0,40}?\b(?:priority|preferential|exclusive) (?:supply|access|offtake|purchase)(?: rights?)?\b/gi,
    anchors: [
      "priority supply",
      "priority access",
      "priority offtake",
      "priority purchase",
      "preferential supply",
      "preferential access",
      "exclusive supply",
      "exclusive access",
      "exclusive offtake",
      "exclusive purchase",
    ],
  },
  {
    type: "offtake",
    form: "event",
    pattern:
      /\boff-?takes?(?: (?:agreement|deal|contract|pact|arrangement)s?)?\b|\b(?:supply|sales|purchase|procurement) (?:agreement|deal|contract|pact|arrangement)s?\b/gi,
    anchors: [
      "offtake",
      "off-take",
      "supply agreement",
      "sales agreement",
      "purchase agreement",
      "procurement agreement",
      "supply deal",
      "supply contract",
      "sales contract",
      "purchase contract",
      "supply arrangement",
      "supply pact",
    ],
  },
  {
    type: "contract_award",
    form: "act",
    pattern:
      /(?<!supply |sales |offtake |purchase )\bcontract\b[^;:]{0,40}?\b(?:awarded|granted)\b|\b(?:award\w*|won|wins?|winning|secur\w*|sign\w*|land\w*|clinch\w*|ink\w*|receiv\w*)\b[^;:]{0,40}?(?<!supply |sales |offtake |purchase )\bcontracts?\b|\bawarded\b[^;:]{0,40}?\b(?:deal|order)s?\b|\bselected\b[^;:.]{0,40}?\bto (?:supply|build|provide|deliver|develop|manufacture)\b/gi,
    anchors: ["contract", "awarded", "selected"],
  },
  {
    type: "contract_award",
    form: "thing",
    pattern: /(?<!supply |sales |offtake |purchase |employment )\bcontracts?\b/gi,
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
      /\bawarding\s(?:US)?[$€£]?\s?\d|\bawarding(?:US)?[$€£]\s?\d|\bawarded\s(?:a\s)?(?:US|A)?[$€£]\s?\d|\bgrant(?:s|ed|ing)? (?:\w+ ){0,3}?(?:up to |about |nearly |more than )?(?:(?:US|A)?[$€£]\s?\d|(?:USD|AUD|EUR|RMB)\s?\d)/gi,
    anchors: ["awarding", "awarded", "grant"],
  },
  {
    type: "loan",
    form: "thing",
    pattern:
      /\bloans?\b|\b(?:credit|loan|debt|financing) facilit(?:y|ies)\b|\bdebt (?:financing|package)\b|\bletters? of interest\b|\bconditional (?:loan )?commitments?\b|\bloan guarantees?\b/gi,
    anchors: [
      "loan",
      "credit facilit",
      "debt facilit",
      "financing facilit",
      "debt financing",
      "debt package",
      "letter of interest",
      "letters of interest",
      "conditional commitment",
      "conditional loan",
    ],
  },
  {
    type: "loan",
    form: "act",
    pattern: new RegExp(`\\b(?:lend\\w*|lent)\\b (?:\\w+ ){0,3}?${HEDGE}(?:${MONEY})`, "gi"),
    anchors: ["lend", "lent"],
  },
  {
    type: "equity_investment",
    form: "act",
    pattern:
      /\bpreferred (?:stock|shares)\b|\bequity (?:stake|investment|finance|financing)\b|\b(?:take|takes|taking|took|acquir\w*|buy\w*|bought|will (?:own|hold)|to (?:own|hold))(?: an?| its| the)?(?: [\w.%$€£-]+){0,3} stake\b|\b(?:acquir\w*|buy\w*|bought|tak\w*|took|purchas\w*) (?:an? |a further |an additional )?\d+(?:\.\d+)?(?: ?%| per ?cent| percent) (?:(?:stake|interest|holding|shareholding) (?:in|of)|of (?:the )?(?:company|group|firm|miner|shares|equity)\b)|\b(?:give|gives|gave|giving|grant(?:s|ed|ing)?) (?:[\w-]+ ){0,3}?(?:an? )?\d+(?:\.\d+)?(?: ?%| per ?cent| percent) (?:stake|interest|holding|shareholding)\b|\blargest shareholder\b|\bcornerstone investor\b|\b(?:share|private|institutional|equity) placement\b|\bsubscri\w* (?:for|to) (?:new )?shares\b/gi,
    anchors: [
      "preferred",
      "equity stake",
      "equity invest",
      "equity finan",
      "stake",
      "% in",
      "% of",
      "cent in",
      "cent of",
      "shareholder",
      "cornerstone",
      "placement",
      "subscri",
    ],
    // `shareholder` also finds `shareholders of`, which the pattern takes only as `largest shareholder`; `holding`
    // stands for a `N% holding` or `shareholding` the anchors do not name.
    gate: [
      "preferred",
      "equity stake",
      "equity invest",
      "equity finan",
      "stake",
      "% in",
      "% of",
      "cent in",
      "cent of",
      "holding",
      "largest shareholder",
      "cornerstone",
      "placement",
      "subscri",
    ],
  },
  {
    type: "funding",
    form: "act",
    pattern: new RegExp(
      `\\binvestment from\\b|\\brais(?:e|es|ed|ing)\\b[^;:]{0,30}?(?:US|A|C)?\\$|\\binvest(?:ed|s|ing)?\\b(?= (?:(?:US|A|C)?\\$|€|£|about|around|up to|nearly|over|more than|\\d))|\\b(?:contribut\\w*|provid\\w*|commit\\w*|pledg\\w*|earmark\\w*|allocat\\w*|inject\\w*|pour\\w*|plough\\w*)\\b (?:\\w+ ){0,2}?${HEDGE}(?:${MONEY})|\\b(?:will|to|set to|plans? to|agreed to|committed to) invest in\\b`,
      "gi",
    ),
    anchors: [
      "investment from",
      "rais",
      "invest",
      "contribut",
      "provid",
      "commit",
      "pledg",
      "earmark",
      "allocat",
      "inject",
      "pour",
      "plough",
    ],
  },
  {
    type: "funding",
    form: "act",
    // Money the subject gets (`secured $45 million`, `won A$20m in federal backing`), not money it earns (`received
    // $3 million in revenue`, `won $50 million in contracts`).
    pattern: new RegExp(
      `\\b(?:secur(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|attract(?:s|ed|ing)?|land(?:s|ed|ing)?|garner(?:s|ed|ing)?|clinch(?:es|ed|ing)?|w[io]n|wins|winning) (?:a |an |the )?${HEDGE}(?:${MONEY})${NOT_EARNED}|\\b(?:financ|fund|back)(?:e|es|ed|ing|s)?\\b (?:[\\w-]+ ){0,4}?with ${HEDGE}(?:${MONEY})`,
      "gi",
    ),
    anchors: [
      ...wordForms("secure", "secures", "secured", "securing", "obtain", "obtains", "obtained", "obtaining"),
      ...wordForms(
        "receive",
        "receives",
        "received",
        "receiving",
        "attract",
        "attracts",
        "attracted",
        "attracting",
      ),
      ...wordForms("land", "lands", "landed", "landing", "garner", "garners", "garnered", "garnering"),
      ...wordForms("clinch", "clinches", "clinched", "clinching", "won", "win", "wins", "winning"),
      ...wordForms("finance", "finances", "financed", "financing", "fund", "funds"),
      ...wordForms("funded", "funding", "back", "backs", "backed", "backing"),
    ],
  },
  {
    type: "funding",
    form: "thing",
    pattern:
      /\bfunding\b|\binvestments?\b|\bseries [a-e](?: round| extension)?\b|\bfinancing\b|\b(?:capital raise|fundraising|fund-raising|seed round)\b/gi,
    anchors: ["fund", "investment", "series", "financing", "capital raise", "seed round"],
  },
  {
    type: "subsidy_scheme",
    form: "thing",
    pattern:
      /\bsubsid(?:y|ies)(?: scheme| programme| program| package)?\b|\b(?:incentive|support|aid|subsidy|grant|funding) (?:scheme|programme|program|package)\b|\bproduction[- ]linked incentives?\b|\bscheme\b|\b(?:production |investment |advanced manufacturing )?tax credits?\b|\btax incentives?\b/gi,
    anchors: ["subsid", "incentive", "scheme", "support p", "aid p", "grant p", "funding p", "tax credit"],
  },
  {
    type: "price_floor",
    form: "thing",
    pattern:
      /\b(?:price floor|minimum price|floor price|guaranteed (?:minimum )?price|price guarantee|price[- ]support)(?: guarantee| commitment| mechanism| agreement)?\b/gi,
    anchors: [
      "floor",
      "minimum price",
      "guaranteed price",
      "guaranteed minimum",
      "price guarantee",
      "price support",
      "price-support",
    ],
  },
  {
    type: "price_floor",
    form: "act",
    pattern: /\bguarantee(?:s|d|ing)? (?:a |an )?(?:minimum |floor )?price\b/gi,
    anchors: [
      "guarantee a",
      "guarantees a",
      "guaranteed a",
      "guaranteeing a",
      "guarantee an",
      "guaranteed an",
    ],
  },
  {
    type: "price_listing",
    form: "event",
    pattern: /\b(?:listed|listing|posted) prices?\b/gi,
    anchors: ["listed price", "listing price", "posted price"],
  },
  {
    type: "joint_venture",
    form: "thing",
    pattern: /\bjoint[- ]ventures?\b|\bJVs?\b|\bjoint (?:company|enterprise)\b/gi,
    anchors: ["joint venture", "joint-venture", "\\bjv", "joint company", "joint enterprise"],
  },
  {
    type: "partnership",
    form: "act",
    // Companies taking part in a programme, scheme or stockpile: a partnership with its sponsor.
    pattern:
      /\b(?:join(?:s|ed|ing)?|sign(?:s|ed|ing)? up (?:to|for)|(?:tak(?:e|es|ing)|took) part in|participat(?:e|es|ed|ing) in|enrol(?:l|s|ls|led|ling)? in|opt(?:s|ed)? into|(?:is|are|was|were) (?:among )?(?:the )?(?:first )?(?:participants|members|partners) (?:of|in))\b (?:the |a |an |its |this )?(?:[\w$€£.-]+ ){0,4}?(?:programmes?|programs?|schemes?|stockpiles?|initiatives?|alliances?|consortium|coalitions?|reserves?|platforms?)\b/gi,
    anchors: [
      ...wordForms("join", "joins", "joined", "joining", "participants", "members", "partners"),
      "signed up",
      "sign up",
      "signs up",
      "signing up",
      "part in",
      "participat",
      "enrol",
      "opted into",
      "opt into",
      "opts into",
    ],
    listActors: "before",
  },
  {
    type: "partnership",
    form: "act",
    pattern:
      /\b(?:(?:participants|participating (?:companies|firms|manufacturers|producers|carmakers|automakers|members)|signatories)(?: of (?:the |a |an |its |this )?(?:[\w-]+ ){0,3}?[\w-]+)? (?:include|includes|included|are|were|will be)|(?:founding |first )?(?:members|partners)(?: of (?:the |a |an |its |this )?(?:[\w-]+ ){0,3}?[\w-]+)? (?:include|includes|included))\b/gi,
    anchors: wordForms("participants", "participating", "members", "partners", "signatories"),
    listActors: "after",
  },
  {
    type: "partnership",
    form: "thing",
    pattern:
      /\bpartnerships?\b|\b(?:landmark|strategic|cooperation|collaboration|framework) agreement\b|\bagreement with\b|\bmemorand(?:um|a) of (?:understanding|cooperation)\b|\bMoUs?\b|\b(?:strategic )?alliance\b|(?<!\bto )\bdeal with\b/gi,
    anchors: ["partnership", "agreement", "memorand", "\\bmou", "alliance", "deal with"],
  },
  {
    type: "partnership",
    form: "act",
    pattern:
      /\b(?:partner(?:s|ed|ing)?|team(?:s|ed)? up|collaborat\w*|join\w* forces) with\b|\breached cooperation\b/gi,
    anchors: [
      "partner",
      "teamed up",
      "team up",
      "teams up",
      "collaborat",
      "forces with",
      "reached cooperation",
    ],
  },
];
