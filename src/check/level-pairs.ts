/**
 * @module Level pairs: two levels of one series that one sentence relates ("rose from $42.5/kg to $49.2/kg", "widened to
 * 23.5% from 19.1%", "3%, up from 0.3%") against the direction the sentence states. Needs no data.
 */
import type { Claim } from "../extract/schema.ts";
import { claimRef, numberAt, qty } from "./compare.ts";
import { type CheckContext, level } from "./context.ts";

/** Words that state a rise or a fall; a sentence stating both near the pair gets no verdict. */
const UP =
  /\b(?:ris(?:e|es|en|ing)|rose|up|increas(?:e|ed|es|ing)|gr[eo]w(?:s|n|th|ing)?|widen(?:ed|s|ing)?|climb(?:ed|s|ing)?|jump(?:ed|s)?|gain(?:ed|s)?|higher|surg(?:e|ed|es)|soar(?:ed|s)?|expand(?:ed|s)?|improv(?:e|ed|es))\b/gi;
const DOWN =
  /\b(?:f[ae]ll(?:s|en|ing)?|drop(?:ped|s)?|down|decreas(?:e|ed|es|ing)|declin(?:e|ed|es|ing)|eas(?:e|ed|es)|cut|narrow(?:ed|s)?|slip(?:ped|s)?|lower|sh(?:ra|ru)nk|plung(?:e|ed)|tumbl(?:e|ed)|slump(?:ed)?|contract(?:ed|s)?)\b/gi;

/** Words after the second level that make it an expectation, not an earlier level. */
const EXPECTED =
  /^\S{0,12}\s*(?:\w+\s+){0,2}(?:expected|forecast|estimated|planned|targeted|guidance|consensus)\b/i;

/** How far before the first number a direction word may stand (the verb of "prices rose from …"). */
const LEAD = 60;

/** "from X to Y" or "Y from / compared with / up from X": which of the pair is the later level, or null when the words do not relate them. */
function order(
  quote: string,
  first: { at: number; end: number },
  second: { at: number },
): "first-old" | "first-new" | null {
  const before = quote.slice(Math.max(0, first.at - 12), first.at);
  // Parentheses hold restatements in another currency ("157.5 million (US$104.9 million)"), not a third level.
  const between = quote.slice(first.end, second.at).replace(/\([^)]*\)/g, "");
  if (
    /\d/.test(between) ||
    between.length > 70 ||
    /[;:]|\b(?:while|whereas|but|although|though|yet)\b/i.test(between)
  )
    return null;
  if (
    /\bfrom\s+\S{0,4}$/i.test(before) &&
    /^[^\d]{0,30}\bto\s+(?:about\s+|around\s+)?\S{0,4}$/i.test(between)
  )
    return "first-old";
  if (/\b(?:from|compared (?:with|to)|against|versus|vs\.?)\s+(?:the\s+)?\S{0,4}$/i.test(between))
    return "first-new";
  return null;
}

interface Pair {
  older: Claim;
  newer: Claim;
  /** The sentence's direction: +1 rise, −1 fall. */
  direction: 1 | -1;
  /** The direction word governs the pair directly ("rose from X to Y", "X, down from Y"). */
  tight: boolean;
  word: string;
}

