/**
 * @module Step 6: whose figure it is, read from the sentence's structure. Names are looked for in the figure's own
 * clause first (`clauses.ts`), nearest first, a name before the figure preferred to one after it:
 * - trade: the exporting country (China); the counterparty is the destination named in the figure's clause (`to the
 *   US`, `US-bound`), never one from another clause (`exports to Germany rose to 1,288 t while shipments to the US
 *   were 420 t` gives Germany, then the United States);
 * - funding (and price floors): the recipient (`a stake in X`, `a loan to X`, the subject when it is not a public
 *   body, else the article's main entity); the funder (`by X`, `from X`, a public body as subject) is the counterparty;
 * - market prices and sizes: the material or product; market shares and demand: the place, else the material;
 *   magnet content per unit and vehicle sales: the product;
 * - other figures: the entity named, else the article's main entity.
 */
import { type Clause, inClause } from "./clauses.ts";
import type { ArticleContext } from "./context.ts";
import { isPublicBody as isFunder, type LexiconMention } from "./lexicon.ts";
import { mentionsIn } from "./organisations.ts";
import { ENTITY, MATERIAL, PLACE, type Sentence } from "./sentence.ts";

export interface Attribution {
  entity: string;
  counterparty: string | null;
  material: string | null;
}

/** Prices a company sets or realises: the company's figures, not the market's. */
const COMPANY_PRICES = new Set(["listed price", "average selling price", "price floor"]);

/** Distance penalty of a name after the figure (a name before it usually governs it). */
const AFTER_PENALTY = 25;

type Scope = Clause & { asides: Clause[] };

/** The mention nearest to [at, atEnd) inside the clause, or null. */
function nearest(list: LexiconMention[], scope: Scope, at: number, atEnd: number): LexiconMention | null {
  let best: LexiconMention | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (const m of list) {
    if (!inClause(scope, m.start, m.end)) continue;
    const d = m.end <= at ? at - m.end : m.start >= atEnd ? m.start - atEnd + AFTER_PENALTY : 0;
    if (d < bestD) {
      best = m;
      bestD = d;
    }
  }
  return best;
}

const before = (text: string, m: LexiconMention, n = 12) => text.slice(Math.max(0, m.start - n), m.start);
const after = (text: string, m: LexiconMention, n = 12) => text.slice(m.end, m.end + n);

/**
 * A place named as a destination: `to (the) X`, `into X`, `for X`, `X-bound`, `X received`, `X's imports`, or a label
 * `X:` at the head of a list item.
 */
