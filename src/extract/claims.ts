/**
 * @module Claim extraction for one sentence, in named steps:
 * 1. `findValues` (values.ts): numerals become value mentions (unit, currency, bound, hedge, value class, changes);
 * 2. `multiplierMentions` (multipliers.ts): `double`, `threefold`;
 * 3. `linkConversions` (conversions.ts): bracketed restatements in another currency;
 * 4. `assignPeriods` (claim-periods.ts): the period of each figure;
 * 5. `attachChanges` (attach-changes.ts): changes to the levels they describe, or change-only claims;
 * 6. `toClaim` (here): metric (metrics.ts), entity and counterparty (attribution.ts), forecast, salience.
 */
import { attachChanges, type ClaimRecord, changeKind } from "./attach-changes.ts";
import { daysFromCivil, formatDay, shiftMonth, shiftQuarter } from "./calendar.ts";
import { assignPeriods } from "./claim-periods.ts";
import type { ArticleContext, ClaimState } from "./context.ts";
import { type AttributionCarry, attribute, SUPPLIED } from "./attribution.ts";
import { linkConversions } from "./conversions.ts";
import type { Mention } from "./mention.ts";
import { FORECAST_WORDS } from "./lexicon.ts";
import { defaultMetric, findMetric } from "./metrics.ts";
import { multiplierMentions } from "./multipliers.ts";
import type { NumToken } from "./numbers.ts";
import { type Claim, NO_CHANGE } from "./schema.ts";
import { entityMentions } from "./entity-mentions.ts";
import { PLACE, type Sentence } from "./sentence.ts";
import { anchorIds, anyOf } from "./triggers.ts";
import { findValues } from "./values.ts";

export type { ArticleContext, ClaimState } from "./context.ts";

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
  "strive",
  "set to",
  "anticipated",
  "likely",
  "to reach",
  "poised",
  "outlook",
  "guidance",
  "once operational",
  "有望",
  "预计",
  "将",
]);

/** The figure at `at` sits in a bracket that names no entity or place. */
function bracketWithoutName(sentence: Sentence, at: number, ctx: ArticleContext): boolean {
  if (!sentence.text.includes("(")) return false;
  const c = sentence.clauseAt(at);
  if (sentence.text[c.start - 1] !== "(") return false;
  const inside = (x: { start: number; end: number }) => x.start >= c.start && x.end <= c.end;
  return !entityMentions(sentence, ctx).some(inside) && !sentence.mentions(PLACE).some(inside);
}

/** A percentage of demand (`31% of demand`, `12% of global consumption`). */
const OF_DEMAND = /^\s*(?:of|in)\s+(?:(?:global|total|world|overall|the)\s+)?(?:demand|consumption)\b/i;

/** A part of the amount before it: `, of which €400 million`, `of that amount, 120 billion won`. */
const PART_OF = /\bof which\s+(?:about\s+|some\s+|nearly\s+)?\S{0,4}$/i;

/** Year of a normalised period (`2025-10` gives 2025), NaN when it does not start with four digits. */
export function yearOf(period: string | null | undefined): number {
  if (!period || period.length < 4) return Number.NaN;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const d = period.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    y = y * 10 + d;
  }
  return y;
}

