/** @module Metric lexicons: which metric and family a figure belongs to, chosen by the keyword nearest the figure. */

export type ValueClass = "money" | "price" | "mass" | "percent" | "multiplier" | "count" | "change";

type Entry = [RegExp, string, string];

const MONEY: Entry[] = [
  [
    /net ?profit[^.,;]{0,40}(?:non-recurring|deduct|excl)/gi,
    "net profit excl. non-recurring items",
    "financials",
  ],
  [
    /net ?profit[^.,;]{0,30}(?:attributable|to mother|to parent|shareholders)/gi,
    "net profit attributable to shareholders",
    "financials",
  ],
  [/net ?profit|净利润/gi, "net profit", "financials"],
  [/segment revenue/gi, "segment revenue", "financials"],
  [/revenue|turnover|营收|营业收入/gi, "revenue", "financials"],
  [/receipts/gi, "sales receipts", "financials"],
  [/cash/gi, "cash and short-term deposits", "financials"],
  [/capital (?:projects|expenditure)|capex/gi, "capital expenditure", "financials"],
  [/\bstock\b(?! ?pile)|share price|shares (?:rose|fell|closed|traded)/gi, "share price", "financials"],
  [/market (?:size|value|is expected|was valued|valued)|market\b/gi, "market size", "market"],
  [
    /export value|exports? (?:were )?worth|value of (?:exports|shipments)|in value|(?:export|shipment)s?[^.;]{0,30}value/gi,
    "export value",
    "trade",
  ],
  [/\bloan/gi, "loan", "funding"],
  [/\bgrant/gi, "grant", "funding"],
  [/preferred stock|equity|stake|shareholder/gi, "equity investment", "funding"],
  [/contract/gi, "contract award", "funding"],
  [/series [a-e]\b|funding round|\bround\b/gi, "funding round size", "funding"],
  [/invest|fund|financ|award|provide|raise[ds]?|backing|support/gi, "funding", "funding"],
  [/price/gi, "price", "price"],
];

const PRICE: Entry[] = [
  [/average selling price|\bASP\b|realised price|realized price/gi, "average selling price", "price"],
  [/price floor|floor price|minimum price|guaranteed (?:minimum )?price/gi, "price floor", "price"],
  [/list(?:ed)? price|listing price/gi, "listed price", "price"],
  [/accept|transaction|deals? (?:done|struck)|traded at/gi, "transaction price", "price"],
  [/price|quote|offer|assessed|valued|cost/gi, "price", "price"],
];

const MASS: Entry[] = [
  [/imports?|imported/gi, "import volume", "trade"],
  [/exports?|exported|shipments?|shipped|outbound|received|bound/gi, "export volume", "trade"],
  [/quota/gi, "mining quota", "production"],
  [/capacity|产能/gi, "production capacity", "production"],
  [/produc|output|产量/gi, "production volume", "production"],
  [/consumption|消费/gi, "consumption", "demand"],
  [/demand|需求/gi, "demand", "demand"],
  [/sales|sold/gi, "production and sales volume", "production"],
];

const PERCENT: Entry[] = [
  [/gross margin/gi, "gross margin", "financials"],
  [/net margin/gi, "net margin", "financials"],
  [/utili[sz]ation/gi, "capacity utilization rate", "production"],
  [/recycled[^.;]{0,30}content|requir/gi, "recycled content requirement", "policy"],
  [/recycl/gi, "recycling rate", "demand"],
  [/duty|tariff|levy/gi, "export duty rate", "policy"],
  [/approv/gi, "license approval rate", "policy"],
  [/stake|shareholding/gi, "equity stake", "funding"],
  [/cost/gi, "cost share", "financials"],
  [/dependen/gi, "import dependence", "trade"],
  [/of (?:the )?(?:rare earth )?(?:exports|shipments)|export/gi, "share of exports", "trade"],
  [/demand|需求/gi, "share of demand", "demand"],
  [
    /of global production|of (?:the )?(?:world|global)[^.;]{0,30}produc/gi,
    "share of global production",
    "market",
  ],
  [/production volume/gi, "share of production volume", "market"],
  [/market value/gi, "share of market value", "market"],
  [/dominat|control|produces|accounts? for|share|of (?:the )?(?:world|global)/gi, "market share", "market"],
];

const CHANGE: Entry[] = [
  [/imports?/gi, "import volume", "trade"],
  [/exports?|shipments?|shipped|outbound/gi, "export volume", "trade"],
  [/revenue|营收/gi, "revenue", "financials"],
  [/net ?profit|净利润/gi, "net profit", "financials"],
  [/price/gi, "price", "price"],
  [/capacity|产能/gi, "production capacity", "production"],
  [/production and sales/gi, "production and sales volume", "production"],
  [/produc|output/gi, "production volume", "production"],
  [/consumption|消费/gi, "consumption", "demand"],
  [/demand|需求/gi, "demand", "demand"],
  [/market/gi, "market size", "market"],
];

const TABLES: Record<ValueClass, Entry[]> = {
  money: MONEY,
  price: PRICE,
  mass: MASS,
  percent: PERCENT,
  multiplier: [...MASS, ...CHANGE],
  count: [
    [/robots?/gi, "humanoid robots assembled", "production"],
    [/stoppages/gi, "production stoppages", "production"],
    [/subsidiaries/gi, "subsidiaries", "financials"],
    [/magnet|rings|motors/gi, "magnet content per unit", "demand"],
    [/compan|partner|firms/gi, "partner count", "other"],
    [/vehicles|cars|NEV|EV/gi, "NEV sales", "demand"],
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

interface Hit {
  ms: number;
  me: number;
  metric: string;
  family: string;
}

/** Keyword hits of the last sentence, per value class: a sentence with several figures is scanned once per class. */
let hitsText: string | null = null;
const hitsByClass = new Map<ValueClass, Hit[]>();

function keywordHits(cls: ValueClass, sentence: string): Hit[] {
  if (sentence !== hitsText) {
    hitsText = sentence;
    hitsByClass.clear();
  }
  let hits = hitsByClass.get(cls);
  if (hits) return hits;
  hits = [];
  for (const [re, metric, family] of TABLES[cls]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      hits.push({ ms: m.index, me: m.index + m[0].length, metric, family });
    }
  }
  hitsByClass.set(cls, hits);
  return hits;
}

/** Picks the metric whose keyword lies nearest the figure at [start, end) of `sentence` (preceding keywords preferred). */
export function classifyMetric(
  cls: ValueClass,
  sentence: string,
  start: number,
  end: number,
): { metric: string; family: string } {
  let best: { metric: string; family: string; d: number } | null = null;
  for (const { ms, me, metric, family } of keywordHits(cls, sentence)) {
    const d = me <= start ? start - me : ms >= end ? ms - end + 25 : 0;
    if (best === null || d < best.d) best = { metric, family, d };
  }
  if (best) return { metric: best.metric, family: best.family };
  const [metric, family] = DEFAULTS[cls];
  return { metric, family };
}