function isDestination(text: string, m: LexiconMention): boolean {
  return (
    /\b(?:to|into|for)\s+(?:the\s+)?$/i.test(before(text, m)) ||
    /^(?:-bound|\s+received|['’]s imports|\s+imported)/i.test(after(text, m)) ||
    // A list item or label: `Germany: 1,288 t`, `US: shipments fell 28%`.
    (/^:\s/.test(after(text, m)) && m.start < 30)
  );
}

/** A definite description of the article's company (`the company will produce …`). */
const THE_COMPANY = /\b(?:the|its) (?:company|firm|miner|group|producer|manufacturer|magnet maker)\b/gi;

/** Entity mentions of the sentence, with `the company` read as the article's main entity. */
function entityMentions(sentence: Sentence, ctx: ArticleContext): LexiconMention[] {
  sentence.entityMentions ??= withMainEntity(sentence, ctx);
  return sentence.entityMentions;
}

function withMainEntity(sentence: Sentence, ctx: ArticleContext): LexiconMention[] {
  const lexicon = sentence.mentions(ENTITY);
  // Organisations the lexicon does not know, where no lexicon name covers them.
  const orgs = mentionsIn(ctx.organisations, sentence.span.start, sentence.span.end).filter(
    (o) => !lexicon.some((m) => o.start < m.end && o.end > m.start),
  );
  const named = orgs.length === 0 ? lexicon : [...lexicon, ...orgs].sort((a, b) => a.start - b.start);
  if (!/\b(?:company|firm|miner|group|producer|manufacturer|maker)\b/i.test(sentence.text)) return named;
  const main = ctx.mainEntity;
  if (!main) return named;
  const out = [...named];
  THE_COMPANY.lastIndex = 0;
  for (let m = THE_COMPANY.exec(sentence.text); m !== null; m = THE_COMPANY.exec(sentence.text))
    out.push({ name: main, start: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.start - b.start);
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

/** A product named by a per-unit phrase or a sales figure. */
function productOf(text: string, body: string): string | null {
  if (/\brobots?\b/i.test(text)) return /\bhumanoid\b/i.test(body) ? "humanoid robots" : "robots";
  if (/\b(?:vehicles?|cars?|EVs?|NEVs?)\b/.test(text)) return "electric vehicles";
  if (/\b(?:turbines?|megawatts?|MW)\b/.test(text)) return "wind turbines";
  return null;
}

/** Entity, counterparty and material of a figure at [at, atEnd) of `sentence` (offsets relative to it). */
export function attribute(
  family: string,
  metric: string,
  sentence: Sentence,
  ctx: ArticleContext,
  at: number,
  atEnd: number,
): Attribution {
  const { text } = sentence;
  const scope = sentence.clauseAt(at);
  const pick = (table: 0 | 1 | 2) =>
    nearest(table === ENTITY ? entityMentions(sentence, ctx) : sentence.mentions(table), scope, at, atEnd)
      ?.name ??
    sentence.mentions(table)[0]?.name ??
    null;
  const material = pick(MATERIAL);
  if (family === "trade") {
    const dest = nearest(
      sentence.mentions(PLACE).filter((p) => p.name !== "China" && isDestination(text, p)),
      scope,
      at,
      atEnd,
    );
    return { entity: "China", counterparty: dest?.name ?? subjectDestination(sentence, scope), material };
  }
  if (family === "funding" || metric === "price floor") return funding(sentence, scope, at, ctx, material);
  let entity: string | null;
  if (metric === "magnet content per unit" || metric === "NEV sales")
    entity = productOf(text, ctx.body) ?? material ?? pick(ENTITY);
  else if (
    (family === "price" && !COMPANY_PRICES.has(metric)) ||
    (family === "market" && metric === "market size")
  )
    entity = material ?? pick(ENTITY);
  else if (family === "market" || family === "demand") entity = pick(PLACE) ?? material ?? pick(ENTITY);
  else entity = pick(ENTITY) ?? ctx.mainEntity;
  return { entity: entity ?? ctx.mainEntity ?? "China", counterparty: null, material };
}

/** Names of investors and lenders (`… Ventures`, `… Capital`, `… Bank`). */
const INVESTOR_NAME = /\b(?:Ventures|Capital|Partners|Fund|Bank|Investments?)\b/;

/** Recipient and funder of a funding figure. */
function funding(sentence: Sentence, scope: Scope, at: number, ctx: ArticleContext, material: string | null) {
  const { text } = sentence;
  const role = ctx.organisations.role;
  // A funder: a public body, a country, a bank or an investor.
  const isPublicBody = (name: string) =>
    isFunder(name) ||
    role.get(name) === "public" ||
    role.get(name) === "investor" ||
    INVESTOR_NAME.test(name);
  const names = [...entityMentions(sentence, ctx), ...sentence.mentions(PLACE)]
    .filter((m) => inClause(scope, m.start, m.end))
    .sort((a, b) => a.start - b.start);
  const agent = names.find((m) => /\b(?:by|from)\s+(?:the\s+)?$/i.test(before(text, m)));
  const recipient = names.find(
    (m) =>
      m !== agent && !isPublicBody(m.name) && /\b(?:in|to|into|for)\s+(?:the\s+)?$/i.test(before(text, m)),
  );
  const subject =
    names.find((m) => m.end <= at && m !== agent && m !== recipient) ??
    entityMentions(sentence, ctx).find((m) => m.end <= at);
  const main = ctx.mainEntity && !isPublicBody(ctx.mainEntity) ? ctx.mainEntity : null;
  const entity =
    recipient?.name ??
    (subject && !isPublicBody(subject.name) && subject.name !== agent?.name ? subject.name : null) ??
    main ??
    subject?.name ??
    agent?.name ??
    ctx.mainEntity ??
    "China";
  const funder =
    (agent && agent.name !== entity ? agent.name : null) ??
    (subject && isPublicBody(subject.name) && subject.name !== entity ? subject.name : null) ??
    names.find((m) => isPublicBody(m.name) && m.name !== entity)?.name ??
    null;
  return { entity, counterparty: funder, material };
}
