/**
 * @module Step 6: whose figure it is, read from the sentence's structure. Names are looked for in the figure's own
 * clause first (`clauses.ts`), nearest first, a name before the figure preferred to one after it (and one after it
 * behind `from`, `than`, `unlike` never taken):
 * - trade: the exporting country (China); the counterparty is the destination named in the figure's clause (`to the
 *   US`, `US-bound`), never one from another clause that names its own (`exports to Germany rose to 1,288 t while
 *   shipments to the US were 420 t`); a clause that names none continues the destination of the clause before it
 *   (`shipments to the EU rose to 2,500 t, while their value climbed to $100 million`), and a sentence that goes on
 *   with `also` the destination of the sentence before, unless it speaks of totals;
 * - funding (and price floors): `funding-attribution.ts`;
 * - market prices and sizes: the material or product; market shares and demand: a company that is the clause's
 *   subject or agent, else the place, else the material; a share of a population that opens its clause (`55% of new
 *   platforms rely on …`, `95% adoption across new platforms`) belongs to that population;
 * - magnet content per unit, cost shares of a product and vehicle sales: the product; installed power capacity: the
 *   energy source (`offshore wind`, `wind power`);
 * - other figures: the entity named, else the subject the sentence's pronoun refers to, else the article's company.
 * A material written `high-performance` keeps the qualifier.
 */
import { type Clause, inClause } from "./clauses.ts";
import type { ArticleContext } from "./context.ts";
import { anaphoricSubject, entityMentions } from "./entity-mentions.ts";
import { fundingAttribution } from "./funding-attribution.ts";
import { isAgency, isPublicBody, type LexiconMention } from "./lexicon.ts";
import { ENTITY, MATERIAL, PLACE, type Sentence } from "./sentence.ts";
import type { Span } from "./sentences.ts";
import { anchorIds, anyOf } from "./triggers.ts";

export interface Attribution {
  entity: string;
  counterparty: string | null;
  material: string | null;
}

/** What attribution carries from the sentences before. */
export interface AttributionCarry {
  /** The span of the sentence before (for pronouns and descriptions that refer to its subject). */
  prevSpan: Span | null;
  /** The destination of the last trade figure of the sentence before. */
  lastDestination: string | null;
  /** The product of the last market size, for market figures that name none. */
  lastMarket: string | null;
  /** The government of the last scheme outlay (`Government of Germany`), for a part of it in a later sentence. */
  lastScheme: string | null;
  /** The importer named by the last import figure (`Japan imported …`), for later import figures that name none. */
  lastImporter: string | null;
}

/**
 * The product a market is named for: the plain noun phrase before `market` (`the global bonded magnet market` gives
 * `bonded magnets`), its head made plural. Null for a place's or a generic market (`the Chinese market`, `the spot
 * market`).
 */