/** Extracts the claims of one sentence; updates `state` (the period and price unit carried to later sentences). */
export function sentenceClaims(
  sentence: Sentence,
  tokens: NumToken[],
  ctx: ArticleContext,
  state: ClaimState,
): Claim[] {
  const body = ctx.body;
  const mentions = findValues(sentence, tokens, body, ctx.australian, state);
  const words = multiplierMentions(sentence, body);
  if (words.length > 0) {
    mentions.push(...words);
    mentions.sort((a, b) => a.start - b.start);
  }
  const live = linkConversions(mentions, body);
  assignPeriods(live, sentence, body, state.lastPeriod);
  const claims: Claim[] = [];
  // Attribution reads the destination of the sentence before; this sentence's is kept for the next.
  const before = {
    prevSpan: state.prevSpan,
    lastDestination: state.lastDestination,
    lastMarket: state.lastMarket,
    lastImporter: state.lastImporter,
    lastScheme: state.lastScheme,
  };
  for (const rec of attachChanges(live, sentence, body)) {
    const { m } = rec;
    const claim = toClaim(rec, sentence, ctx, before, state);
    // `a €1.1 billion scheme …, of which €400 million is reserved for …`: a part of the amount before it.
    const whole = claims[claims.length - 1];
    // `X held A$96 million (A$133 million at the end of September)`: a bracket that names nobody restates the
    // figure before it for another period or basis.
    if (
      whole &&
      whole.unit === claim.unit &&
      !whole.change.kind &&
      bracketWithoutName(sentence, m.start - sentence.span.start, ctx)
    ) {
      claim.metric = whole.metric;
      claim.metric_family = whole.metric_family;
      claim.entity = whole.entity;
      claim.counterparty = whole.counterparty;
    }
    if (
      whole?.currency &&
      whole.currency === claim.currency &&
      PART_OF.test(body.slice(Math.max(0, m.start - 24), m.start))
    ) {
      claim.metric = whole.metric;
      claim.metric_family = whole.metric_family;
      claim.entity = whole.entity;
      claim.counterparty = whole.counterparty;
    }
    if (claim.metric_family === "trade") state.lastDestination = claim.counterparty;
    // Shares are not what a later growth rate grows (`… a 58% share. …, at a CAGR of 7.2%`).
    if (!m.isChange && m.unit !== "%")
      state.lastLevel = { metric: claim.metric, family: claim.metric_family };
    if (claim.metric === "market size") state.lastMarket = claim.entity;
    if (claim.metric === "import volume" && claim.entity !== "China") state.lastImporter = claim.entity;
    if (claim.metric === "scheme outlay") state.lastScheme = claim.entity;
    // A market price that names no material is the material of the price before it (`… nearly double the
    // benchmark price of $60`).
    const marketPrice = claim.metric === "price" || claim.metric === "transaction price";
    if (marketPrice && claim.material === null && state.lastPriceMaterial)
      claim.entity = claim.material = state.lastPriceMaterial;
    else if (claim.metric_family === "price" && claim.material) state.lastPriceMaterial = claim.material;
    claims.push(claim);
    const py = yearOf(m.period?.period);
    // Carried: a level's period, unless it is a day date (only `as of` dates carry) or a year after the article's.
    const carry = m.period && !m.isBase && (!m.period.isDate || /^as of/i.test(m.period.text));
    // A forecast's target year (`once operational in 2028`) is not the period of the figures that follow.
    if (carry && !claim.is_forecast && !(ctx.docYear !== null && py > ctx.docYear))
      state.lastPeriod = m.period;
    if (m.cls === "price" && m.unit) state.lastPriceUnit = m.unit;
  }
  return claims;
}

/**
 * The period of a figure whose sentence names none and that carries none: trade figures take the article's reporting
 * month (customs-data reports), company figures (financials, production, prices) the quarter the title or lead
 * reports on. A comparison base takes the period before, by the basis its sentence states (`from $42/kg to $49/kg
 * quarter-on-quarter`).
 */
function reportingPeriod(m: Mention, family: string, text: string, ctx: ArticleContext): string | null {
  const month = family === "trade" ? ctx.period.contextMonth : null;
  const quarter =
    family === "financials" || family === "production" || family === "price" ? ctx.reportingQuarter : null;
  const own = month ?? quarter;
  if (!m.isBase || own === null) return own;
  const kind = changeKind(text, "", own);
  const y = Number(own.slice(0, 4));
  if (month)
    return kind === "mom"
      ? shiftMonth(y, Number(own.slice(5, 7)), -1)
      : kind === "yoy"
        ? `${y - 1}${own.slice(4)}`
        : null;
  const q = Number(own.slice(6));
  return kind === "qoq" ? shiftQuarter(y, q, -1) : kind === "yoy" ? `${y - 1}${own.slice(4)}` : null;
}

