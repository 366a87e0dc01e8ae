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
import { respectiveChanges } from "./respectively.ts";
import type { Sentence } from "./sentence.ts";

/** A future claim: a level or change-only mention and the changes stated with it. */
export interface ClaimRecord {
  m: Mention;
  changes: Change[];
}

/** Words between a change and the level it leads to (`to`, `reaching`, `at a record high of`). */
const LEADS_TO =
  /\b(?:to|reaching|reached|at|hit)\b(?: (?:about|around|roughly|nearly|approximately|a [\w-]+ (?:high|low) of))?\s*(?:[A-Z]{0,3}\$|RMB|¥|€|£)?\s?$/i;

/**
 * A subordinate or coordinated clause between a change and a later level (`down 7% on the quarter, as production
 * eased to 1,920 t`), or a new subject with its verb (`…, up 13%, the sector's income reached …`): the level is
 * another figure's, and the change stays with the one before it.
 */
const CLAUSE_BETWEEN =
  /[,;]\s*(?:as|while|whereas|but|and|although|though|after|since|because|with)\s|,\s+(?:the|its|their|this|that|total|overall)\s+(?:[\w'’-]+\s+){0,6}?(?:reached|rose|fell|was|were|stood|climbed|totall?ed|amounted|hit|grew|dropped|increased|decreased)\b/i;

/** `but` followed by nothing but the change (`, but still up`): the same level goes on. */
const BUT_STILL =
  /\bbut\s+(?:(?:still|also|yet|was|were|is|remained|remains|stayed)\s+)*(?:up|down|higher|lower|rose|fell|grew|declined|gained)?\s*(?:by\s+)?$/i;

const DIRECTION_ONLY: Change = {
  kind: null,
  value: null,
  unit: null,
  direction: null,
  period: null,
  approx: false,
  qualifier: null,
  value_min: null,
  value_max: null,
};

/**
 * A level stated with a comparison base of the same unit and no change of its own (`rose from $42.5/kg to
 * $49.2/kg quarter-on-quarter`, `reaching 3,900 tons compared with the 3,750 tons of the quarter before`)
 * gets a change with a direction and the stated basis but no value (README §3: a direction without a number).
 */
function directionFromBase(out: ClaimRecord[], levels: Mention[], sentence: Sentence): void {
  for (const mult of levels) {
    if (!mult.leadsToLevel) continue;
    const l = levels.find((x) => x.start > mult.end && x.start - mult.end < 60 && x.unit !== "x");
    const rec = l && out.find((r) => r.m === l);
    if (!rec || rec.changes.length > 0) continue;
    const words = sentence.text.slice(mult.end - sentence.span.start, l!.start - sentence.span.start);
    rec.changes.push({ ...DIRECTION_ONLY, kind: changeKind(words, "", null), direction: "up" });
  }
  for (const rec of out) {
    const l = rec.m;
    if (l.isChange || l.isBase || rec.changes.length > 0 || l.value === null) continue;
    const base = levels.find((b) => b.isBase && b.unit === l.unit && b.value !== null && b.value !== l.value);
    if (!base) continue;
    const kind = changeKind(sentence.text, "", l.period?.period ?? null);
    rec.changes.push({
      ...DIRECTION_ONLY,
      kind: kind === "cagr" ? null : kind,
      direction: l.value > base.value! ? "up" : "down",
    });
  }
}

/** A level stated as unchanged: `unchanged at 20,000 yuan/t`, `remained stable at`, `…, unchanged on the week`. */
const FLAT_BEFORE = /\b(?:unchanged|stable|steady|flat)\s+(?:at\s+)?(?:[A-Z]{0,3}[$€£¥]|RMB|CNY|USD)?\s*$/i;
const FLAT_AFTER = /^[^.;\d]{0,12}?\b(?:unchanged|flat|steady|stable)\b([^.;]{0,30})/i;

/** A level stated as unchanged gets a flat change with the basis its words state and no value (README §3). */
function flatLevels(out: ClaimRecord[], sentence: Sentence, body: string): void {
  const { span } = sentence;
  for (const rec of out) {
    const l = rec.m;
    if (l.isChange || l.isBase || rec.changes.length > 0) continue;
    const before = body.slice(Math.max(span.start, l.start - 30), l.start);
    const after = FLAT_AFTER.exec(body.slice(l.exprEnd, Math.min(span.end, l.exprEnd + 50)));
    if (!after && !FLAT_BEFORE.test(before)) continue;
    const kind = changeKind(after?.[1] ?? "", "", l.period?.period ?? null);
    rec.changes.push({ ...DIRECTION_ONLY, kind: kind === "cagr" ? null : kind, direction: "flat" });
  }
}

/** A figure of a year or half-year (`2024`, `2025-H1`) whose sentence names no earlier year to compare with. */
function yearOnYear(period: string | null, periods: PeriodMention[]): boolean {
  if (!period || !/^\d{4}(?:-H[12])?$/.test(period)) return false;
  const y = Number(period.slice(0, 4));
  return !periods.some((p) => /^\d{4}$/.test(p.period ?? "") && Number(p.period) < y - 1);
}

/** The change sits in a later clause than the level, opened by a connector that brings a new subject. */
function newSubject(sentence: Sentence, level: Mention, change: Mention): boolean {
  const at = change.start - sentence.span.start;
  const clause = sentence.clauseAt(at);
  // Inside brackets (`RMB 3.1 billion (up 20%)`) or in the level's clause: the same subject.
  if (clause.start <= level.start - sentence.span.start || sentence.text[clause.start - 1] === "(")
    return false;
  // A participle (`, representing a 35% increase`) or `, with a CAGR of 6%` goes on with the same figure.
  return !/^,\s+(?:[a-z]+ing|with an?)\b/.test(sentence.text.slice(clause.start));
}

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

/** Characters looked back for the caption of a flattened table's line. */
const CAPTION_REACH = 400;

/**
 * The caption of the flattened table a figure sits in: the text of its line before the first `:` (`Top destinations
 * (tonnes, change y/y)`), empty when the line has no caption. Its basis words give a list's changes their kind.
 */
export function listCaption(body: string, at: number): string {
  // Bounded windows only (no search past CAPTION_REACH either way), so the cost per figure is constant.
  const window = body.slice(Math.max(0, at - CAPTION_REACH), at);
  const line = window.slice(window.lastIndexOf("\n") + 1);
  const colon = line.indexOf(":");
  return colon < 0 ? "" : line.slice(0, colon);
}

function cagrSpan(periods: PeriodMention[]): string | null {
  const r = periods.find((p) => p.period && /^\d{4}\.\.\d{4}$/.test(p.period));
  return r?.period ?? null;
}

/** Claim records of a sentence's mentions, in text order. */
export function attachChanges(live: Mention[], sentence: Sentence, body: string): ClaimRecord[] {
  const { periods, span } = sentence;
  const respective = respectiveChanges(live, sentence.text, body);
  if (!live.some((m) => m.isChange)) {
    // No change to attach: one record per level.
    const out = live.map((m): ClaimRecord => ({ m, changes: [] }));
    directionFromBase(out, live, sentence);
    flatLevels(out, sentence, body);
    return out;
  }
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
    const cut = /,\s|,(?=[\u4e00-\u9fff])|[;，；]/.exec(afterWin);
    if (cut) afterWin = afterWin.slice(0, cut.index);
    const beforeWin = body.slice(Math.max(span.start, c.start - 70), c.start);
    const following = levels.find(
      (l) =>
        l.start > c.end &&
        !l.isBase &&
        (!nextChange || l.start < nextChange.start) &&
        LEADS_TO.test(body.slice(Math.max(c.end, l.start - 40), l.start)) &&
        !CLAUSE_BETWEEN.test(body.slice(c.exprEnd, l.start)),
    );
    let preceding: Mention | undefined;
    for (const l of levels) if (l.start < c.start && !l.isBase && c.start - l.exprEnd < 160) preceding = l;
    // A new clause (`;`, `but`, `, and the production …`) has a subject of its own, unless it is only the change
    // (`…, but still up 17.5%`) or a participle (`…, representing a 35% increase`).
    const between = preceding ? body.slice(preceding.exprEnd, c.start) : "";
    if (
      preceding &&
      !BUT_STILL.test(between) &&
      (/;|\bbut\b/.test(between) || newSubject(sentence, preceding, c))
    )
      preceding = undefined;
    let target = respective.get(c) ?? following ?? preceding;
    // A compound growth rate describes a volume or a value, not a share (`40% of sales by 2030, a 29% CAGR`).
    if (target && c.kind === "cagr" && target.unit === "%") target = undefined;
    const periodStr = (target ?? c).period?.period ?? null;
    let kind =
      c.kind ??
      changeKind(afterWin, beforeWin, periodStr) ??
      changeKind(listCaption(body, c.start), "", periodStr) ??
      // Coordinated changes share the basis stated after the last of them (`rose 1.5% and 2.2% on the week`).
      (respective.has(c)
        ? changeKind(body.slice(c.exprEnd, Math.min(span.end, c.exprEnd + 90)), "", periodStr)
        : null);
    // `compared with 2022` is year-on-year only for a figure of 2023.
    if (kind === "yoy" && /^\d{4}$/.test(periodStr ?? "")) {
      const ref = /compared (?:to|with) ((?:19|20)\d\d)/i.exec(`${beforeWin} ${afterWin}`);
      if (ref && Number(ref[1]) < Number(periodStr) - 1) kind = null;
    }
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
    if (c.value === null) ch.unit = null;
    // An unqualified change of an annual (or half-year) figure is year-on-year (README §4), unless the sentence names
    // an earlier year it is measured from (`up 63% on 2022` for a 2025 figure).
    const yearly = !kind && yearOnYear(periodStr, periods);
    if (target) {
      const rec = byLevel.get(target)!;
      if (yearly && rec.changes.length === 0) ch.kind = "yoy";
      rec.changes.push(ch);
      continue;
    }
    if (yearly && !lastChangeOnly) ch.kind = "yoy";
    if (lastChangeOnly && !periods.some((p) => p.start > lastChangeOnly!.m.end && p.start < c.start)) {
      lastChangeOnly.changes.push(ch);
      continue;
    }
    const rec = { m: c, changes: [ch] };
    out.push(rec);
    lastChangeOnly = rec;
  }
  directionFromBase(out, levels, sentence);
  flatLevels(out, sentence, body);
  // Levels were pushed in text order; change-only records were appended after them.
  if (lastChangeOnly) out.sort((a, b) => a.m.start - b.m.start);
  return out;
}
