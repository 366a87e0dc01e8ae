/**
 * @module Event extraction, one sentence at a time, in named steps: find the triggers (`event-triggers.ts`), split
 * the sentence into clauses (`event-clauses.ts`), keep the triggers that report an act, and read each event's date
 * (`event-date.ts`), actor (`event-actor.ts`) and amount (`event-amount.ts`) from the trigger's clause and the
 * clauses that govern it. Cross-sentence memory (the last named actor, the date of a list's lead-in) lives in an
 * `EventState` the caller owns.
 */
import type { ArticleContext } from "./claims.ts";
import { type Clause, splitClauses } from "./event-clauses.ts";
import { resolveActor } from "./event-actor.ts";
import { clauseAmount } from "./event-amount.ts";
import { type DateHit, datable, eventDates, type LocalPeriod } from "./event-date.ts";
import { MONEY_TYPES, PERIOD_NAMED_TYPES, RULE_TYPES } from "./event-rules.ts";
import { findTriggers, isEventive, SentenceFacts, type TriggerHit } from "./event-triggers.ts";
import { entryAnchors, FORECAST_WORDS, MATERIALS } from "./lexicon.ts";
import {
  clauseAt,
  endsWithColon,
  inBackground,
  isPurposeOfMoney,
  isTitleCase,
  namesNear,
  startsLine,
} from "./event-sentence.ts";
import type { NameMention } from "./names.ts";
import type { NumToken } from "./numbers.ts";
import { findPeriods, type PeriodMention } from "./periods.ts";
import type { ExtractedEvent } from "./schema.ts";
import type { Span } from "./sentences.ts";
import { anyOf, type Found, scanAnchors } from "./triggers.ts";

/** What event extraction remembers from one sentence to the next (one per article, owned by the caller). */
export interface EventState {
  /** Index of the current sentence (advanced by `sentenceEvents`). */
  sentence: number;
  /** The last actor named in an event, and the sentence it was named in. */
  lastActor: string | null;
  lastActorAt: number;
  /** The date of a lead-in sentence ending in `:`, for the list items under it. */
  listDate: DateHit | null;
}

export const newEventState = (): EventState => ({
  sentence: 0,
  lastActor: null,
  lastActorAt: -9,
  listDate: null,
});

/** The note that marks an event read from a headline or section title. */
export const HEADLINE = "headline";

/** A list item: a bullet, a number or a letter in brackets at the start. */
const LIST_ITEM = /^\s*(?:[•●▪◦‣∙·*–-]|o\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)/;
const PAST_ACT = /\b(?:announced|adopted|approved|issued|signed|completed|opened|awarded|launched)\b/;

/** Per-sentence inputs the caller may already have. */
export interface SentenceInfo {
  text?: string;
  found?: Found;
  periods?: PeriodMention[] | undefined;
  state?: EventState;
  /** The sentence is a headline or section title: its events are marked and yield to the body's (`dedupeEvents`). */
  heading?: boolean;
  /** The sentence's numerals (body offsets), when the caller has scanned them. */
  tokens?: readonly NumToken[];
}

/** A trigger kept as an event, with the index of its clause. */
interface Kept {
  ci: number;
  hit: TriggerHit;
}

/**
 * Events of one sentence, in named steps: the list position of the sentence; its triggers (`findTriggers`); the
 * triggers that report an act, at most one per type and clause (`keepActs`); each one's date, actor and amount
 * (`toEvent`). `info` carries what the caller already computed for the sentence and the article's `EventState`;
 * missing parts are computed here.
 */
