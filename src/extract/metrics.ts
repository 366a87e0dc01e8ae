/** @module Metric lexicons: which metric and family a figure belongs to, chosen by the keyword nearest the figure. */

import { type Clause, inClause } from "./clauses.ts";
import { anchorIds, anyOf, type Found } from "./triggers.ts";

export type ValueClass = "money" | "price" | "mass" | "percent" | "multiplier" | "count" | "change";

/** [keyword pattern, metric, family, anchor words (the pattern can match only where one occurs)]. */
type Entry = [RegExp, string, string, string[]];

const MONEY: Entry[] = [
  [
    /net ?profit[^.,;]{0,40}(?:non-recurring|deduct|excl)/gi,
    "net profit excl. non-recurring items",
    "financials",
    ["profit"],
  ],
  [
    /net ?profit[^.,;]{0,30}(?:attributable|to mother|to parent|shareholders)/gi,
    "net profit attributable to shareholders",
    "financials",
    ["profit"],
  ],
  [/net ?(?:profit|income)|净利润/gi, "net profit", "financials", ["profit", "net income", "净利润"]],
  [/segment revenue/gi, "segment revenue", "financials", ["segment revenue"]],
  [/revenue|turnover|营收|营业收入/gi, "revenue", "financials", ["revenue", "turnover", "营收", "营业收入"]],
  [/receipts/gi, "sales receipts", "financials", ["receipts"]],
  [/cash/gi, "cash and short-term deposits", "financials", ["cash"]],
  [
    /capital (?:projects|expenditure)|capex/gi,
    "capital expenditure",
    "financials",
    ["capital projects", "capital expenditure", "capex"],
  ],
  [
    /\bstock\b(?! ?pile)|share price|shares (?:rose|fell|closed|traded)/gi,
    "share price",
    "financials",
    ["stock", "share price", "shares"],
  ],
  [/market (?:size|value|is expected|was valued|valued)|market\b/gi, "market size", "market", ["market"]],
  [
    /export value|exports? (?:were )?worth|value of (?:[\w-]+ ){0,2}(?:exports|shipments)|in value|(?:export|shipment)s?[^.;]{0,30}value/gi,
    "export value",
    "trade",
    ["value", "worth"],
  ],
  [
    /\bscheme\b|state aid|set aside|earmarked/gi,
    "scheme outlay",
    "funding",
    ["scheme", "state aid", "set aside", "earmarked"],
  ],
  [/\bloan/gi, "loan", "funding", ["loan"]],
  [/\bgrant/gi, "grant", "funding", ["grant"]],
  [
    /preferred stock|equity|stake|shareholder/gi,
    "equity investment",
    "funding",
    ["preferred stock", "equity", "stake", "shareholder"],
  ],
  [/contract/gi, "contract award", "funding", ["contract"]],
  [
    /series [a-e]\b|funding round|\bround\b/gi,
    "funding round size",
    "funding",
    ["series", "funding round", "round"],
  ],
  [
    /invest|fund|financ|award|provide|raise[ds]?|backing|support/gi,
    "funding",
    "funding",
    ["invest", "fund", "financ", "award", "provide", "raise", "backing", "support"],
  ],
  [/price/gi, "price", "price", ["price"]],
];

const PRICE: Entry[] = [
  [
    /average selling price|\bASP\b|realised price|realized price|\bsold\b(?: [\w-]+){0,4} at an average/gi,
    "average selling price",
    "price",
    ["average selling price", "asp", "realised price", "realized price", "sold"],
  ],
  [
    /price floor|floor price|minimum price|guaranteed (?:minimum )?price/gi,
    "price floor",
    "price",
    ["floor", "minimum price", "guaranteed"],
  ],
  [/list(?:ed)? price|listing price/gi, "listed price", "price", ["list"]],
  [
    /accept|transaction|deals? (?:done|struck)|traded at/gi,
    "transaction price",
    "price",
    ["accept", "transaction", "deal", "traded at"],
  ],
  [
    /price|quote|offer|assessed|valued|cost/gi,
    "price",
    "price",
    ["price", "quote", "offer", "assessed", "valued", "cost"],
  ],
];

