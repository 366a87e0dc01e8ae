/** @module Step 2: word multipliers (`nearly double`, `threefold`, `more than triple`) as value mentions in `x`. */
import type { Mention } from "./mention.ts";
import type { NumToken } from "./numbers.ts";
import { qualify } from "./qualifiers.ts";
import type { Sentence } from "./sentence.ts";
import { anchorIds, anyOf } from "./triggers.ts";

export const MULTIPLIER_IDS = anchorIds(["double", "triple", "quadruple", "fold"]);
const MULT =
  /\b(doubled?|tripled?|quadrupled?|twofold|threefold|fourfold|fivefold|tenfold|two-fold|three-fold)\b(?![- ]digit)/gi;

/** Words after a multiplier verb that lead to a level: `… year over year to 443`, `to about $5 billion`. */
const LEADS_TO_LEVEL =
  /^\s+(?:[\w-]+\s+){0,4}?to\s+(?:about\s+|around\s+|nearly\s+)?(?:[A-Z]{0,3}\$|RMB\s?|€|£|¥)?\s?\d/;

function multiplierValue(word: string): number {
  if (word.startsWith("double") || word.startsWith("two")) return 2;
  if (word.startsWith("tri") || word.startsWith("three")) return 3;
  if (word.startsWith("quad") || word.startsWith("four")) return 4;
  if (word.startsWith("five")) return 5;
  return 10;
}

/** The word multipliers of a sentence (none unless one of their anchors occurs). */
export function multiplierMentions(sentence: Sentence, body: string): Mention[] {
  if (!anyOf(sentence.found, MULTIPLIER_IDS)) return [];
  const out: Mention[] = [];
  const { text, span } = sentence;
  MULT.lastIndex = 0;
  for (let w = MULT.exec(text); w !== null; w = MULT.exec(text)) {
    const value = multiplierValue(w[1]!.toLowerCase());
    const s = span.start + w.index;
    // `tripled year over year to 443 tons`: a rise that leads to a stated level also gives that level a change
    // without a value (README §3: a direction without a number).
    const leads =
      /ed$/i.test(w[1]!) &&
      LEADS_TO_LEVEL.test(text.slice(w.index + w[0].length, w.index + w[0].length + 50));
    const q = qualify(body.slice(Math.max(span.start, s - 40), s));
    const tok: NumToken = {
      start: s,
      end: s + w[0].length,
      value,
      min: null,
      max: null,
      percent: false,
      scaleText: null,
      plainInt: false,
      sign: null,
      gluedLeft: false,
      isDateLike: false,
    };
    out.push({
      tok,
      start: s,
      end: tok.end,
      exprEnd: tok.end,
      isChange: false,
      value,
      min: null,
      max: null,
      qualifier: q.qualifier,
      approx: q.approx,
      unit: "x",
      unitText: w[1]!,
      currency: null,
      cls: "multiplier",
      isBase: false,
      conversionOf: null,
      conversions: [],
      changes: [],
      direction: null,
      leadsToLevel: leads,
      kind: null,
      period: null,
      periodFrom: null,
    });
  }
  return out;
}