export function sentenceEvents(s: Span, ctx: ArticleContext, info: SentenceInfo = {}): ExtractedEvent[] {
  const state = info.state ?? newEventState();
  const text = info.text ?? ctx.body.slice(s.start, s.end);
  // A list item starts a line with a bullet; a later sentence of the same line belongs to the item. Only the item's
  // first sentence takes the lead-in's date; later sentences explain it.
  const lineStart = startsLine(ctx.body, s.start);
  const listItem = lineStart ? LIST_ITEM.test(text) : state.listDate !== null;
  const listDate = lineStart && listItem ? state.listDate : null;
  state.sentence++;
  if (text.length < 20) return [];
  const found = info.found ?? scanAnchors(text);
  if (found.hits === 0) return endSentence(state, null, listItem);
  const hits = findTriggers(text, found);
  // A headline in title case (`Bank Approves Record Loan`) has no clause structure to read.
  const skip = hits.length === 0 || (info.heading === true && isTitleCase(text));
  const colon = endsWithColon(text, 0, text.length);
  if (skip && !colon) return endSentence(state, null, listItem);
  const periods = datable(info.periods ?? findPeriods(text, ctx.period, s.start, found), text, s.start);
  if (skip) return endSentence(state, periods, listItem);
  const facts = new SentenceFacts(text, ctx.australian, info.tokens, s.start);
  const acts = keepActs(text, hits, periods, facts);
  if (!acts) return endSentence(state, colon ? periods : null, listItem);
  const { clauses, headings, kept } = acts;
  const memo: EventMemo = { names: null, materials: null, datesSeen: new Map() };
  const view: SentenceView = { s, text, found, clauses, headings, kept, periods, facts, memo, listDate };
  const out: ExtractedEvent[] = [];
  for (const k of kept) {
    const e = toEvent(view, k, state, ctx, info.heading === true);
    if (e) out.push(e);
  }
  endSentence(state, colon ? periods : null, listItem);
  return out;
}

/**
 * The triggers that report an act, at most one per type and clause, or null when none does. A trigger that does not
 * report an act even with the whole sentence as its clause never will, so the clause split is made only for sentences
 * where one may. A plant that is the purpose of a money event is not an event of its own; a generic `funding` gives way
 * to a grant, loan or stake of the same clause unless it has its own amount; `trade_agreement` to `trade_talks`.
 */
function keepActs(
  text: string,
  hits: TriggerHit[],
  periods: LocalPeriod[],
  facts: SentenceFacts,
): { clauses: Clause[]; headings: Clause[]; kept: Kept[] } | null {
  const whole: Clause = { start: 0, end: text.length, kind: "main", head: -1, opener: null };
  const may = hits.map((h) => isEventive(text, whole, h, periods, facts));
  if (!may.includes(true)) return null;
  const clauses = splitClauses(text);
  const headings = clauses.filter(
    (c) => endsWithColon(text, c.start, c.end) && isTitleCase(text.slice(c.start, c.end)),
  );
  const kept: Kept[] = [];
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    if (!may[h]) continue;
    const ci = clauseAt(clauses, hit.start);
    if (headings.includes(clauses[ci]!)) continue;
    if (kept.some((k) => k.ci === ci && k.hit.rule.type === hit.rule.type)) continue;
    // A noun that modifies the trigger noun after it (`policy loans`, `grant programme`) is not the thing itself.
    if (hit.rule.form === "thing" && hits.some((o) => o.start > hit.end && o.start <= hit.end + 1)) continue;
    // Only the tests that read the clause around the trigger can change with the clause.
    const sure = hit.after! > 0 || (hit.rule.form === "act" && !hit.inside);
    if (!sure && !isEventive(text, clauses[ci]!, hit, periods, facts)) continue;
    if (isPurposeOfMoney(clauses, ci, kept)) continue;
    kept.push({ ci, hit });
  }
  if (kept.some((k) => SPECIFIC_MONEY.has(k.hit.rule.type)))
    dropWhere(
      kept,
      (k) =>
        k.hit.rule.type === "funding" &&
        !clauseAmount(facts.money(), text, clauses[k.ci]!.start, clauses[k.ci]!.end, k.hit, false),
    );
  if (kept.some((k) => k.hit.rule.type === "trade_talks"))
    dropWhere(kept, (k) => k.hit.rule.type === "trade_agreement");
  kept.sort((a, b) => a.hit.start - b.hit.start);
  return kept.length > 0 ? { clauses, headings, kept } : null;
}

const SPECIFIC_MONEY = new Set(["grant", "loan", "equity_investment"]);

/** What the events of one sentence share, computed on first use. */
interface EventMemo {
  names: NameMention[] | null;
  materials: string[] | null;
  /** Dates already given to events of each type in this sentence. */
  datesSeen: Map<string, (string | null)[]>;
}