function pairOf(a: Claim, b: Claim): Pair | null {
  const quote = a.quote;
  const pa = numberAt(a);
  const pb = numberAt(b);
  if (pa < 0 || pb < 0 || pa === pb) return null;
  const [first, second] = pa < pb ? [a, b] : [b, a];
  const f = { at: Math.min(pa, pb), end: Math.min(pa, pb) + first.value_text!.length };
  const s = { at: Math.max(pa, pb) };
  const o = order(quote, f, s);
  if (!o) return null;
  // A level compared with an expectation ("300 units compared with 280 expected") is no earlier level.
  if (EXPECTED.test(quote.slice(s.at + (second.value_text?.length ?? 0), s.at + 60))) return null;
  const window = quote.slice(Math.max(0, f.at - LEAD), s.at);
  // The window starts at the clause: a direction word of an earlier clause is not this pair's.
  const clause =
    window
      .split(/[;,]\s+(?:while|whereas|but|and|although|though)\b|\b(?:while|whereas|although|though)\b/i)
      .pop() ?? window;
  const ups = clause.match(UP) ?? [];
  const downs = clause.match(DOWN) ?? [];
  if (!!ups.length === !!downs.length) return null;
  const word = (ups[0] ?? downs[0])!;
  const between = quote.slice(f.end, s.at);
  const lead = quote.slice(Math.max(0, f.at - 25), f.at);
  // Tight: "from" relates the pair (never "compared with", which may compare with anything) and the word stands just
  // before the first number ("rose from 40 to", "widened to 23.5% from") or is the "from" of the pair ("3%, up from 0.3%").
  const byFrom = o === "first-old" || /\bfrom\s+(?:the\s+)?\S{0,4}$/i.test(between);
  const tight =
    byFrom &&
    (new RegExp(`\\b${word}\\b[^,.\\d]{0,14}$`, "i").test(lead) ||
      new RegExp(`\\b${word}\\s+from\\s+(?:the\\s+)?\\S{0,4}$`, "i").test(between));
  return {
    older: o === "first-old" ? first : second,
    newer: o === "first-old" ? second : first,
    direction: ups.length ? 1 : -1,
    tight,
    word,
  };
}

const sameSeries = (a: Claim, b: Claim) =>
  a.id !== b.id &&
  a.quote_start === b.quote_start &&
  a.metric === b.metric &&
  a.entity === b.entity &&
  (a.counterparty ?? "") === (b.counterparty ?? "") &&
  a.unit === b.unit &&
  (a.currency ?? "") === (b.currency ?? "");

/**
 * Two levels of one series in one sentence, related by "from … to …", "… from …" or "compared with", against the
 * direction word of their clause: the pair agrees when the later level is higher after "rose" and lower after
 * "fell". A pair that contradicts its direction is inconsistent only when the word governs the pair directly ("rose
 * from 40 to 30"); otherwise no verdict (the word may speak of another figure). Both claims get the reason.
 */
export function checkLevelPairs(ctx: CheckContext) {
  const done = new Set<string>();
  for (const a of ctx.claims) {
    if (level(a) === null) continue;
    for (const b of ctx.claims) {
      if (level(b) === null || !sameSeries(a, b)) continue;
      const key = [a.id, b.id].sort().join("|");
      if (done.has(key)) continue;
      done.add(key);
      const pair = pairOf(a, b);
      if (!pair) continue;
      const from = level(pair.older)!;
      const to = level(pair.newer)!;
      if (from === to) continue;
      const agrees = Math.sign(to - from) === pair.direction;
      const unit = a.unit ?? a.currency ?? "";
      const says = `the sentence says "${pair.word}" from ${qty(from, unit)} (${pair.older.id}) to ${qty(to, unit)} (${pair.newer.id})`;
      const outcome = agrees ? "consistent" : pair.tight ? "inconsistent" : "unverifiable";
      const message = agrees
        ? `${says}: the two levels agree with the direction stated`
        : `${says}, but the later level is ${to > from ? "higher" : "lower"}${pair.tight ? "" : "; the direction word may speak of another figure: no verdict"}`;
      for (const [self, other] of [
        [pair.newer, pair.older],
        [pair.older, pair.newer],
      ] as const) {
        // An accusation is made once, on the later level (the one the direction word describes).
        if (outcome === "inconsistent" && self === pair.older) continue;
        ctx.add(self.id, {
          kind: "level_pair",
          outcome,
          message,
          expected: {
            value: null,
            unit,
            low: pair.direction > 0 ? from : null,
            high: pair.direction < 0 ? from : null,
          },
          found: { value: level(self), unit, period: self.period },
          sources: [claimRef(other, ctx.article)],
        });
      }
    }
  }
}
