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
import { isCumulative, isProgressReport, isUnreal } from "./event-mood.ts";
import { actStart, findTriggers, isEventive, SentenceFacts, type TriggerHit } from "./event-triggers.ts";
import { entryAnchors, FORECAST_WORDS, MATERIALS } from "./lexicon.ts";
import {
  clauseAt,
  endsWithColon,
  inBackground,
  isPurposeOfMoney,
  isTitleCase,
  namesNear,
  startsLine,
  wholeLine,
} from "./event-sentence.ts";
import { type NameMention, nameMentions } from "./names.ts";
import type { NumToken } from "./numbers.ts";
import { findPeriods, type PeriodMention } from "./periods.ts";
import type { ExtractedEvent } from "./schema.ts";
import { codePointCut, type Span } from "./sentences.ts";
import { alsoDate, dateFromFrame, type EventState, newEventState } from "./event-state.ts";

export { type EventState, newEventState } from "./event-state.ts";
import { anyOf, type Found, scanAnchors } from "./triggers.ts";

/** The note that marks an event read from a headline or section title. */
export const HEADLINE = "headline";
/** The note that marks an event dated by the article's lead rather than by its own sentence (`dedupeEvents`). */
export const LEAD_DATE = "date from the lead";
/** Parts of a deal or programme that later paragraphs describe: money, supply, prices, participants. */
const PART_TYPES = new Set([
  "loan",
  "grant",
  "funding",
  "equity_investment",
  "offtake",
  "price_floor",
  "partnership",
  "joint_venture",
]);
/** A clause that places its act before the lead's (`last year`, `previously`, `in 2023`). */
const EARLIER =
  /\b(?:earlier|previously|already|last (?:year|month|week)|in the past|since|ago|(?:19|20)\d\d)\b/i;