const MASS: Entry[] = [
  [/imports?|imported/gi, "import volume", "trade", ["import"]],
  [
    /exports?|exported|shipments?|shipped|outbound|received|bound/gi,
    "export volume",
    "trade",
    ["export", "shipment", "shipped", "outbound", "received", "bound"],
  ],
  [/quota/gi, "mining quota", "production", ["quota"]],
  [/capacity|产能/gi, "production capacity", "production", ["capacity", "产能"]],
  [
    /produc(?!ts?\b)|output|\bmined\b|产量/gi,
    "production volume",
    "production",
    ["produc", "output", "mined", "产量"],
  ],
  [/consumption|消费/gi, "consumption", "demand", ["consumption", "消费"]],
  // (`took` is not: `Germany took 310 tonnes` is a destination's share of the exports.)
  [/\b(?:consumed|absorbed)\b/gi, "demand", "demand", ["consumed", "absorbed"]],
  [/demand|需求/gi, "demand", "demand", ["demand", "需求"]],
  [/sales|sold/gi, "production and sales volume", "production", ["sales", "sold"]],
];

const PERCENT: Entry[] = [
  [/gross margin/gi, "gross margin", "financials", ["gross margin"]],
  [/net margin/gi, "net margin", "financials", ["net margin"]],
  [
    /utili[sz]ation|operating rates?/gi,
    "capacity utilization rate",
    "production",
    ["utili", "operating rate"],
  ],
  [
    /recycled[^.;]{0,30}content|requir|must (?:source|use|contain)[^.;]{0,60}recycl/gi,
    "recycled content requirement",
    "policy",
    ["recycled", "requir", "must"],
  ],
  [/recycl/gi, "recycling rate", "demand", ["recycl"]],
  [
    /(?:export |import )?(?:dut(?:y|ies)|tariffs?|levy)/gi,
    "export duty rate",
    "policy",
    ["dut", "tariff", "levy"],
  ],
  [
    /approv|of those (?:filed|submitted|received|applied for)/gi,
    "license approval rate",
    "policy",
    ["approv", "of those"],
  ],
  [/stake|shareholding/gi, "equity stake", "funding", ["stake", "shareholding"]],
  [/cost/gi, "cost share", "financials", ["cost"]],
  [/dependen/gi, "import dependence", "trade", ["dependen"]],
  [
    /of (?:the )?(?:rare earth )?(?:exports|shipments)|export/gi,
    "share of exports",
    "trade",
    ["export", "shipments"],
  ],
  [/demand|需求/gi, "share of demand", "demand", ["demand", "需求"]],
  [
    /of global production|of (?:the )?(?:world|global)[^.;]{0,30}produc/gi,
    "share of global production",
    "market",
    ["global", "world"],
  ],
  [/production volume/gi, "share of production volume", "market", ["production volume"]],
  [/market value/gi, "share of market value", "market", ["market value"]],
  [
    /dominat|control(?!led\b)|produces|accounts? for|share|of (?:the )?(?:world|global)/gi,
    "market share",
    "market",
    ["dominat", "control", "produces", "account", "share", "world", "global"],
  ],
];

const CHANGE: Entry[] = [
  [/imports?/gi, "import volume", "trade", ["import"]],
  [
    /\b(?:vehicle|car|EV|NEV)s? sales\b/gi,
    "NEV sales",
    "demand",
    ["vehicle sales", "car sales", "ev sales", "nev sales", "evs sales", "cars sales"],
  ],
  [
    /exports?|shipments?|shipped|outbound/gi,
    "export volume",
    "trade",
    ["export", "shipment", "shipped", "outbound"],
  ],
  [/revenue|营收/gi, "revenue", "financials", ["revenue", "营收"]],
  [/net ?(?:profit|income)|净利润/gi, "net profit", "financials", ["profit", "net income", "净利润"]],
  [/price/gi, "price", "price", ["price"]],
  [/capacity|产能/gi, "production capacity", "production", ["capacity", "产能"]],
  [/production and sales/gi, "production and sales volume", "production", ["production and sales"]],
  [/produc|output/gi, "production volume", "production", ["produc", "output"]],
  [/consumption|消费/gi, "consumption", "demand", ["consumption", "消费"]],
  [/demand|需求/gi, "demand", "demand", ["demand", "需求"]],
  [/market/gi, "market size", "market", ["market"]],
];

const TABLES: Record<ValueClass, Entry[]> = {
  money: MONEY,
  price: PRICE,
  mass: MASS,
  percent: PERCENT,
  multiplier: [...MASS, ...CHANGE],
  count: [
    [/robots?/gi, "humanoid robots assembled", "production", ["robot"]],
    [/stoppages/gi, "production stoppages", "production", ["stoppages"]],
    [
      /licen[cs]es?|permits?|applications/gi,
      "license approvals",
      "policy",
      ["licen", "permit", "application"],
    ],
    [/subsidiaries/gi, "subsidiaries", "financials", ["subsidiaries"]],
    [/magnet|rings|motors/gi, "magnet content per unit", "demand", ["magnet", "rings", "motors"]],
    [/compan|partner|firms/gi, "partner count", "other", ["compan", "partner", "firms"]],
    [/\b(?:vehicles?|cars?|NEVs?|EVs?)\b/gi, "NEV sales", "demand", ["vehicle", "\\bcar", "\\bnev", "\\bev"]],
  ],
  change: CHANGE,
};

