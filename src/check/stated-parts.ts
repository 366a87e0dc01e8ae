/**
 * @module Stated parts: amounts one sentence writes as parts of another ("a €1.1 billion scheme, of which €400 million
 * …", "a $150 million programme, with awards capped at $25 million", "$12 billion combining $10 billion … with $1.67
 * billion …") against that whole. Needs no data.
 */
import type { Claim } from "../extract/schema.ts";
import { claimRef, fmt, numberAt, qty, roundingSlack } from "./compare.ts";
import { type CheckContext, level } from "./context.ts";
import type { Reason } from "./verdict.ts";

/** Words between a whole and a part that make the part a share of it. */
const PART_WORDS = /\b(?:of which|including|includ(?:es|ed)|among them|capped at|limited to|at most)\b/i;
/** Words that say an amount is made of the parts that follow it ("$12 billion combining $10 billion with $1.67 billion"). */
const SUM_WORDS =
  /\b(?:combin(?:ing|es|ed)|made up of|compris(?:ing|es)|consist(?:ing|s) of|split (?:into|between))\b/i;
/** How a sentence joins the two parts of a sum. */
const SUM_JOIN = /^[^\d;]{0,50}\b(?:with|and|plus)\b[^\d]{0,12}$/i;
/**
 * The words an accusation needs: "of which" right after the whole names a part of it. ("Including" may bring in a
 * larger deal the whole only partly contains: "sales of $50 million, including the $80 million contract".)
 */
const STRICT_PART = /^[^\d]{0,20}\bof which\b[^\d]{0,16}$/i;
const BOUND_CONFIDENCE = 0.45;
const SUM_CONFIDENCE = 0.7;

/** The text between two claims' numbers, restatements in parentheses removed; null when a number stands between. */
function between(a: Claim, b: Claim): string | null {
  const pa = numberAt(a);
  const pb = numberAt(b);
  if (pa < 0 || pb <= pa) return null;
  const text = a.quote.slice(pa + a.value_text!.length, pb).replace(/\([^)]*\)/g, "");
  return /\d/.test(text) || text.length > 90 ? null : text;
}

const unitOf = (c: Claim) => c.currency ?? c.unit ?? "";
const sameKind = (a: Claim, b: Claim) =>
  a.id !== b.id &&
  a.quote_start === b.quote_start &&
  unitOf(a) !== "" &&
  unitOf(a) === unitOf(b) &&
  unitOf(a) !== "%";
/** Half a unit of the last written digit, in the claim's own unit. */
const slackOf = (c: Claim) => roundingSlack(c) * Math.abs(level(c) ?? 0);

function partReason(ctx: CheckContext, whole: Claim, part: Claim, words: string, strict: boolean): Reason {
  const w = level(whole)!;
  const p = level(part)!;
  // Within the whole as written (the part's own rounding aside); only the whole's rounding could explain a part
  // above it ("€2 billion" may stand for 2.4): no verdict either way.
  const within = p <= w + slackOf(part);
  const rounding = !within && p <= w + slackOf(whole) + slackOf(part);
  const unit = unitOf(whole);
  return {
    kind: "stated_parts",
    outcome: within ? "consistent" : strict && !rounding ? "inconsistent" : "unverifiable",
    confidence: BOUND_CONFIDENCE,
    message: `the sentence writes ${qty(p, unit)} (${part.id}) as part of ${qty(w, unit)} (${whole.id}) ("${words.trim()}"): ${
      within
        ? "the part fits within the whole"
        : rounding
          ? "the part exceeds the whole as written; only the rounding of the whole could explain it: no verdict"
          : `the part exceeds the whole${strict ? "" : "; the words may relate other amounts: no verdict"}`
    }`,
    expected: { value: null, low: null, high: w, unit },
    found: { value: p, unit, period: part.period },
    sources: [claimRef(whole, ctx.article)],
  };
}

/**
 * Parts against the whole their sentence names: a part must fit within it (a bound: confidence 0.45; inconsistent
 * only after "of which" or "including" right after the whole), and two parts a sentence says the whole combines must
 * add up to it within the rounding of all three (confidence 0.7; a shortfall or excess gets no verdict, since a
 * sentence may leave out a smaller part). Both sides get the reason of an agreement.
 */
export function checkStatedParts(ctx: CheckContext) {
  const amounts = ctx.claims.filter((c) => level(c) !== null && level(c)! > 0);
  for (const whole of amounts)
    for (const part of amounts) {
      if (!sameKind(whole, part)) continue;
      const text = between(whole, part);
      if (text === null) continue;
      const sumWord = SUM_WORDS.exec(text);
      if (sumWord) {
        const second = amounts.find(
          (o) => sameKind(part, o) && o !== whole && SUM_JOIN.test(between(part, o) ?? "x"),
        );
        if (!second) continue;
        const sum = level(part)! + level(second)!;
        const slack = slackOf(whole) + slackOf(part) + slackOf(second);
        const ok = Math.abs(sum - level(whole)!) <= slack;
        const unit = unitOf(whole);
        const reason: Reason = {
          kind: "stated_parts",
          outcome: ok ? "consistent" : "unverifiable",
          confidence: SUM_CONFIDENCE,
          message: `the sentence makes ${qty(level(whole), unit)} (${whole.id}) of ${qty(level(part), unit)} (${part.id}) and ${qty(level(second), unit)} (${second.id}) ("${sumWord[0]}"): they sum to ${qty(sum, unit)}${
            ok
              ? ` (within the rounding of the figures as written, ±${fmt(slack)})`
              : "; not the whole, and a sentence may leave out a smaller part: no verdict"
          }`,
          expected: { value: level(whole), unit },
          found: { value: sum, unit, period: whole.period },
          sources: [claimRef(part, ctx.article), claimRef(second, ctx.article)],
        };
        ctx.add(whole.id, reason);
        if (ok)
          for (const [c, others] of [
            [part, [whole, second]],
            [second, [whole, part]],
          ] as const)
            ctx.add(c.id, { ...reason, sources: others.map((o) => claimRef(o, ctx.article)) });
        continue;
      }
      const partWord = PART_WORDS.exec(text);
      if (!partWord) continue;
      const reason = partReason(ctx, whole, part, partWord[0], STRICT_PART.test(text));
      ctx.add(part.id, reason);
      if (reason.outcome === "consistent")
        ctx.add(whole.id, { ...reason, sources: [claimRef(part, ctx.article)] });
    }
}
