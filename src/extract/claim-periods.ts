/**
 * @module Step 4: the period of each figure. Comparison bases take their nearest period first (`from 5,774 tons in
 * September`), and a period a base took is not shared; every other figure takes the nearest period of its sentence,
 * with periods introduced by `since`, `from` or `than` kept for bases (a change never takes its own comparison base:
 * `rose 12% from August`); a figure that is not a base never takes a base's or reference's period. A figure whose
 * sentence names no usable period takes the one carried from before (a new level only a single period, not a span).
 * The date of the report (`customs figures released on Monday showed`) is no figure's period.
 */
import { inClause } from "./clauses.ts";
import type { Mention } from "./mention.ts";
import type { PeriodMention } from "./periods.ts";
import type { Sentence } from "./sentence.ts";

/** Words before a period that make it a base or a start (`since`), penalised for levels. */
const BASE_OR_SINCE = /(?:since|from|than in|than)(?:\s+the)?\s*$|较\s*$/i;
/** Words before a period that make it a comparison reference (`compared to the same period last year`). */
const SAME_AS = /\bsame (?:period|month|quarter|time)(?: (?:of|in))?\s*$/i;
/** Words before a day that make it the date of the report, not of its figures (`figures released on Monday`). */
const REPORT_DATE =
  /\b(?:released|published|issued|said|says|showed|shows|announced|reported|disclosed)\s*$/i;
/** A comparison phrase that ends in `of`/`in` before a period (`5% lower than the first batch of last year`). */
const THAN_THE =
  /\b(?:than|compared (?:to|with)|versus)\s+(?:the\s+|that\s+of\s+|those\s+of\s+)?(?:(?!double|half|twice|triple)[a-z-]+\s+){0,3}(?:of|in)\s+$/i;
/** A period named relative to the figure's own (`the previous quarter`), and a comparison word before it (`down 7%
 * on the previous quarter`): together a reference, not a period of the sentence's figures. */
const PREVIOUS = /^(?:the\s+)?(?:previous|prior|preceding)\b/i;
const AGAINST = /\b(?:on|over|from|against|versus|vs\.?|compared (?:to|with)|than)(?:\s+the)?\s*$/i;
/** The text of a fiscal year (`fiscal year ended 31 March 2025`, `FY2025`). */
const FISCAL_TEXT = /\b(?:fiscal|financial|FY|year (?:ended|ending|to))\b/i;
/** A weekday named as the day of an act (`on Tuesday`), and what it pays as a level's period. */
const WEEKDAY_ACT = /^on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const WEEKDAY_PENALTY = 100;
/** A distance penalty for a period inside a bracket of the figure's clause. */
const ASIDE_PENALTY = 200;
/** A distance penalty that a base period pays when a level looks for its period. */
const BASE_PENALTY = 120;
/** A distance penalty for a period outside the figure's clause (`… in 2023, while exports were 500 t`). */
const CLAUSE_PENALTY = 60;

/**
 * The period nearest to figure `m` (one in its clause preferred); `reference` marks the sentence's base and reference
 * periods, `claimedByBase` the periods bases took. Sets `m.periodFrom`.
 */
function nearestPeriod(
  m: Mention,
  sentence: Sentence,
  reference: (boolean | null)[],
  claimedByBase: Set<PeriodMention>,
): PeriodMention | null {
  const { periods } = sentence;
  const start = sentence.span.start;
  let best: PeriodMention | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  const clause = sentence.clauseAt(m.start - start);
  for (let i = 0; i < periods.length; i++) {
    const p = periods[i]!;
    if (p.period === null || reference[i] === null) continue;
    if (!m.isBase && claimedByBase.has(p)) continue;
    let d = p.end <= m.start ? m.start - p.end : p.start >= m.exprEnd ? p.start - m.exprEnd : 0;
    if (reference[i]) {
      // A base's or reference's period is never the period of a figure that is not itself a base.
      if (!m.isBase) continue;
      d += BASE_PENALTY;
    }
    if (!inClause(clause, p.start - start, p.end - start)) d += CLAUSE_PENALTY;
    // `issued the 2026 quotas on Tuesday, setting the total at …`: the weekday dates the act, not a level's period
    // (a price is quoted by the day, so it keeps it).
    if (p.isDate && m.cls !== "price" && WEEKDAY_ACT.test(p.text)) d += WEEKDAY_PENALTY;
    // A period inside a bracket of the figure's clause belongs to the bracket's figure (`A$96 million (A$133 million
    // at the end of September)`), unless nothing else offers one.
    if (clause.asides.some((a) => p.start - start >= a.start && p.end - start <= a.end)) d += ASIDE_PENALTY;
    if (d < bestD) {
      best = p;
      bestD = d;
    }
  }
  if (best) m.periodFrom = inClause(clause, best.start - start, best.end - start) ? "clause" : "sentence";
  return best;
}

/** Sets `period` on every mention (in place). `carried` is the period carried from earlier sentences. */
export function assignPeriods(
  live: Mention[],
  sentence: Sentence,
  body: string,
  carried: PeriodMention | null,
): void {
  const { periods } = sentence;
  const claimedByBase = new Set<PeriodMention>();
  const start = sentence.span.start;
  // Which periods are comparison bases or references (`from August`, `than in July 2024`, `since the June 2023
  // quarter`, `the same period last year`): decided once per period. Null: the date of the report itself, which is
  // no figure's period.
  const reference = periods.map((p): boolean | null => {
    const pre = body.slice(Math.max(start, p.start - 12), p.start);
    if (p.isDate && REPORT_DATE.test(pre)) return null;
    // A single month or year introduced by "from"/"than" inside the period's own text (`from October`), not a span.
    const baseText = /^(?:from|than)\s/i.test(p.text) && !/[-–]|\b(?:to|through|until)\b/i.test(p.text);
    return (
      BASE_OR_SINCE.test(pre) ||
      (PREVIOUS.test(p.text) && AGAINST.test(pre)) ||
      /^since/i.test(p.text) ||
      baseText ||
      SAME_AS.test(body.slice(Math.max(start, p.start - 30), p.start)) ||
      THAN_THE.test(body.slice(Math.max(start, p.start - 45), p.start))
    );
  });
  for (const m of live)
    if (m.isBase) {
      m.period = nearestPeriod(m, sentence, reference, claimedByBase);
      if (m.period) claimedByBase.add(m.period);
    }
  for (const m of live) {
    if (m.period) continue;
    m.period = nearestPeriod(m, sentence, reference, claimedByBase);
    // A new level takes a carried single period; a change-only figure (`This reflects a 15% decline`) refers back
    // to the previous figure and takes its period, a span too.
    // A fiscal year is one period though written as a span of months (`2024-04..2025-03`): it carries too.
    if (
      !m.period &&
      !m.isBase &&
      carried &&
      (m.isChange || !carried.period?.includes("..") || FISCAL_TEXT.test(carried.text))
    ) {
      m.period = carried;
      m.periodFrom = "carried";
    }
  }
}