const DEFAULTS: Record<ValueClass, [string, string]> = {
  money: ["revenue", "financials"],
  price: ["price", "price"],
  mass: ["export volume", "trade"],
  percent: ["share", "market"],
  multiplier: ["price ratio", "other"],
  count: ["partner count", "other"],
  change: ["export volume", "trade"],
};

/** Anchor ids per entry of each table (in table order), registered with the trigger index at load time. */
const TABLE_IDS = Object.fromEntries(
  Object.entries(TABLES).map(([cls, table]) => [cls, table.map((e) => anchorIds(e[3]))]),
) as Record<ValueClass, number[][]>;

/** A metric keyword found in a sentence. */
export interface Hit {
  ms: number;
  me: number;
  metric: string;
  family: string;
}

/** Keyword hits per value class, kept by the caller for one sentence (a sentence with several figures is scanned once per class). */
export type MetricMemo = Partial<Record<ValueClass, Hit[]>>;

function keywordHits(cls: ValueClass, sentence: string, found: Found | undefined, memo: MetricMemo): Hit[] {
  let hits = memo[cls];
  if (hits) return hits;
  hits = [];
  const table = TABLES[cls];
  const ids = TABLE_IDS[cls];
  for (let i = 0; i < table.length; i++) {
    if (found && !anyOf(found, ids[i])) continue;
    const [re, metric, family] = table[i]!;
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      hits.push({ ms: m.index, me: m.index + m[0].length, metric, family });
    }
  }
  memo[cls] = hits;
  return hits;
}

/**
 * Picks the metric whose keyword lies nearest the figure at [start, end) of `sentence` (preceding keywords
 * preferred). `found`, when given, is `scanAnchors(sentence)`: tables entries without an anchor there are skipped.
 * `memo` keeps the sentence's keyword hits between calls for the same sentence (omit it for a one-off call).
 */
export function classifyMetric(
  cls: ValueClass,
  sentence: string,
  start: number,
  end: number,
  found?: Found,
  memo: MetricMemo = {},
): { metric: string; family: string } {
  return findMetric(cls, sentence, start, end, found, memo) ?? defaultMetric(cls);
}

/** The metric and family a figure of class `cls` gets when its sentence names none. */
export function defaultMetric(cls: ValueClass): { metric: string; family: string } {
  const [metric, family] = DEFAULTS[cls];
  return { metric, family };
}

/**
 * Distance added to a keyword outside the figure's clause (used only when none is in it), and more to one inside an
 * aside (a bracket, an apposition, a relative clause), which describes something else.
 */
const OUT_OF_CLAUSE = 10_000;
const IN_ASIDE = 20_000;

const RELATIVE = /\b(?:that|which|who)\b/i;

/**
 * As `classifyMetric`, but null when no keyword of the class occurs in the sentence. With `scope` (the figure's
 * clause), keywords in the clause win over keywords in other clauses and asides (`China, the world's largest
 * producer, shipped 5,000 t` is a shipment).
 */
export function findMetric(
  cls: ValueClass,
  sentence: string,
  start: number,
  end: number,
  found?: Found,
  memo: MetricMemo = {},
  scope?: Clause & { asides: Clause[] },
): { metric: string; family: string } | null {
  let best: Hit | null = null;
  let bestD = 0;
  const hits = keywordHits(cls, sentence, found, memo);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    let d = h.me <= start ? start - h.me : h.ms >= end ? h.ms - end + 25 : 0;
    // A keyword in a relative clause after the figure (`a 29% CAGR that creates demand for …`) is about something else.
    if (h.ms >= end && RELATIVE.test(sentence.slice(end, h.ms))) d += IN_ASIDE;
    if (scope && !inClause(scope, h.ms, h.me))
      d += scope.asides.some((a) => h.ms >= a.start && h.ms < a.end) ? IN_ASIDE : OUT_OF_CLAUSE;
    if (best === null || d < bestD) {
      best = h;
      bestD = d;
    }
  }
  return best ? { metric: best.metric, family: best.family } : null;
}
