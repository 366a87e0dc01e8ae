/**
 * @module Step 5: changes attach to levels. A change attaches to the level it leads to (`up 5% to 590 tons`), else
 * to the level just before it in the same clause (`RMB 3.1 billion, up 20%`); otherwise it becomes a change-only
 * claim, and further changes of the same stretch (`down 9% MoM and 30% YoY`) join it. The change's kind comes from
 * the words around it (`year-on-year`, `from a month earlier`), or is `yoy` for an unqualified change of an annual
 * figure.
 */
import { KIND_WORDS } from "./lexicon.ts";
import type { Mention } from "./mention.ts";
import type { PeriodMention } from "./periods.ts";
import type { Change } from "./schema.ts";
import type { Sentence } from "./sentence.ts";

/** A future claim: a level or change-only mention and the changes stated with it. */
export interface ClaimRecord {
  m: Mention;
  changes: Change[];
}

/** Words between a change and the level it leads to (`to`, `reaching`, `at a record high of`). */
const LEADS_TO =
  /\b(?:to|reaching|reached|at|hit)\b(?: (?:about|around|roughly|nearly|approximately|a [\w-]+ (?:high|low) of))?\s*(?:[A-Z]{0,3}\$|RMB|¥|€|£)?\s?$/i;

/** `but` followed by nothing but the change (`, but still up`): the same level goes on. */
const BUT_STILL =
  /\bbut\s+(?:(?:still|also|yet|was|were|is|remained|remains|stayed)\s+)*(?:up|down|higher|lower|rose|fell|grew|declined|gained)?\s*(?:by\s+)?$/i;

/** Change kind from the words after, then before, a change (`mom` becomes `qoq` for a quarterly figure). */
export function changeKind(after: string, before: string, period: string | null): Change["kind"] {
  for (const text of [after, before]) {
    for (const [kind, re] of KIND_WORDS) {
      if (re.test(text)) {
        if (kind === "mom" && period && /Q\d$/.test(period)) return "qoq";
        return kind as Change["kind"];
      }
    }
  }
  return null;
}

function cagrSpan(periods: PeriodMention[]): string | null {
  const r = periods.find((p) => p.period && /^\d{4}\.\.\d{4}$/.test(p.period));
  return r?.period ?? null;
}

/** Claim records of a sentence's mentions, in text order. */
export function attachChanges(live: Mention[], sentence: Sentence, body: string): ClaimRecord[] {
  const { periods, span } = sentence;
  const levels = live.filter((m) => !m.isChange);
  const out: ClaimRecord[] = [];
  const byLevel = new Map<Mention, ClaimRecord>();
  let lastChangeOnly: ClaimRecord | null = null;
  for (const m of levels) {
    const rec = { m, changes: [] as Change[] };
    byLevel.set(m, rec);
    out.push(rec);
  }
  for (const c of live.filter((x) => x.isChange)) {
    const after = body.slice(c.exprEnd, Math.min(span.end, c.exprEnd + 70));
    const nextChange = live.find((x) => x.isChange && x.start > c.start);
    let afterWin = nextChange ? after.slice(0, Math.max(0, nextChange.start - c.exprEnd)) : after;
    const cut = /,\s|[;，；]/.exec(afterWin);
    if (cut) afterWin = afterWin.slice(0, cut.index);
    const beforeWin = body.slice(Math.max(span.start, c.start - 70), c.start);
    const following = levels.find(
      (l) =>
        l.start > c.end &&
        !l.isBase &&
        (!nextChange || l.start < nextChange.start) &&
        LEADS_TO.test(body.slice(Math.max(c.end, l.start - 40), l.start)),
    );
    let preceding: Mention | undefined;
    for (const l of levels) if (l.start < c.start && !l.isBase && c.start - l.exprEnd < 160) preceding = l;
    // A new clause (`;`, `but`) has a subject of its own, unless it is only the change (`…, but still up 17.5%`).
    const between = preceding ? body.slice(preceding.exprEnd, c.start) : "";
    if (preceding && (/;/.test(between) || (/\bbut\b/.test(between) && !BUT_STILL.test(between))))
      preceding = undefined;
    const target = following ?? preceding;
    const periodStr = (target ?? c).period?.period ?? null;
    const kind = c.kind ?? changeKind(afterWin, beforeWin, periodStr);
    const ch: Change = {
      kind,
      value: c.value === null ? null : (c.direction === "down" ? -1 : 1) * Math.abs(c.value),
      unit: "%",
      direction: c.direction,
      period: kind === "cagr" ? cagrSpan(periods) : null,
      approx: c.approx,
      qualifier: c.qualifier === "range" ? "range" : c.qualifier,
      value_min: c.min,
      value_max: c.max,
    };
    if (c.min !== null && c.max !== null && c.direction === "down") {
      ch.value_min = -c.max;
      ch.value_max = -c.min;
    }
    if (target) {
      const rec = byLevel.get(target)!;
      // An unqualified change of an annual figure is year-on-year (README §4).
      if (!kind && rec.changes.length === 0 && /^\d{4}$/.test(periodStr ?? "")) ch.kind = "yoy";
      rec.changes.push(ch);
      continue;
    }
    if (lastChangeOnly && !periods.some((p) => p.start > lastChangeOnly!.m.end && p.start < c.start)) {
      lastChangeOnly.changes.push(ch);
      continue;
    }
    const rec = { m: c, changes: [ch] };
    out.push(rec);
    lastChangeOnly = rec;
  }
  // Levels were pushed in text order; change-only records were appended after them.
  if (lastChangeOnly) out.sort((a, b) => a.m.start - b.m.start);
  return out;
}
