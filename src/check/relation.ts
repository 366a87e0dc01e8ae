/**
 * @module Whether the text relates two figures. A check may compute with two figures of an article only where its
 * sentence relates them: a restatement ("2,000 t, equivalent to 7% of global output"; "90% of world output (270,000
 * t)"), or a per-unit link ("300 t of magnets for 100,000 robots"). Two numbers that merely share an article, a
 * period or an entity are not related.
 */
import type { Claim } from "../extract/schema.ts";
import { valueIndex } from "./attribution.ts";

/** True when both claims come from the same sentence (same quote span, or one span inside the other). */
export function sameSentence(a: Claim, b: Claim): boolean {
  if (a.quote_start === b.quote_start && a.quote === b.quote) return true;
  const [x, y] = a.quote_start <= b.quote_start ? [a, b] : [b, a];
  return y.quote_start >= x.quote_start && y.quote_end <= x.quote_end && x.quote.includes(y.quote);
}

/** Where each claim's number starts and ends in the (longer) shared quote, or null when not found. */
function positions(a: Claim, b: Claim): { quote: string; a: [number, number]; b: [number, number] } | null {
  if (!sameSentence(a, b) || !a.value_text || !b.value_text) return null;
  const quote = a.quote.length >= b.quote.length ? a.quote : b.quote;
  const at = (c: Claim): [number, number] | null => {
    const local = valueIndex(c);
    if (local < 0) return null;
    const start = local + (c.quote === quote ? 0 : quote.indexOf(c.quote));
    return [start, start + c.value_text!.length];
  };
  const pa = at(a);
  const pb = at(b);
  return pa && pb && pa[0] !== pb[0] ? { quote, a: pa, b: pb } : null;
}

/** Hedges and bounds that may stand before a restated number. */
const HEDGE =
  "(?:about|around|roughly|nearly|almost|some|close to|over|more than|less than|approximately|~)?";
/** Words that say the next figure restates the one before it. */
const RESTATES = String.raw`(?:or|i\.e\.,?|that is,?|equivalent to|equal to|representing|accounting for|which (?:is|was|represents?|accounts? for)|making up|amounting to)`;
/** A unit word right after a tonnage, and "of <what>" (without digits or clause breaks). */
const MASS_UNIT = String.raw`(?:(?:metric\s+)?(?:tons?|tonnes?|mt|t|kt|kilotons?|kilotonnes?|thousand (?:metric )?(?:tons?|tonnes?))(?:\s+per\s+(?:year|annum))?\b)`;
const OF_WHAT = String.raw`(?:\s+of\s+[^\d,;.()]{1,50}?)?`;
/** A date after the figure ("in 2024", "in May 2025"). */
const WHEN = String.raw`(?:\s+(?:in|for|during|by|as of)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d{2})?`;

const AMOUNT_THEN_SHARE = new RegExp(
  String.raw`^\s*${MASS_UNIT}?${OF_WHAT}${WHEN}\s*(?:,\s*|\(\s*|\s[–—-]\s*)${RESTATES}?\s*${HEDGE}\s*$`,
  "i",
);
const SHARE_THEN_AMOUNT = new RegExp(
  String.raw`^\s*(?:%|per ?cent|percent)?\s+of\s+([^\d;.()]{1,60}?)\s*(?:,\s*|\(\s*|\s[–—-]\s*)${RESTATES}?\s*${HEDGE}\s*$`,
  "i",
);
const AFTER_SHARE = /^\s*(?:%|per ?cent|percent)?\s+of\s+([^\d,;.()]{1,60})/i;

/**
 * When the sentence restates `amount` (a tonnage) as `share` (a percentage of something), the text of what the share
 * is of ("global production in 2024", "world mine output"); otherwise null.
 */
export function restatedShare(amount: Claim, share: Claim): { base: string; how: string } | null {
  const p = positions(amount, share);
  if (!p) return null;
  const { quote } = p;
  if (p.a[1] <= p.b[0]) {
    const gap = quote.slice(p.a[1], p.b[0]);
    if (!AMOUNT_THEN_SHARE.test(gap)) return null;
    const base = AFTER_SHARE.exec(quote.slice(p.b[1]))?.[1]?.replace(
      /\s+(?:in|for|during|by|as of)\s*$/i,
      "",
    );
    return base ? { base: base.trim(), how: `"${quote.slice(p.a[0], p.b[1])}"` } : null;
  }
  if (p.b[1] <= p.a[0]) {
    const gap = quote.slice(p.b[1], p.a[0]);
    const m = SHARE_THEN_AMOUNT.exec(gap);
    return m ? { base: m[1]!.trim(), how: `"${quote.slice(p.b[0], p.a[1])}"` } : null;
  }
  return null;
}

/** Words that link a mass to the units it is for ("300 t of magnets for 1 million robots", "2 kg per car"). */
const PER_UNIT_LINK =
  /\b(?:for|per|when|if|into|to (?:make|build|equip|produce|power)|need(?:s|ed)?|used (?:in|by|for)|requir\w*|go(?:es)? into|each of)\b/i;
/** Words that start another statement inside a sentence. */
const CONTRAST = /\b(?:while|whereas|but|although|though|compared (?:with|to)|versus|than)\b|;/i;

/**
 * True when the sentence links a mass and a unit count: both in the same sentence, not separated by a contrast
 * ("while", "but", a semicolon), with a linking word ("for", "per", "to make", "needed by") between them.
 */
export function perUnitLinked(mass: Claim, count: Claim): boolean {
  const p = positions(mass, count);
  if (!p) return false;
  const [from, to] = p.a[0] < p.b[0] ? [p.a[1], p.b[0]] : [p.b[1], p.a[0]];
  const gap = p.quote.slice(from, to);
  return !CONTRAST.test(gap) && PER_UNIT_LINK.test(gap);
}