/**
 * A balance (a stock such as cash) is stated at the closing day of its period (`2022-Q2` gives `2022-06-30`,
 * `2025-09` gives `2025-09-30`).
 */
function closingDay(period: string): string {
  // `at the end of September`: the month's last day (the day before the next month's first).
  const mo = /^(\d{4})-(\d{2})$/.exec(period);
  if (mo) return formatDay(daysFromCivil(Number(mo[1]), Number(mo[2]) + 1, 1) - 1);
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!q) return period;
  const month = Number(q[2]) * 3;
  return `${q[1]}-${String(month).padStart(2, "0")}-${month === 3 || month === 12 ? 31 : 30}`;
}

/** Metrics of states rather than flows (shares, per-unit content, rates): no period from elsewhere. */
const TIMELESS = new Set([
  "market share",
  "share",
  "share of global production",
  "share of production volume",
  "share of market value",
  "share of demand",
  "share of rare earth demand",
  "magnet content per unit",
  "recycling rate",
  "cost share",
  "production capacity",
]);

/** A product unit named after "per", "each", "every" (a per-unit content phrase). */
const PER_UNIT =
  /\b(?:per|each|every|a single)\s+(?:[a-z-]+\s+){0,2}?(?:robot|vehicle|car|EV|NEV|turbine|megawatt|MW|motor|bike|e-bike|scooter|phone|smartphone|unit)s?\b/i;

/** A clause whose subject is one product unit (`A battery-electric car uses …`, `Each drive unit contains …`). */
const ONE_PRODUCT =
  /^\W*(?:[A-Z][\w-]*,?\s+)?(?:an?|each|every|one|the average|a typical)\s+(?:[\w-]+\s+){0,3}?(?:robot|vehicle|car|EV|NEV|turbine|motor|bike|e-bike|scooter|phone|smartphone|unit)\b[^.;]{0,60}$/i;

/** A mass per megawatt (`each megawatt … requiring 600 kilograms`, `600 kg/MW`). */
const PER_MEGAWATT = /\b(?:per|each|every|a)\s+(?:[a-z-]+\s+){0,2}?(?:megawatt|MW)s?\b|kg\s*\/\s*MW/i;

