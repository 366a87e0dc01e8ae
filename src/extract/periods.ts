/** @module Period mentions: runs the period grammar (`period-rules.ts`) over a sentence. */
import { checkedPeriod } from "./period-check.ts";
import type { PeriodContext } from "./period-helpers.ts";
import { PERIOD_RULES } from "./period-rules.ts";
import { anchorIds, anyOf, type Found, firstAnchorStart, scanAnchors } from "./triggers.ts";

export type { PeriodContext } from "./period-helpers.ts";

export interface PeriodMention {
  start: number;
  end: number;
  text: string;
  period: string | null;
  /** A day-precision mention (`October 9`, `on Thursday`): a date for events. */
  isDate: boolean;
}

/** Anchor ids per rule (null: the rule runs whenever the sentence has a digit). */
const RULE_IDS = PERIOD_RULES.map((r) => (r.anchors === "digit" ? null : anchorIds(r.anchors)));
/** Anchor ids of each rule's `alsoAnchors` (null: none). */
const ALSO_IDS = PERIOD_RULES.map((r) => (r.alsoAnchors ? anchorIds(r.alsoAnchors) : null));
const YEAR = /(?:19|20)\d\d/;

/** Whether [a, b) overlaps one of the spans `taken` holds as start, end pairs. */
function overlapsAny(taken: number[], a: number, b: number): boolean {
  for (let i = 0; i < taken.length; i += 2) if (a < taken[i + 1]! && b > taken[i]!) return true;
  return false;
}

/**
 * Finds period expressions in `text` (a sentence), non-overlapping, earlier rules first. `found` is the set of
 * anchor words present in `text` (`scanAnchors(text)`); computed when omitted.
 */
export function findPeriods(text: string, ctx: PeriodContext, offset = 0, found?: Found): PeriodMention[] {
  const hasDigit = /\d/.test(text);
  found ??= scanAnchors(text);
  if (!hasDigit && found.hits === 0) return [];
  // Where the first year starts (-1: none): rules that need a year scan from shortly before it.
  const firstYear = hasDigit ? text.search(YEAR) : -1;
  const hasYear = firstYear >= 0;
  const taken: number[] = [];
  const out: PeriodMention[] = [];
  for (let r = 0; r < PERIOD_RULES.length; r++) {
    const rule = PERIOD_RULES[r]!;
    if (!hasDigit && rule.needsDigit) continue;
    if (!hasYear && rule.needsYear) continue;
    const ids = RULE_IDS[r]!;
    if (ids === null ? !hasDigit : !anyOf(found, ids)) continue;
    const also = ALSO_IDS[r];
    if (also !== null && !anyOf(found, also)) continue;
    const re = rule.pattern;
    let from = 0;
    if (rule.lead !== undefined) {
      const at = ids === null ? firstYear : firstAnchorStart(found, ids);
      if (at > rule.lead) from = at - rule.lead;
    }
    re.lastIndex = from;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const s = m.index;
      const e = s + m[0].length;
      if (overlapsAny(taken, s, e)) continue;
      const resolved = rule.resolve(m, ctx);
      // A period whose year cannot be known (no article date, no year in the text) is left null, never `XXXX`; so is
      // one out of range (`December 0`, `Q1 FY220`, a day before year 1800).
      const period = resolved?.startsWith("same:") ? resolved : checkedPeriod(resolved);
      taken.push(s, e);
      out.push({ start: offset + s, end: offset + e, text: m[0], period, isDate: rule.isDate });
    }
  }
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  // "the same period in 2023": the span of the preceding period of this sentence, in that year.
  for (let i = 0; i < out.length; i++) {
    const p = out[i]!;
    if (!p.period?.startsWith("same:")) continue;
    const y = p.period.slice(5);
    const prev = out
      .slice(0, i)
      .reverse()
      .find((q) => q.period && !q.period.startsWith("same:") && /^\d{4}-/.test(q.period));
    p.period = checkedPeriod(prev?.period ? prev.period.replace(/\d{4}/g, y) : y);
  }
  return out;
}