const MARKET_OF =
  /\b(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:(?:global|worldwide|world|international|overall|total)\s+)?((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*?)\s+market\b/;
const NOT_PRODUCT =
  /^(?:spot|domestic|local|export|import|stock|equity|capital|financial|overseas|end|target|free|open|wider|broader|whole|entire|same|new)\b|\b(?:global|world)\b/;

export function marketProduct(text: string): string | null {
  const m = MARKET_OF.exec(text);
  if (!m || NOT_PRODUCT.test(m[1]!)) return null;
  const np = m[1]!;
  if (/s$/.test(np)) return np;
  return /[^aeiou]y$/.test(np) ? `${np.slice(0, -1)}ies` : `${np}s`;
}

/** A market's product that qualifies the material named (`recycled rare earth magnets` for `rare earth magnets`). */
function qualifiedProduct(product: string | null, material: string): string | null {
  if (!product) return null;
  const p = product.toLowerCase().replace(/-/g, " ");
  const m = material.toLowerCase().replace(/-/g, " ");
  return p !== m && p.endsWith(m) ? product : null;
}

const isPlace = (name: string) => isPublicBody(name) && !isAgency(name);

/** Prices a company sets or realises: the company's figures, not the market's. */
const COMPANY_PRICES = new Set(["listed price", "average selling price", "price floor"]);

/** Distance penalty of a name after the figure (a name before it usually governs it). */
const AFTER_PENALTY = 25;

type Scope = Clause & { asides: Clause[] };

const before = (text: string, m: LexiconMention, n = 12) => text.slice(Math.max(0, m.start - n), m.start);
const after = (text: string, m: LexiconMention, n = 12) => text.slice(m.end, m.end + n);

/** A name after the figure that it is compared with or set apart from (`distinct from X`, `than X`). */
const CONTRAST_BEFORE = /\b(?:from|than|unlike|versus|vs\.?|compared (?:with|to))\s+(?:the\s+)?$/i;

/** The mention nearest to [at, atEnd) inside the clause, or null. */
function nearest(
  text: string,
  list: LexiconMention[],
  scope: Scope,
  at: number,
  atEnd: number,
): LexiconMention | null {
  let best: LexiconMention | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (const m of list) {
    if (!inClause(scope, m.start, m.end)) continue;
    if (m.start >= atEnd && CONTRAST_BEFORE.test(before(text, m, 20))) continue;
    const d = m.end <= at ? at - m.end : m.start >= atEnd ? m.start - atEnd + AFTER_PENALTY : 0;
    if (d < bestD) {
      best = m;
      bestD = d;
    }
  }
  return best;
}

/**
 * A place named as a destination: `to (the) X`, `into X`, `for X`, `X-bound`, `X received`, `X's imports`, a label
 * `X:` at the head of a list item, or a place heading a row of a flattened table (`; Germany 1,120`).
 */
function isDestination(text: string, m: LexiconMention): boolean {
  return (
    /\b(?:to|into|for)\s+(?:the\s+)?$/i.test(before(text, m)) ||
    /^(?:-bound|\s+received|['’]s imports|\s+imported)/i.test(after(text, m)) ||
    // A list item or label: `Germany: 1,288 t`, `US: shipments fell 28%`.
    (/^:\s/.test(after(text, m)) && m.start < 30) ||
    // A row of a flattened table: the place opens a list item and its figure follows (`…): Germany 1,120 (+8.4%);`).
    (/^\s+[\d$€£¥]/.test(after(text, m, 3)) && /(?:^|[:;]\s*)$/.test(before(text, m, 3)))
  );
}

/**
 * In a trade sentence that names no destination, a country that opens the sentence as its subject (`The United
 * States also saw a rise, with shipments reaching 619 tons`) is the destination, unless it is the exporter (`Japan's
 * exports`, `Japan exported`).
 */
function subjectDestination(sentence: Sentence, scope: Scope): string | null {
  const first = sentence.mentions(PLACE)[0];
  if (
    !first ||
    first.name === "China" ||
    (!inClause(scope, first.start, first.end) && scope.start > first.start)
  )
    return null;
  if (!/^\s*(?:the\s+)?$/i.test(sentence.text.slice(0, first.start))) return null;
  if (/^(?:['’]s|\s+export|\s+ship|\s+sold|\s+produc)/i.test(after(sentence.text, first, 12))) return null;
  return first.name;
}

/** Words of an aggregate: a clause or sentence about totals has no single destination. */
const AGGREGATE = /\b(?:total|overall|all|global|worldwide|combined|aggregate|cumulative)\b/i;

/**
 * "Respectively": names coordinated in the figure's clause (`to Italy and Mexico were 233 t and 141 t respectively`,
 * `Holmium oxide and lutetium oxide rose … to 1,420 and 5,800 yuan/kg respectively`) are matched to the figures by
 * position, counting only figures of the same kind (levels or percentages) between the list and this one. Null
 * without `respectively` or a list of two or more.
 */
function respectiveMention(
  text: string,
  names: LexiconMention[],
  scope: Scope,
  at: number,
): LexiconMention | null {
  if (!text.includes("espectively") || !/\brespectively\b/i.test(text.slice(at, scope.end + 40))) return null;
  const before = names.filter((p) => inClause(scope, p.start, p.end) && p.end <= at);
  let list: LexiconMention[] = [];
  for (const p of before) {
    const last = list[list.length - 1];
    if (last && /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i.test(text.slice(last.end, p.start)))
      list.push(p);
    else if (list.length < 2) list = [p];
  }
  if (list.length < 2) return null;
  const percent = /^[\d.,]+\s*(?:%|per ?cent|percent)/i.test(text.slice(at, at + 16));
  let i = 0;
  for (const n of text
    .slice(list[list.length - 1]!.end, at)
    .matchAll(/(?<![\w.,])\d[\d,.]*(\s*(?:%|per ?cent|percent))?/gi))
    if (Boolean(n[1]) === percent) i++;
  return list[i] ?? null;
}

const respectiveDestination = (text: string, places: LexiconMention[], scope: Scope, at: number) =>
  respectiveMention(text, places, scope, at)?.name ?? null;

/** The destination of a trade figure: its clause's, the clause before's, or (with `also`) the sentence before's. */
function destination(sentence: Sentence, scope: Scope, at: number, atEnd: number, carry: AttributionCarry) {
  const { text } = sentence;
  const places = sentence.mentions(PLACE).filter((p) => p.name !== "China");
  const respective = respectiveDestination(text, places, scope, at);
  if (respective) return respective;
  const dests = places.filter((p) => isDestination(text, p));
  const own = nearest(text, dests, scope, at, atEnd)?.name ?? subjectDestination(sentence, scope);
  if (own) return own;
  const clause = text.slice(scope.start, scope.end);
  if (AGGREGATE.test(clause) || places.some((p) => inClause(scope, p.start, p.end))) return null;
  if (scope.start > 0) {
    // The clause before this one, if it names a destination, when the sentence has no other place.
    const earlier = dests.filter((p) => p.end <= scope.start);
    if (earlier.length > 0 && places.every((p) => p.end <= scope.start || p.start >= scope.end))
      return earlier[earlier.length - 1]!.name;
  }
  if (carry.lastDestination && /\balso\b/i.test(clause) && places.length === 0 && !AGGREGATE.test(text))
    return carry.lastDestination;
  return null;
}

/**
 * The importer of an import figure: a country named as the one that imports (`Japan's imports`, `Japan imported`,
 * `imports into Japan`), in the figure's clause first, else anywhere in the sentence.
 */
function importer(sentence: Sentence, scope: Scope): string | null {
  const { text } = sentence;
  let found: string | null = null;
  for (const p of sentence.mentions(PLACE)) {
    const imports =
      /^(?:['’]s?\s+(?:[\w-]+\s+){0,4}?imports\b|\s+(?:imported|imports|bought|purchased)\b)/i.test(
        after(text, p, 40),
      ) || /\bimport(?:s|ed)?\s+(?:in)?to\s+(?:the\s+)?$/i.test(before(text, p, 20));
    if (!imports) continue;
    if (inClause(scope, p.start, p.end)) return p.name;
    found ??= p.name;
  }
  return found;
}

/** A supply verb right after a place (`Vietnam supplied`, `Malaysia shipped`). */
export const SUPPLIED = /^\s+(?:supplied|shipped|sent|provided|delivered|exported)\b/i;

/**
 * The origin of an import figure: a place after `from` in its clause (else in the sentence, when it names one only), a
 * list label or table row (`China: 431 tonnes`), or places coordinated with `respectively`. Never the importer.
 */
function origin(sentence: Sentence, scope: Scope, at: number, atEnd: number, importerName: string) {
  const { text } = sentence;
  const places = sentence.mentions(PLACE).filter((p) => p.name !== importerName);
  const respective = respectiveDestination(text, places, scope, at);
  if (respective) return respective;
  // `Vietnam supplied 96 tonnes`: the supplier that opens the clause.
  const supplier = places.find(
    (p) => inClause(scope, p.start, p.end) && p.end <= at && SUPPLIED.test(after(text, p, 16)),
  );
  if (supplier) return supplier.name;
  const label = places.filter(
    (p) => isDestination(text, p) && !/\b(?:to|into|for)\s+(?:the\s+)?$/i.test(before(text, p)),
  );
  const from = places.filter((p) => /\bfrom\s+(?:the\s+)?$/i.test(before(text, p)));
  const own = nearest(text, [...label, ...from], scope, at, atEnd);
  if (own) return own.name;
  const names = new Set(from.map((p) => p.name));
  return names.size === 1 ? from[0]!.name : null;
}

/** The state a government scheme belongs to: `a scheme for Germany`, `Korea's ministry`, else the clause's place. */
function schemeState(sentence: Sentence, scope: Scope): string | null {
  const { text } = sentence;
  const places = sentence.mentions(PLACE).filter((p) => inClause(scope, p.start, p.end));
  const pick =
    places.find((p) => /\bfor\s+(?:the\s+)?$/i.test(before(text, p))) ??
    places.find((p) => /^['’]s?\s/.test(after(text, p, 3))) ??
    places[0];
  return pick?.name ?? null;
}

/** A supply or sales figure's buyer: `will supply 7,000 t … to the Japanese market`, `sold 300 t to Germany`. */
function buyer(sentence: Sentence, scope: Scope, at: number, atEnd: number): string | null {
  const { text } = sentence;
  if (!/\b(?:suppl|sell|sold|deliver|ship|offtake)/i.test(text.slice(scope.start, scope.end))) return null;
  const dests = sentence.mentions(PLACE).filter((p) => isDestination(text, p));
  return nearest(text, dests, scope, at, atEnd)?.name ?? null;
}

/** A product named by a per-unit phrase or a sales figure. */
function productOf(text: string, body: string): string | null {
  if (/\brobots?\b/i.test(text)) return /\bhumanoid\b/i.test(body) ? "humanoid robots" : "robots";
  if (/\b(?:vehicles?|cars?|EVs?|NEVs?)\b/.test(text)) return "electric vehicles";
  if (/\bturbines?\b/i.test(text)) return "wind turbines";
  return null;
}

/** The product a clause's subject names as one unit (`An e-bike motor holds …` gives `e-bike motors`). */
const ONE_PRODUCT =
  /^\W*(?:an?|each|every|one|the average|a typical)\s+((?:[\w-]+\s+){0,3}?(?:robot|motor|bike|e-bike|scooter|phone|smartphone|drive unit|unit))\b/i;
function oneProduct(lead: string): string | null {
  const m = ONE_PRODUCT.exec(lead);
  return m ? `${m[1]!.toLowerCase()}s` : null;
}

/**
 * The energy source of a power capacity, the one named last before `at` (else the first after it): `offshore wind`,
 * `onshore wind`, `wind power`, `solar power`.
 */
function energySource(text: string, at = text.length): string | null {
  let best: RegExpExecArray | null = null;
  const re = /\b(offshore|onshore)(?:\s+wind)?\b|\b(wind|solar)\b/gi;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (best !== null && m.index >= at) break;
    best = m;
  }
  if (!best) return null;
  return best[1] ? `${best[1].toLowerCase()} wind` : `${best[2]!.toLowerCase()} power`;
}

/**
 * A share of a population that opens its clause: `55% of new platforms rely on …`, `95% adoption across new
 * platforms`. The population is a plain noun phrase (no determiner, no metric word such as revenue or exports).
 */
const SHARE_OF =
  /^[\d.,]*\s*(?:%|per ?cent|percent)?\s*(?:(?:adoption|penetration|usage)(?: rate)?\s+(?:across|among|in)|of)\s+((?:[a-z][\w-]*|EVs?|NEVs?)(?:\s+(?:[a-z][\w-]*|EVs?|NEVs?)){0,4}?)(?=\s+and\s+\d|\s+(?:rely|relies|use|uses|used|are|were|is|was|have|has|had|will|would|depend|depends|require|requires|come|comes|adopt|adopted|including)\b|\s*[,.;]|$)/;
const NOT_POPULATION =
  /^(?:the|its|their|our|his|her|this|that|these|those|all)\b|\b(?:revenue|sales|production|output|exports?|imports?|demand|supply|market|capacity|costs?|profit|shipments|consumption|reserves|mining|processing)\b/i;

/** Before a share that opens its clause: nothing but a hedge, or an earlier share of the same coordination. */
const OPENS_CLAUSE =
  /^[\s,;:]*(?:(?:approximately|about|around|roughly|nearly|almost|some|over|more than|less than|only|just)\s+)?$|\d\s*(?:%|per ?cent|percent)[^,;]{0,80}\band\s+$/i;

const SHARE_OF_IDS = anchorIds([" of ", "adoption", "penetration", "usage"]);

function population(sentence: Sentence, scope: Scope, at: number, atEnd: number): string | null {
  if (!anyOf(sentence.found, SHARE_OF_IDS)) return null;
  const m = SHARE_OF.exec(sentence.text.slice(at, Math.min(scope.end, atEnd + 120)));
  if (!m || NOT_POPULATION.test(m[1]!)) return null;
  // `95% adoption across NP` names its population wherever it stands; `55% of NP` only as the clause's subject.
  const adoption = !/^[\d.,]*\s*(?:%|per ?cent|percent)?\s*of\s/.test(m[0]);
  return adoption || OPENS_CLAUSE.test(sentence.text.slice(scope.start, at)) ? m[1]! : null;
}

/** A share stated as `X accounted for N% of …`, `X made up N%`: the verb right before the figure. */
const ACCOUNTS_FOR =
  /\b(?:accounts? for|accounted for|accounting for|makes? up|made up|represent(?:s|ed)?|comprise[sd]?)\s+(?:(?:about|around|nearly|roughly|approximately|some|over|more than|almost|close to|only|just|up to)\s+)?$/i;

const ACCOUNTS_FOR_IDS = anchorIds(["account", "make", "made", "represent", "compris"]);

/** The subject of `X accounted for N%`: the name nearest before the verb in the figure's clause (any table). */
function shareOwner(sentence: Sentence, ctx: ArticleContext, scope: Scope, at: number): string | null {
  if (!anyOf(sentence.found, ACCOUNTS_FOR_IDS)) return null;
  const lead = sentence.text.slice(scope.start, at);
  const v = ACCOUNTS_FOR.exec(lead);
  if (!v) return null;
  const verbAt = scope.start + v.index;
  let best: LexiconMention | null = null;
  for (const list of [entityMentions(sentence, ctx), sentence.mentions(MATERIAL), sentence.mentions(PLACE)])
    for (const m of list)
      if (m.end <= verbAt && inClause(scope, m.start, m.end) && (!best || m.end > best.end)) best = m;
  // In this domain a bare `magnets` is the rare-earth magnet category (ferrite and SmCo are named as such).
  if (!best && /(?:^|[\s,])magnets\s+$/i.test(lead.slice(0, v.index))) return "rare earth magnets";
  return best?.name ?? null;
}

/** A company (not a public body) named before the figure in its clause: the subject or agent of a demand or share. */
function companyBefore(sentence: Sentence, ctx: ArticleContext, scope: Scope, at: number): string | null {
  const role = ctx.organisations.role;
  let best: LexiconMention | null = null;
  for (const m of entityMentions(sentence, ctx))
    if (
      m.end <= at &&
      inClause(scope, m.start, m.end) &&
      !isPublicBody(m.name) &&
      role.get(m.name) !== "public"
    )
      best = m;
  return best?.name ?? null;
}

/** Entity, counterparty and material of a figure at [at, atEnd) of `sentence` (offsets relative to it). */
/** The mention of `table` nearest the figure in its clause, else the sentence's first. */
function pickMention(
  table: 0 | 1 | 2,
  sentence: Sentence,
  ctx: ArticleContext,
  scope: Scope,
  at: number,
  atEnd: number,
): LexiconMention | null {
  const list = table === ENTITY ? entityMentions(sentence, ctx) : sentence.mentions(table);
  return nearest(sentence.text, list, scope, at, atEnd) ?? sentence.mentions(table)[0] ?? null;
}

/** The name of `pickMention`. Module-level helpers, not closures: a closure per figure costs an allocation. */
const pick = (
  table: 0 | 1 | 2,
  sentence: Sentence,
  ctx: ArticleContext,
  scope: Scope,
  at: number,
  atEnd: number,
) => pickMention(table, sentence, ctx, scope, at, atEnd)?.name ?? null;

export function attribute(
  family: string,
  metric: string,
  sentence: Sentence,
  ctx: ArticleContext,
  at: number,
  atEnd: number,
  carry: AttributionCarry,
): Attribution {
  const { text } = sentence;
  const scope = sentence.clauseAt(at);
  const materialMention =
    respectiveMention(text, sentence.mentions(MATERIAL), scope, at) ??
    pickMention(MATERIAL, sentence, ctx, scope, at, atEnd);
  let material = materialMention?.name ?? null;
  if (materialMention && /high[- ]performance\s+$/i.test(before(text, materialMention, 20)))
    material = `high-performance ${material}`;
  // `Magnets accounted for 90% of the group`: the share is its subject's.
  let owner = family === "funding" ? null : shareOwner(sentence, ctx, scope, at);
  // A region's share of demand (`Europe accounts for 31% of demand`) is the product's share, in that market.
  if (owner && metric.startsWith("share of") && metric.includes("demand") && isPlace(owner)) owner = null;
  if (family === "trade" && metric.startsWith("import")) {
    // An import figure is the importer's (China when none is named, as the corpus labels China's imports); the
    // counterparty is where the goods come from.
    const who = importer(sentence, scope) ?? carry.lastImporter ?? "China";
    return { entity: who, counterparty: origin(sentence, scope, at, atEnd, who), material };
  }
  if (family === "trade")
    return {
      // A product's share of the exports is the product's; a country's share keeps China as exporter.
      entity: owner && !isPublicBody(owner) ? owner : "China",
      counterparty: destination(sentence, scope, at, atEnd, carry),
      material,
    };
  if (metric === "scheme outlay") {
    // A government scheme is the government's (README §9): the place it is for, else the state of the body that set
    // it up (`Korea's ministry`), else the one the sentence before named.
    const state = schemeState(sentence, scope);
    if (state) return { entity: `Government of ${state}`, counterparty: null, material };
    if (carry.lastScheme) return { entity: carry.lastScheme, counterparty: null, material };
  }
  // A condition of the scheme just described (`Beneficiaries must source 20% …`) is that government's.
  if (
    metric === "recycled content requirement" &&
    carry.lastScheme &&
    sentence.mentions(PLACE).length === 0 &&
    entityMentions(sentence, ctx).length === 0
  )
    return { entity: carry.lastScheme, counterparty: null, material };
  if (family === "funding" || metric === "price floor")
    return fundingAttribution(
      sentence,
      scope,
      at,
      ctx,
      material,
      anaphoricSubject(sentence, carry.prevSpan, ctx),
    );
  let entity: string | null = owner;
  if (entity) {
    // the owner of `X accounted for N%`
  } else if (
    metric === "installed capacity" ||
    (metric === "magnet content per unit" && /megawatt|MW/.test(text.slice(scope.start, scope.end)))
  )
    entity = energySource(text.slice(scope.start, scope.end), at - scope.start) ?? energySource(text, at);
  else if (metric === "magnet content per unit" || metric === "NEV sales" || metric === "cost share")
    entity =
      productOf(text.slice(scope.start, scope.end), ctx.body) ??
      (metric === "magnet content per unit" ? oneProduct(text.slice(scope.start, at)) : null) ??
      productOf(text, ctx.body) ??
      (metric === "cost share" ? null : material) ??
      pick(ENTITY, sentence, ctx, scope, at, atEnd);
  else if (
    (family === "price" && !COMPANY_PRICES.has(metric)) ||
    (family === "market" && metric === "market size")
  )
    entity =
      // `the recycled rare earth magnet market`: the product with its qualifier, not the bare material.
      (metric === "market size" && material ? qualifiedProduct(marketProduct(text), material) : null) ??
      material ??
      (metric === "market size" ? (marketProduct(text) ?? carry.lastMarket ?? ctx.titleMaterial) : null) ??
      pick(ENTITY, sentence, ctx, scope, at, atEnd);
  else if (metric === "mining quota")
    // A quota is the state's that sets it (README §9), named as a place; in this domain, China's by default (as the
    // exporter of trade figures), never the ministry that issued it.
    entity = pick(PLACE, sentence, ctx, scope, at, atEnd) ?? "China";
  else if (metric === "share of demand" || metric === "share of rare earth demand")
    // A share of demand belongs to the application or material whose share it is; the place is its market.
    entity =
      population(sentence, scope, at, atEnd) ??
      material ??
      carry.lastMarket ??
      pick(PLACE, sentence, ctx, scope, at, atEnd) ??
      pick(ENTITY, sentence, ctx, scope, at, atEnd);
  else if (family === "market" || family === "demand")
    entity =
      population(sentence, scope, at, atEnd) ??
      companyBefore(sentence, ctx, scope, at) ??
      pick(PLACE, sentence, ctx, scope, at, atEnd) ??
      material ??
      (family === "market" ? (marketProduct(text) ?? carry.lastMarket) : null) ??
      pick(ENTITY, sentence, ctx, scope, at, atEnd);
  else
    entity = pick(ENTITY, sentence, ctx, scope, at, atEnd) ?? anaphoricSubject(sentence, carry.prevSpan, ctx);
  return {
    entity: entity ?? ctx.mainEntity ?? "China",
    counterparty: family === "production" || family === "demand" ? buyer(sentence, scope, at, atEnd) : null,
    material,
  };
}