/** One sentence as `toEvent` reads it. */
interface SentenceView {
  s: Span;
  text: string;
  found: Found;
  clauses: Clause[];
  headings: Clause[];
  kept: Kept[];
  periods: LocalPeriod[];
  facts: SentenceFacts;
  memo: EventMemo;
  listDate: DateHit | null;
}

/**
 * The event of a kept trigger: its date (`eventDates`; a list item's lead-in date when it has none), actor
 * (`resolveActor`), amount and materials; null when another clause of the sentence already gave this type the same
 * date (several clauses give one event of a type unless they give different dates).
 */
function toEvent(
  v: SentenceView,
  { ci, hit }: Kept,
  state: EventState,
  ctx: ArticleContext,
  heading: boolean,
): ExtractedEvent | null {
  const { text, clauses, memo } = v;
  const type = hit.rule.type;
  const background = inBackground(clauses, ci);
  const others = v.kept.filter((k) => k.hit !== hit).map((k) => k.hit);
  // A relative or participial clause that reports the trigger's act (`measures it announced on October 9`) is part
  // of its own clause for the date.
  const span = { start: hit.start, end: hit.end + hit.after! };
  const dates = eventDates(text, clauses, ci, span, v.periods, others, {
    ruleType: RULE_TYPES.has(type),
    modifier: PERIOD_NAMED_TYPES.has(type),
    background,
    facility: type === "facility",
  });
  const date = dates.date ?? (background ? null : v.listDate);
  const seen = memo.datesSeen.get(type) ?? [];
  if (seen.includes(date?.period ?? null) || (date === null && seen.length > 0)) return null;
  memo.datesSeen.set(type, [...seen, date?.period ?? null]);
  memo.names ??= namesNear(text, v.found, v.kept).filter(
    (n) => !v.headings.some((h) => n.start >= h.start && n.start < h.end),
  );
  const actor = resolveActor(text, clauses, ci, hit, memo.names, state, ctx);
  if (actor.named) {
    state.lastActor = actor.name;
    state.lastActorAt = state.sentence;
  }
  memo.materials ??= MATERIALS.filter(([name, r]) => anyOf(v.found, entryAnchors(name)) && r.test(text))
    .map(([name]) => name)
    .slice(0, 3);
  const seg = clauses[ci]!;
  const clauseText = text.slice(seg.start, seg.end);
  const lead = text.slice(clauses[Math.max(0, seg.head)]!.start, hit.end + 20);
  return {
    id: "",
    type,
    date: date?.period ?? null,
    date_text: date?.text ?? null,
    actor: actor.name,
    action: clauseText.length > 160 ? `${clauseText.slice(0, 157)}...` : clauseText.trim(),
    counterparty: null,
    materials: memo.materials,
    amount: MONEY_TYPES.has(type) ? clauseAmount(v.facts.money(), text, seg.start, seg.end, hit) : null,
    effective_date: dates.effective?.period ?? null,
    // Planned: a forecast word before the trigger in its clause chain, unless the act is reported as done (`announced`,
    // or a participle after the trigger: `the measures it announced on October 9`).
    is_planned: FORECAST_WORDS.test(lead) && !PAST_ACT.test(clauseText) && !(hit.after! > 0),
    salience: background || type === "report" ? "peripheral" : "core",
    in_teaser: false,
    quote: text,
    quote_start: v.s.start,
    quote_end: v.s.end,
    note: heading ? HEADLINE : null,
  };
}

/** Removes the entries that match `drop`, in place. */
function dropWhere<T>(list: T[], drop: (x: T) => boolean): void {
  for (let i = list.length - 1; i >= 0; i--) if (drop(list[i]!)) list.splice(i, 1);
}

/**
 * Updates the list memory after a sentence: a lead-in ending in `:` with a date dates the items under it; any other
 * sentence that is not a list item ends the list.
 */
function endSentence(state: EventState, leadIn: LocalPeriod[] | null, listItem: boolean): ExtractedEvent[] {
  if (leadIn) {
    const p = leadIn.find((x) => x.isDate);
    state.listDate = p ? { period: p.period, text: p.text } : null;
  } else if (!listItem) state.listDate = null;
  return [];
}
