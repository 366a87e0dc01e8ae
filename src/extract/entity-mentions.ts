/**
 * @module The names a sentence gives for whose figure it is: lexicon entities, organisations the lexicon does not
 * know (`organisations.ts`), `the company` read as the article's company, and, for a sentence that opens on a
 * description or a pronoun (`The plan will mobilise …`, `It will provide …`), the subject of the sentence before.
 */
import type { ArticleContext } from "./context.ts";
import { ENTITIES, findMentions, type LexiconMention } from "./lexicon.ts";
import { mentionsIn } from "./organisations.ts";
import { ENTITY, type Sentence } from "./sentence.ts";
import type { Span } from "./sentences.ts";
import { anchorIds, anyOf } from "./triggers.ts";

/** A definite description of the article's company (`the company will produce …`). */
const THE_COMPANY = /\b(?:the|its) (?:company|firm|miner|group|producer|manufacturer|magnet maker)\b/gi;

const THE_COMPANY_IDS = anchorIds([
  "the company",
  "its company",
  "the firm",
  "its firm",
  "the miner",
  "the group",
  "its group",
  "the producer",
  "the manufacturer",
  "the magnet maker",
]);

/** Entity mentions of the sentence (offsets relative to it), with `the company` read as the article's main entity. */
export function entityMentions(sentence: Sentence, ctx: ArticleContext): LexiconMention[] {
  sentence.entityMentions ??= withMainEntity(sentence, ctx);
  return sentence.entityMentions;
}

/** Lexicon entities and recognised organisations of the body span [start, end), relative to `start`. */
function namesIn(lexicon: LexiconMention[], ctx: ArticleContext, span: Span): LexiconMention[] {
  // Organisations the lexicon does not know, where no lexicon name covers them.
  const orgs = mentionsIn(ctx.organisations, span.start, span.end).filter(
    (o) => !lexicon.some((m) => o.start < m.end && o.end > m.start),
  );
  return orgs.length === 0 ? lexicon : [...lexicon, ...orgs].sort((a, b) => a.start - b.start);
}

function withMainEntity(sentence: Sentence, ctx: ArticleContext): LexiconMention[] {
  const named = namesIn(sentence.mentions(ENTITY), ctx, sentence.span);
  if (!anyOf(sentence.found, THE_COMPANY_IDS)) return named;
  const main = ctx.mainEntity;
  if (!main) return named;
  const out = [...named];
  THE_COMPANY.lastIndex = 0;
  for (let m = THE_COMPANY.exec(sentence.text); m !== null; m = THE_COMPANY.exec(sentence.text))
    out.push({ name: main, start: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}

/** A sentence that opens on a description of something named before, or on a pronoun. */
const ANAPHOR =
  /^(?:(?:The|This|That|These|Its|Their) (?:new |proposed |planned |\w+ )?(?:plan|programme|program|scheme|fund|initiative|package|facility|agency|project|deal|agreement|strategy|measure|policy|body|government|ministry|department|administration|bank|investment|financing)s?\b|(?:It|They)\b)/;

/**
 * The subject of the sentence before `sentence` when `sentence` opens on a description or a pronoun that refers to
 * it: the first entity named in the first 80 characters of the previous sentence. Null otherwise.
 */
export function anaphoricSubject(sentence: Sentence, prev: Span | null, ctx: ArticleContext): string | null {
  if (!prev || !ANAPHOR.test(sentence.text)) return null;
  const text = ctx.body.slice(prev.start, Math.min(prev.end, prev.start + 80));
  const span = { start: prev.start, end: prev.start + text.length };
  const first = namesIn(findMentions(ENTITIES, text), ctx, span)[0];
  return first?.name ?? null;
}