/** Step 6: a claim record as a `Claim`. */
function toClaim(
  { m, changes }: ClaimRecord,
  sentence: Sentence,
  ctx: ArticleContext,
  carry: AttributionCarry,
  state: ClaimState,
): Claim {
  const { text, span, found } = sentence;
  const rel = m.start - span.start;
  const relEnd = m.exprEnd - span.start;
  // A table cell that names no metric (`3,650 REOt`) takes it from its label lines (`Total REO production:`), and a
  // comparison cell that names none in its label either (`(Q3 FY22: 4,945 tonnes)`) the metric of the cell before.
  const l = sentence.label;
  const cellBefore = l && state.lastCell?.unit === m.unit ? state.lastCell : null;
  let { metric, family } =
    findMetric(m.cls, text, rel, relEnd, found, sentence.metricHits, sentence.clauseAt(rel)) ??
    (l ? findMetric(m.cls, l, l.length, l.length) : null) ??
    cellBefore ??
    // A change stated alone in a sentence that names no metric (`…, at a CAGR of 7.2%`) continues the last level's.
    (m.isChange ? state.lastLevel : null) ??
    // A tonnage that names no metric after an import figure (the rows of a list by origin) is an import too.
    (m.cls === "mass" && state.lastLevel?.metric === "import volume" ? state.lastLevel : null) ??
    defaultMetric(m.cls);
  if (l) state.lastCell = { unit: m.unit, metric, family };
  // `31% of demand`: a share of demand, whatever verb introduced it (`X accounts for`).
  if (m.unit === "%" && !m.isChange && OF_DEMAND.test(text.slice(relEnd, relEnd + 30))) {
    metric = "share of demand";
    family = "demand";
  }
  // "each humanoid robot needs 3 kg", "2 kg per vehicle": a mass per product unit, not a flow.
  // Read in the figure's own clause (`A car uses 1.5 kg …, whereas a turbine needs 600 kg per megawatt`), else the
  // sentence when the clause names no product.
  let perUnit = false;
  let perMegawatt = false;
  if (m.unit === "kg" && !m.isChange) {
    const own = sentence.clauseAt(rel);
    const clauseText = text.slice(own.start, own.end);
    const inClause = PER_UNIT.test(clauseText) || ONE_PRODUCT.test(text.slice(own.start, rel));
    perUnit = inClause || PER_UNIT.test(text);
    perMegawatt = perUnit && PER_MEGAWATT.test(inClause ? clauseText : text);
  }
  if (perUnit) {
    metric = "magnet content per unit";
    family = "demand";
  } else if ((m.unit === "GW" || m.unit === "MW") && !m.isChange) {
    // Power is installed capacity (of wind, solar), not production capacity.
    metric = "installed capacity";
    family = "other";
  }
  // In an importer's article (`Japan's imports …`), a place that supplied or shipped a tonnage is an origin of the
  // importer's imports (`Vietnam supplied 96 tonnes, whereas Malaysia shipped 58 tonnes`), not an exporter's figure.
  if (metric === "export volume" && state.lastImporter && state.lastLevel?.metric === "import volume") {
    const own = sentence.clauseAt(rel);
    if (
      sentence
        .mentions(PLACE)
        .some((p) => p.start >= own.start && p.end <= rel && SUPPLIED.test(text.slice(p.end, p.end + 16)))
    ) {
      metric = "import volume";
    }
  }
  const { entity, counterparty, material } = attribute(family, metric, sentence, ctx, rel, relEnd, carry);
  // A share or a per-unit content is a state, not a flow: it takes a period only from its own clause.
  // A one-off amount (funding, a loan, an award) takes the date its own sentence gives, never a carried period.
  const keepPeriod =
    (!TIMELESS.has(metric) || m.periodFrom === "clause") &&
    !(family === "funding" && m.periodFrom === "carried");
  let period = keepPeriod ? (m.period?.period ?? null) : null;
  if (period === null) period = reportingPeriod(m, family, sentence.text, ctx);
  if (metric === "cash and short-term deposits" && period) period = closingDay(period);
  const clause = text.slice(0, relEnd);
  const yr = yearOf(period);
  const isForecast =
    (anyOf(found, FORECAST_IDS) && FORECAST_WORDS.test(clause)) ||
    (ctx.docYear !== null && yr > ctx.docYear && /\bby\b|到/.test(clause));
  // A forecast whose sentence names no period continues the forecast period of the sentence before (`For 2026, the
  // company expects revenue of … Capital expenditure is planned at $95 million.`); an actual figure ends that run.
  const ownPeriod = m.periodFrom === "clause" || m.periodFrom === "sentence";
  if (isForecast && !ownPeriod && state.lastForecastPeriod && family !== "funding")
    period = state.lastForecastPeriod;
  else if (isForecast && ownPeriod && period) state.lastForecastPeriod = period;
  else if (!isForecast && ownPeriod) state.lastForecastPeriod = null;
  const peripheral =
    (m.cls === "count" && m.unit === "count" && metric !== "license approvals") ||
    metric === "share price" ||
    metric === "export duty rate";
  const isChangeOnly = m.isChange;
  let unit = perMegawatt ? "kg/MW" : perUnit ? "kg/unit" : m.unit;
  if (isChangeOnly) unit = family === "trade" ? "t" : null;
  return {
    id: "",
    metric,
    metric_family: family as Claim["metric_family"],
    entity,
    material,
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
    period_text: keepPeriod ? (m.period?.text ?? null) : null,
    is_forecast: isForecast,
    change: changes[0] ?? NO_CHANGE,
    additional_changes: changes.slice(1),
    conversions: m.conversions,
    salience: peripheral ? "peripheral" : "core",
    in_teaser: false,
    quote: text,
    quote_start: span.start,
    quote_end: span.end,
    note: null,
  };
}
