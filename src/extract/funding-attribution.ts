/**
 * @module Whose a funding figure is (README §9): the recipient when named (`a stake in X`, `a loan to X`, a company as
 * subject), and the funder (`by X`, `from X`, a public body, bank or investor as subject) as counterparty. When the
 * recipients are unnamed (`to support projects`, `to six tech companies`), the funder is the entity.
 */
import type { Clause } from "./clauses.ts";
import { inClause } from "./clauses.ts";
import type { ArticleContext } from "./context.ts";
import { entityMentions } from "./entity-mentions.ts";
import { isPublicBody, type LexiconMention } from "./lexicon.ts";
import { PLACE, type Sentence } from "./sentence.ts";
import { anchorIds, anyOf } from "./triggers.ts";

type Scope = Clause & { asides: Clause[] };

/** Names of investors and lenders (`… Ventures`, `… Capital`, `… Bank`). */
const INVESTOR_NAME = /\b(?:Ventures|Capital|Partners|Fund|Bank|Investments?)\b/;

/** Recipients described, not named: `to support projects`, `for start-ups`, `to six tech companies`. */
const UNNAMED_RECIPIENTS =
  /\b(?:to|for|support(?:ing)?|fund(?:ing)?|help(?:ing)?|financ(?:e|ing)|back(?:ing)?)\s+((?:[\w-]+\s+){0,3}?(?:projects|companies|firms|start-?ups|businesses|developers|manufacturers|recipients|applicants|programs|programmes|initiatives|facilities|producers|recyclers|joint venture|consortium))\b/i;

/** An amount right before a name (`$10 billion in X financing`, `$2 million from X`). */
/** Nouns one of which `UNNAMED_RECIPIENTS` needs (a sentence without any skips the pattern). */
const RECIPIENT_NOUN_IDS = anchorIds([
  "projects",
  "companies",
  "firms",
  "start-ups",
  "startups",
  "businesses",
  "developers",
  "manufacturers",
  "recipients",
  "applicants",
  "programs",
  "programmes",
  "initiatives",
  "facilities",
  "producers",
  "recyclers",
  "joint venture",
  "consortium",
]);

const AMOUNT_BEFORE = /\d[\d.,]*\s*(?:million|billion|bn|mn|m)?\s+(?:in|of|from)\s+(?:the\s+)?$/i;

/** The name funds another amount of the sentence than the figure at `at`. */
function ofAnotherFigure(text: string, m: LexiconMention, at: number): boolean {
  const from = Math.max(0, m.start - 30);
  const a = AMOUNT_BEFORE.exec(text.slice(from, m.start));
  return a !== null && Math.abs(from + a.index - at) > 4;
}

const before = (text: string, m: LexiconMention, n = 12) => text.slice(Math.max(0, m.start - n), m.start);

/** A funder: a public body, a country, a bank or an investor. */
const isFunder = (name: string, role: ArticleContext["organisations"]["role"]) =>
  isPublicBody(name) ||
  role.get(name) === "public" ||
  role.get(name) === "investor" ||
  INVESTOR_NAME.test(name);

/** Recipient and funder of a funding figure at `at` of `sentence`; `anaphor` is the subject a pronoun refers to. */
export function fundingAttribution(
  sentence: Sentence,
  scope: Scope,
  at: number,
  ctx: ArticleContext,
  material: string | null,
  anaphor: string | null,
) {
  const { text } = sentence;
  const role = ctx.organisations.role;
  const entities = entityMentions(sentence, ctx);
  // Places inside a name (`Japan` in `Japan Australia Rare Earths`) are part of it.
  const places = sentence
    .mentions(PLACE)
    // …and so is the state that owns a body named right after it (`Japan's Ministry of …`).
    .filter(
      (p) =>
        !entities.some(
          (e) =>
            (p.start < e.end && p.end > e.start) ||
            (e.start > p.end && /^['’]s?\s+(?:the\s+)?$/.test(text.slice(p.end, e.start))),
        ),
    );
  const names = [...entities, ...places]
    .filter((m) => inClause(scope, m.start, m.end))
    .sort((a, b) => a.start - b.start);
  // The funder: `by X`, `from X`, the other side of `an agreement with X`.
  const agent = names.find((m) =>
    /\b(?:by|from)\s+(?:the\s+)?$|\b(?:agreement|deal|partnership|contract|pact)\s+with\s+(?:the\s+)?$/i.test(
      before(text, m, 30),
    ),
  );
  const recipient = names.find(
    (m) =>
      m !== agent && !isFunder(m.name, role) && /\b(?:in|to|into|for)\s+(?:the\s+)?$/i.test(before(text, m)),
  );
  const subjectName =
    names.find((m) => m.end <= at && m !== agent && m !== recipient)?.name ??
    entityMentions(sentence, ctx).find((m) => m.end <= at)?.name ??
    anaphor;
  // A funder as subject (or no subject) and recipients described, not named: the funder's figure.
  const unnamed =
    recipient || (subjectName && !isFunder(subjectName, role)) || !anyOf(sentence.found, RECIPIENT_NOUN_IDS)
      ? null
      : UNNAMED_RECIPIENTS.exec(text.slice(scope.start, scope.end));
  if (unnamed) {
    const funder = subjectName ?? agent?.name;
    if (funder) {
      const to =
        /^to\b/i.test(unnamed[0]) && !/\b(?:projects|programs|programmes|initiatives)$/i.test(unnamed[1]!);
      return { entity: funder, counterparty: to ? unnamed[1]! : null, material };
    }
  }
  // The article's company is looked up only when the sentence names no recipient.
  const entity =
    recipient?.name ??
    (subjectName && !isFunder(subjectName, role) && subjectName !== agent?.name ? subjectName : null) ??
    (ctx.mainEntity && !isFunder(ctx.mainEntity, role) ? ctx.mainEntity : null) ??
    subjectName ??
    agent?.name ??
    ctx.mainEntity ??
    "China";
  // A subject that takes a stake in, or lends to, a named recipient funds it, company or not.
  const funder =
    (agent && agent.name !== entity ? agent.name : null) ??
    (subjectName && (isFunder(subjectName, role) || recipient) && subjectName !== entity
      ? subjectName
      : null) ??
    names.find((m) => isFunder(m.name, role) && m.name !== entity && !ofAnotherFigure(text, m, at))?.name ??
    null;
  return { entity, counterparty: funder, material };
}