/** A reporting verb among the first words of a sentence (a frame that may date the previous sentence's act). */
const FRAME_CUE =
  /^\W*(?:[\w.&'’()-]+\s+){1,8}?(?:said|announced|confirmed|stated|disclosed|revealed|told|made (?:the|its|this) announcement|unveiled)\b|^\W*[Tt]he (?:announcement|move|decision|measures?|step|deal|agreement),? (?:which was )?(?:came|was|announced|made|unveiled|taken|signed|published|issued)\b/;
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

/** The day a line names when the line is nothing but that day (`March 3, 2026`, `2026-03-03`): a dateline. */
function datelineOf(text: string, periods: readonly PeriodMention[]): DateHit | null {
  if (periods.length !== 1) return null;
  const p = periods[0]!;
  if (!p.isDate || p.period === null || !/^\d{4}-\d{2}-\d{2}$/.test(p.period)) return null;
  return text.replace(p.text, "").trim() === "" ? { period: p.period, text: p.text } : null;
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
  const colon = endsWithColon(text, 0, text.length);
  // A whole line in title case without closing punctuation is a title (`Partnership Secures Funding and Market`).
  const title = (info.heading === true || wholeLine(ctx.body, s, text)) && isTitleCase(text);
  // List items before the running text begins are highlights (`Key Takeaways:`): like a headline, they give way to
  // the body's mention of the same act.
  const highlight = info.heading === true || (listItem && !state.bodyStarted);
  // A label such as `Key Takeaways:` does not begin the body; a lead-in sentence ending in `:` does.
  if (!(info.heading === true || listItem || title || (colon ? text.length < 40 : text.length < 20))) {
    if (!state.bodyStarted) state.bodyAt = state.sentence + 1;
    state.bodyStarted = true;
  }
  state.sentence++;
  if (text.length < 40 && lineStart && /\d/.test(text) && wholeLine(ctx.body, s, text)) {
    const day = datelineOf(text, info.periods ?? findPeriods(text, ctx.period, s.start));
    if (day) {
      state.dateline = day;
      state.datelineAt = state.sentence;
    }
  }
  const found = info.found ?? scanAnchors(text);
  if (state.pending.length > 0 && text.length >= 20 && FRAME_CUE.test(text))
    datePending(state, text, s, ctx, info, found);
  else state.pending = [];
  if (text.length < 20) return [];
  if (found.hits === 0) return endSentence(state, null, listItem, []);
  const hits = findTriggers(text, found);
  // A headline in title case (`Bank Approves Record Loan`) has no clause structure to read.
  const skip = hits.length === 0 || title;
  if (skip && !colon) return endSentence(state, null, listItem, []);
  const periods = datable(info.periods ?? findPeriods(text, ctx.period, s.start, found), text, s.start);
  if (skip) return endSentence(state, periods, listItem, []);
  const facts = new SentenceFacts(text, ctx.australian, info.tokens, s.start);
  const acts = keepActs(text, hits, periods, facts);
  if (!acts) return endSentence(state, colon ? periods : null, listItem, []);
  const { clauses, headings, kept } = acts;
  const memo: EventMemo = { names: null, materials: null, datesSeen: new Map() };
  const view: SentenceView = { s, text, found, clauses, headings, kept, periods, facts, memo, listDate };
  // Main-clause triggers first, so that where several clauses name one act the main clause gives its actor.
  const order = kept
    .map((k) => ({ k, rank: inBackground(clauses, k.ci) ? 2 : clauses[k.ci]!.kind === "intro" ? 1 : 0 }))
    .sort((a, b) => a.rank - b.rank || a.k.hit.start - b.k.hit.start);
  const out: { at: number; e: ExtractedEvent }[] = [];
  for (const { k } of order) {
    const e = toEvent(view, k, state, ctx, highlight);
    if (e) out.push({ at: k.hit.start, e });
  }
  const events = out.sort((a, b) => a.at - b.at).map((x) => x.e);
  return endSentence(state, colon ? periods : null, listItem, events);
}

/** Dates the previous sentence's undated acts from a reporting frame opening this sentence (`event-state.ts`). */
function datePending(
  state: EventState,
  text: string,
  s: Span,
  ctx: ArticleContext,
  info: SentenceInfo,
  found: Found,
): void {
  const periods = datable(info.periods ?? findPeriods(text, ctx.period, s.start, found), text, s.start);
  if (periods.some((p) => p.isDate)) dateFromFrame(state, text, periods, nameMentions(text, found));
  state.pending = [];
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
    // A noun that modifies the trigger noun after it (`policy loans`, `grant programme`) is not the thing itself,
    // unless it names the kind of money a generic money noun is (`loan funding`, `grant financing`).
    const head = hits.find((o) => o.start > hit.end && o.start <= hit.end + 1);
    if (
      hit.rule.form === "thing" &&
      head &&
      !(SPECIFIC_MONEY.has(hit.rule.type) && head.rule.type === "funding")
    )
      continue;
    if (
      hit.rule.type === "funding" &&
      SPECIFIC_MONEY.has(hits.find((o) => o.end === hit.start - 1)?.rule.type ?? "")
    )
      continue;
    // A generic partnership word that overlaps a more specific deal (`a trade deal with`) is that deal.
    if (
      hit.rule.type === "partnership" &&
      hits.some((o) => DEALS.has(o.rule.type) && o.start < hit.end && hit.start < o.end)
    )
      continue;
    // Only the tests that read the clause around the trigger can change with the clause.
    // A clause that is the whole sentence gives the answer `may` already holds.
    const seg = clauses[ci]!;
    const sure =
      hit.after! > 0 ||
      (hit.rule.form === "act" && !hit.inside) ||
      (seg.start === 0 && seg.end === text.length);
    if (!sure && !isEventive(text, seg, hit, periods, facts)) continue;
    if (isPurposeOfMoney(clauses, ci, kept)) continue;
    if (isUnreal(text, clauses, ci, actStart(text, clauses[ci]!, hit), hit.start)) continue;
    if (MONEY_TYPES.has(hit.rule.type) && isCumulative(text, clauses, ci)) continue;
    if (hit.rule.type === "facility" && isProgressReport(text, clauses, ci)) continue;
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
/** Deal types more specific than a partnership. */
const DEALS = new Set([
  "trade_agreement",
  "offtake",
  "joint_venture",
  "contract_award",
  "loan",
  "grant",
  "equity_investment",
  "price_floor",
]);

/** What the events of one sentence share, computed on first use. */
interface EventMemo {
  names: NameMention[] | null;
  materials: string[] | null;
  /** Events of each type already made in this sentence. */
  datesSeen: Map<string, ExtractedEvent[]>;
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

/** The amount a money trigger's clause gives (null for other triggers). */
function moneyAmount(v: SentenceView, seg: Clause, hit: TriggerHit, others: TriggerHit[]) {
  return MONEY_TYPES.has(hit.rule.type)
    ? clauseAmount(v.facts.money(), v.text, seg.start, seg.end, hit, true, others)
    : null;
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
  // A date in the phrase that reports another trigger's act (`measures announced on October 9`) is that act's.
  const periods = v.periods.filter((p) => !v.kept.some(({ hit: o }) => o !== hit && reportsDate(text, o, p)));
  const dates = eventDates(text, clauses, ci, span, periods, others, {
    ruleType: RULE_TYPES.has(type),
    modifier: PERIOD_NAMED_TYPES.has(type),
    background,
    facility: type === "facility",
  });
  const seg = clauses[ci]!;
  const date = dates.date ?? (background ? null : v.listDate);
  // Several clauses of one sentence give one event of a type unless they give different dates; the first (a
  // main-clause one) keeps it, and takes the amount another clause gives.
  const seen = memo.datesSeen.get(type) ?? [];
  const same = seen.find((e) => e.date === (date?.period ?? null)) ?? (date === null ? seen[0] : undefined);
  if (same) {
    same.amount ??= moneyAmount(v, seg, hit, others);
    return null;
  }
  memo.names ??= namesNear(text, v.found, v.kept).filter(
    (n) => !v.headings.some((h) => n.start >= h.start && n.start < h.end),
  );
  const actor = resolveActor(text, clauses, ci, hit, memo.names, state, ctx);
  // An undated act said `also` after a dated one of the same actor (or an unnamed one) takes its date.
  const carried =
    date === null && !background ? alsoDate(state, text.slice(seg.start, hit.start), actor) : null;
  // The line right under a dateline (a line holding only the day) takes that day.
  const lined =
    date === null && carried === null && !background && state.sentence === state.datelineAt + 1
      ? state.dateline
      : null;
  // A part of a deal or programme described later without a date of its own takes the date the lead gives it.
  const fromLead =
    date === null &&
    carried === null &&
    !background &&
    !heading &&
    PART_TYPES.has(type) &&
    !EARLIER.test(text.slice(seg.start, seg.end))
      ? state.leadDate
      : null;
  if (actor.named) {
    state.lastActor = actor.name;
    state.lastActorAt = state.sentence;
    if (actor.state) {
      state.lastState = actor.state;
      state.lastStateAt = state.sentence;
    }
    if (actor.body) {
      state.lastBody = actor.name;
      state.lastBodyAt = state.sentence;
    }
  }
  memo.materials ??= MATERIALS.filter(([name, r]) => anyOf(v.found, entryAnchors(name)) && r.test(text))
    .map(([name]) => name)
    .slice(0, 3);
  const clauseText = text.slice(seg.start, seg.end);
  const lead = text.slice(clauses[Math.max(0, seg.head)]!.start, hit.end + 20);
  const event: ExtractedEvent = {
    id: "",
    type,
    date: (date ?? carried ?? lined ?? fromLead)?.period ?? null,
    date_text: (date ?? carried ?? lined ?? fromLead)?.text ?? null,
    actor: actor.name,
    action:
      clauseText.length > 160
        ? `${clauseText.slice(0, codePointCut(clauseText, 157))}...`
        : clauseText.trim(),
    counterparty: null,
    materials: memo.materials,
    amount: moneyAmount(v, seg, hit, others),
    effective_date: dates.effective?.period ?? null,
    // Planned: a forecast word before the trigger in its clause chain, unless the act is reported as done (`announced`,
    // or a participle after the trigger: `the measures it announced on October 9`).
    is_planned: FORECAST_WORDS.test(lead) && !PAST_ACT.test(clauseText) && !(hit.after! > 0),
    salience: background || type === "report" ? "peripheral" : "core",
    in_teaser: false,
    quote: text,
    quote_start: v.s.start,
    quote_end: v.s.end,
    note: heading ? HEADLINE : fromLead ? LEAD_DATE : null,
  };
  memo.datesSeen.set(type, [...seen, event]);
  return event;
}

/** Between a participle and the date attached to it (`announced on October 9`). */
const DATE_LINK = /^\s+(?:on|in|since|from|at|late|early|earlier)?\s*$/i;

/** The date `p` lies in or right after the participle that reports trigger `o`'s act (`measures announced on …`). */
function reportsDate(text: string, o: TriggerHit, p: { start: number; end: number }): boolean {
  if (!o.after) return false;
  const end = o.end + o.after;
  return p.start >= o.end && (p.end <= end || DATE_LINK.test(text.slice(end, p.start)));
}

/** Removes the entries that match `drop`, in place. */
function dropWhere<T>(list: T[], drop: (x: T) => boolean): void {
  for (let i = list.length - 1; i >= 0; i--) if (drop(list[i]!)) list.splice(i, 1);
}

/**
 * Updates the memory after a sentence: a lead-in ending in `:` with a date dates the items under it (any other
 * sentence that is not a list item ends the list); the sentence's undated main-clause events wait for a reporting
 * frame in the next sentence. Returns `events`.
 */
function endSentence(
  state: EventState,
  leadIn: LocalPeriod[] | null,
  listItem: boolean,
  events: ExtractedEvent[],
): ExtractedEvent[] {
  if (leadIn) {
    const p = leadIn.find((x) => x.isDate);
    state.listDate = p ? { period: p.period, text: p.text } : null;
  } else if (!listItem) state.listDate = null;
  state.pending = events.filter((e) => e.date === null && e.salience === "core" && e.note === null);
  const dated = events.find((e) => e.date !== null && e.salience === "core" && e.note === null);
  // The lead: the first dated act of the first three sentences of running text dates the parts of the deal or
  // programme that later paragraphs describe without a date of their own.
  if (dated && state.leadDate === null && state.bodyAt >= 0 && state.sentence - state.bodyAt < 3)
    state.leadDate = { period: dated.date!, text: dated.date_text ?? "" };
  if (dated)
    state.lastDated = {
      date: { period: dated.date!, text: dated.date_text ?? "" },
      actor: dated.actor,
      at: state.sentence,
    };
  state.pendingAt = state.sentence;
  return events;
}
