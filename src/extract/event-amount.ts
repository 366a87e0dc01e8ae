/**
 * @module Event amounts: the money (or price, for a price floor) attached to a trigger's clause, read with the same
 * number, currency and unit grammar as the claims, so an event and a claim give the same value for one figure.
 */
import { type NumToken, scanNumbers } from "./numbers.ts";
import { currencyBefore, unitAfter } from "./quantities.ts";
import type { ExtractedEvent } from "./schema.ts";

type Amount = NonNullable<ExtractedEvent["amount"]>;

const UP_TO = /\b(?:up to|as much as|at most)\s*$/i;
const MORE_THAN = /\b(?:more than|over|above|exceeding|in excess of)\s*$/i;
const AT_LEAST = /\bat least\s*$/i;
const APPROX = /\b(?:about|around|roughly|approximately|nearly|almost|some|close to)\s*$|~\s*$/i;

/** A money figure of a sentence with its offsets. */
export interface Placed {
  amount: Amount;
  start: number;
  end: number;
}

/**
 * Every money figure of a sentence, read once per sentence (`clauseAmount` picks from them). A figure without a
 * currency is not an amount. `australian`: a bare `$` is A$.
 */
export function moneyIn(
  text: string,
  australian: boolean,
  tokens?: readonly NumToken[],
  offset = 0,
): Placed[] {
  const from = 0;
  const part = text;
  // The caller's numerals of the sentence (body offsets) when it has them, else one scan of the sentence.
  const toks = tokens
    ? tokens.map((t) => ({ ...t, start: t.start - offset, end: t.end - offset }))
    : scanNumbers(part);
  const out: Placed[] = [];
  for (const tok of toks) {
    if (tok.isDateLike || (tok.plainInt && tok.end - tok.start === 4 && !tok.scaleText)) continue;
    const unit = unitAfter(part, tok.end, false);
    const cur = currencyBefore(part, tok.start, australian) ?? unit.currency;
    if (!cur) continue;
    // Skip the currency symbol itself when reading a hedge or bound before the figure.
    const before = part
      .slice(Math.max(0, tok.start - 24), tok.start)
      .replace(/(?:US|A|C|HK)?\$\s?$|[€£¥]\s?$|RMB\s?$/, "");
    const range = tok.value === null;
    const per = unit.per ? `/${unit.per}` : "";
    const qualifier = range
      ? "range"
      : UP_TO.test(before)
        ? "lte"
        : MORE_THAN.test(before)
          ? "gt"
          : AT_LEAST.test(before)
            ? "gte"
            : null;
    out.push({
      start: from + tok.start,
      end: from + Math.max(tok.end, unit.end),
      amount: {
        value: range ? null : tok.value! * unit.factor,
        value_text: part.slice(tok.start, tok.end),
        qualifier,
        approx: APPROX.test(before),
        value_min: range ? tok.min : null,
        value_max: range ? tok.max : null,
        unit: `${cur.currency}${per}`,
        currency: cur.currency,
      },
    });
  }
  return out;
}

/** Between an amount and the noun it sizes (`$150 million loan`, `up to $134 million in funding`). */
const BEFORE_NOUN = /^\s*(?:in\s+|of\s+|worth of\s+)?(?:[\w-]+\s+){0,2}$/;
/** Between a noun and its amount (`a loan of $150 million`, `funding worth $5m`). */
const AFTER_NOUN =
  /^\s*(?:of|worth|totall?ing|valued at|amounting to|at)\s+(?:(?:up to|about|around|nearly|some|more than|over)\s+)?$/i;

/** Between a verb and its sum (`invest up to $200 million`). */
const RIGHT_AFTER =
  /^\s*(?:(?:up to|about|around|nearly|some|more than|over|at least|an additional|a further)\s+)?$/i;

/**
 * Money figure `m` sizes the trigger at `trigger`: the noun (`$150 million loan`, `a loan of $150 million`) or the verb
 * right before it (`invest A$200 million`).
 */
function sizes(m: Placed, text: string, trigger: { start: number; end: number }): boolean {
  const gapBefore = text.slice(m.end, trigger.start);
  if (m.end <= trigger.start && gapBefore.length <= 30 && BEFORE_NOUN.test(gapBefore)) return true;
  const gapAfter = text.slice(trigger.end, m.start);
  return (
    m.start >= trigger.end &&
    gapAfter.length <= 30 &&
    (AFTER_NOUN.test(gapAfter.replace(/(?:US|A|C)?\$\s?$/, "")) ||
      RIGHT_AFTER.test(gapAfter.replace(/(?:US|A|C)?\$\s?$|[€£¥]\s?$/, "")))
  );
}

/**
 * The amount attached to the trigger at [start, end) in its clause [from, to) of the sentence `text`, among the
 * sentence's money figures (`moneyIn`): the figure that sizes the trigger's noun, else (when `nearest`) the clause's
 * figure nearest to the trigger that sizes none of the `others` (the sentence's other triggers: in `a $400 million
 * stake, a $150 million loan and an offtake agreement` the offtake has no amount). Null when there is none.
 */
export function clauseAmount(
  sentenceMoney: readonly Placed[],
  text: string,
  from: number,
  to: number,
  trigger: { start: number; end: number },
  nearest = true,
  others: readonly { start: number; end: number }[] = [],
): Amount | null {
  const money = sentenceMoney.filter((m) => m.start >= from && m.end <= to);
  for (const m of money) if (sizes(m, text, trigger)) return m.amount;
  if (!nearest) return null;
  let best: Placed | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (const m of money) {
    const d = m.end <= trigger.start ? trigger.start - m.end : Math.max(0, m.start - trigger.end);
    if (d < bestD && !others.some((o) => sizes(m, text, o))) {
      best = m;
      bestD = d;
    }
  }
  return best?.amount ?? null;
}
