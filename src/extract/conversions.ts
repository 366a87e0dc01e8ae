/**
 * @module Step 3: an amount restated in brackets in another currency or unit (`RMB 3.1 billion (≈ USD 430 million)`)
 * becomes a conversion of the amount before it, not a claim of its own.
 */
import type { Mention } from "./mention.ts";

/** An opening bracket, perhaps a sign such as `≈` and a currency code, between two amounts. */
const BRACKET_GAP = /^\s?\(\s?[^\w\d(]{0,3}\s?[A-Z]{0,3}\$?\s?$/;

/** Links bracketed restatements to the amount they restate (in place); returns the mentions that stay claims. */
export function linkConversions(mentions: Mention[], body: string): Mention[] {
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    const p = mentions[i - 1]!;
    if (!m.currency || !p.currency || p.conversionOf) continue;
    const gap = body.slice(p.exprEnd, m.start);
    if (!BRACKET_GAP.test(gap) || (m.currency.currency === p.currency.currency && m.unit === p.unit))
      continue;
    m.conversionOf = p;
    p.conversions.push({
      value: m.value,
      value_text: body.slice(m.start, m.end),
      qualifier: m.qualifier,
      value_min: m.min,
      value_max: m.max,
      approx: m.approx,
      unit: m.unit,
      currency: m.currency.currency,
      currency_basis: m.currency.basis,
    });
  }
  return mentions.filter((m) => !m.conversionOf);
}
