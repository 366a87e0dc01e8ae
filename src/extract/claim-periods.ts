/**
 * @module Step 4: the period of each figure. Comparison bases take their nearest period first (`from 5,774 tons in
 * September`), and a period a base took is not shared; every other figure takes the nearest period of its sentence,
 * with periods introduced by `since`, `from` or `than` kept for bases (a change never takes its own comparison base:
 * `rose 12% from August`). A figure whose sentence names no usable period takes the one carried from before.
 */
import type { Mention } from "./mention.ts";
import type { PeriodMention } from "./periods.ts";
import type { Sentence } from "./sentence.ts";

/** Words that make the following period a comparison base. */
const BASE_PERIOD = /(?:from|than in|than|versus|compared (?:to|with))\s*$/i;
/** Words before a period that make it a base or a start (`since`), penalised for levels. */
const BASE_OR_SINCE = /since\s*$|from\s*$|than in\s*$|than\s*$|较\s*$/i;
/** A distance penalty that a base period pays when a level looks for its period. */
const BASE_PENALTY = 120;

/** Sets `period` on every mention (in place). `carried` is the period carried from earlier sentences. */
export function assignPeriods(
  live: Mention[],
  sentence: Sentence,
  body: string,
  carried: PeriodMention | null,
): void {
  const { periods } = sentence;
  const claimedByBase = new Set<PeriodMention>();
  const pick = (m: Mention): PeriodMention | null => {
    let best: PeriodMention | null = null;
    let bestD = Number.POSITIVE_INFINITY;
    for (const p of periods) {
      if (p.period === null) continue;
      if (!m.isBase && claimedByBase.has(p)) continue;
      const pre = body.slice(Math.max(sentence.span.start, p.start - 8), p.start);
      let d = p.end <= m.start ? m.start - p.end : p.start >= m.exprEnd ? p.start - m.exprEnd : 0;
      // A single month or year introduced by "from"/"than" inside the period's own text (`from October`), not a span.
      const baseText = /^(?:from|than)\s/i.test(p.text) && !/[-–]|\b(?:to|through|until)\b/i.test(p.text);
      if (BASE_OR_SINCE.test(pre) || /^since/i.test(p.text) || baseText) {
        // The comparison base of a change ("rose 12% from August") is never the change's own period.
        if (m.isChange && !m.isBase && (baseText || BASE_PERIOD.test(pre))) continue;
        d += BASE_PENALTY;
      }
      if (d < bestD) {
        best = p;
        bestD = d;
      }
    }
    return best;
  };
  for (const m of live)
    if (m.isBase && !m.isChange) {
      m.period = pick(m);
      if (m.period) claimedByBase.add(m.period);
    }
  for (const m of live) if (!m.period) m.period = pick(m) ?? (m.isBase ? null : carried);
}
