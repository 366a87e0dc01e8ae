/**
 * @module Event extraction, one sentence at a time, in named steps: find the triggers (`event-triggers.ts`), split
 * the sentence into clauses (`clauses.ts`), keep the triggers that report an act, and read each event's date
 * (`event-date.ts`), actor (`event-actor.ts`) and amount (`event-amount.ts`) from the trigger's clause and the
 * clauses that govern it. Cross-sentence memory (the last named actor, the date of a list's lead-in) lives in an
 * `EventState` the caller owns.
 */
import type { ArticleContext } from "./claims.ts";
import { type Clause, splitClauses } from "./clauses.ts";
import { resolveActor } from "./event-actor.ts";
import { clauseAmount } from "./event-amount.ts";
import { type DateHit, datable, eventDates, type LocalPeriod } from "./event-date.ts";
import { MONEY_TYPES, PERIOD_NAMED_TYPES, RULE_TYPES } from "./event-rules.ts";
import { findTriggers, isEventive, SentenceFacts, type TriggerHit } from "./event-triggers.ts";
import { entryAnchors, FORECAST_WORDS, MATERIALS } from "./lexicon.ts";
import { type NameMention, nameMentions } from "./names.ts";
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

/** Words a title leaves in lower case. */
const MINOR_WORD = /^(?:a|an|the|of|and|or|for|to|in|on|at|with|by|as|vs\.?)$/;
/** Starts with a capital or a digit. */
const CAPITAL = /^[\p{Lu}\d]/u;
/** Leading punctuation. */
const LEADING_PUNCT = /^[^\p{L}\d]+/u;
/** Runs of spaces. */
const SPACES = /\s+/;

/** A list item: a bullet, a number or a letter in brackets at the start. */
const LIST_ITEM = /^\s*(?:[•●▪◦‣∙·*–-]|o\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)/;
const PAST_ACT = /\b(?:announced|adopted|approved|issued|signed|completed|opened|awarded|launched)\b/;

/** The kinds of clause whose events are background (another act referred to, not the one reported). */
const BACKGROUND_KINDS = new Set(["background", "sub", "paren"]);

/**
 * The trigger's clause is background: it is a background, condition or bracketed clause, or a relative, participial
 * or purpose clause hanging from one.
 */
function inBackground(clauses: readonly Clause[], ci: number): boolean {
  let c = ci;
  if (BACKGROUND_KINDS.has(clauses[c]!.kind)) return true;
  for (let hops = 0; hops < 4 && ATTACHED.has(clauses[c]!.kind) && clauses[c]!.head >= 0; hops++) {
    c = clauses[c]!.head;
    if (clauses[c]!.kind === "background" || clauses[c]!.kind === "sub") return true;
  }
  return false;
}
const ATTACHED = new Set(["relative", "participle", "purpose"]);

/**
 * A heading glued to its sentence by scraping (`EU Launches "RESourceEU" Plan: The Commission …`): a segment ending
 * in `:` of three or more words, nearly all capitalised. It names no event and no actor.
 */
function isTitleCase(seg: string): boolean {
  let words = 0;
  let upper = 0;
  for (const w of seg.split(SPACES)) {
    const core = w.replace(LEADING_PUNCT, "");
    if (!core || MINOR_WORD.test(core)) continue;
    words++;
    if (CAPITAL.test(core)) upper++;
  }
  return words >= 3 && upper >= words * 0.8;
}

/** A trigger that is the purpose of a money event of its sentence (`a contract … to construct a facility`). */
function isPurposeOfMoney(
  clauses: readonly Clause[],
  ci: number,
  kept: readonly { ci: number; hit: TriggerHit }[],
) {
  const seg = clauses[ci]!;
  return seg.kind === "purpose" && kept.some((k) => k.ci === seg.head && MONEY_TYPES.has(k.hit.rule.type));
}

/**
 * Events of one sentence. `info` carries what the caller already computed for the sentence (its text, the anchor
 * words present, its period mentions) and the article's `EventState`; missing parts are computed here.
 */
export function sentenceEvents(
  s: Span,
  ctx: ArticleContext,
  info: {
    text?: string;
    found?: Found;
    periods?: PeriodMention[] | undefined;
    state?: EventState;
    /** The sentence is a headline or section title: its events are marked and yield to the body's (`dedupeEvents`). */
    heading?: boolean;
    /** The sentence's numerals (body offsets), when the caller has scanned them. */
    tokens?: readonly NumToken[];
  } = {},
): ExtractedEvent[] {
  const state = info.state ?? newEventState();
  const text = info.text ?? ctx.body.slice(s.start, s.end);
  // A list item starts a line with a bullet; a later sentence of the same line belongs to the item.
  const lineStart = startsLine(ctx.body, s.start);
  const listItem = lineStart ? LIST_ITEM.test(text) : state.listDate !== null;
  // Only the item's first sentence takes the lead-in's date; later sentences explain it.
  const listDate = lineStart && listItem ? state.listDate : null;
  state.sentence++;
  if (text.length < 20) return [];
  const found = info.found ?? scanAnchors(text);
  if (found.hits === 0) return endSentence(state, null, listItem);
  // 1. Triggers, 2. clauses.
  const hits = findTriggers(text, found);
  // A headline in title case (`Bank Approves Record Loan`) has no clause structure to read.
  const skip = hits.length === 0 || (info.heading === true && isTitleCase(text));
  const colon = endsWithColon(text, 0, text.length);
  if (skip && !colon) return endSentence(state, null, listItem);
  const local = datable(info.periods ?? findPeriods(text, ctx.period, s.start, found), text, s.start);
  if (skip) return endSentence(state, local, listItem);
  const facts = new SentenceFacts(text, ctx.australian, info.tokens, s.start);
  // A trigger that does not report an act even with the whole sentence as its clause never will: the clause split
  // is made only for sentences where one may.
  const whole: Clause = { start: 0, end: text.length, kind: "main", head: -1, opener: null };
  const may = hits.map((h) => isEventive(text, whole, h, local, facts));
  if (!may.includes(true)) return endSentence(state, colon ? local : null, listItem);
  const clauses = splitClauses(text);
  const headings = clauses.filter(
    (c) => endsWithColon(text, c.start, c.end) && isTitleCase(text.slice(c.start, c.end)),
  );
  // 3. Triggers that report an act, at most one per type and clause.
  const kept: { ci: number; hit: TriggerHit }[] = [];
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    if (!may[h]) continue;
    const ci = clauseAt(clauses, hit.start);
    if (headings.includes(clauses[ci]!)) continue;
    if (kept.some((k) => k.ci === ci && k.hit.rule.type === hit.rule.type)) continue;
    // Only the tests that read the clause around the trigger can change with the clause.
    const sure = hit.after! > 0 || (hit.rule.form === "act" && !hit.inside);
    if (!sure && !isEventive(text, clauses[ci]!, hit, local, facts)) continue;
    if (isPurposeOfMoney(clauses, ci, kept)) continue;
    kept.push({ ci, hit });
  }
  if (kept.some((k) => ["grant", "loan", "equity_investment"].includes(k.hit.rule.type)))
    dropWhere(
      kept,
      (k) =>
        k.hit.rule.type === "funding" &&
        !clauseAmount(facts.money(), text, clauses[k.ci]!.start, clauses[k.ci]!.end, k.hit, false),
    );
  if (kept.some((k) => k.hit.rule.type === "trade_talks"))
    dropWhere(kept, (k) => k.hit.rule.type === "trade_agreement");
  kept.sort((a, b) => a.hit.start - b.hit.start);
  // 4. Date, actor, amount of each.
  let names: NameMention[] | null = null;
  let materials: string[] | null = null;
  const out: ExtractedEvent[] = [];
  const datesSeen = new Map<string, (string | null)[]>();
  for (const { ci, hit } of kept) {
    const type = hit.rule.type;
    const background = inBackground(clauses, ci);
    const others = kept.filter((k) => k.hit !== hit).map((k) => k.hit);
    // A relative or participial clause that reports the trigger's act (`measures it announced on October 9`) is
    // part of its own clause for the date.
    const span = { start: hit.start, end: hit.end + hit.after! };
    const dates = eventDates(text, clauses, ci, span, local, others, {
      ruleType: RULE_TYPES.has(type),
      modifier: PERIOD_NAMED_TYPES.has(type),
      background,
      facility: type === "facility",
    });
    const date = dates.date ?? (background ? null : listDate);
    // Several clauses of one sentence give one event of a type, unless they give different dates.
    const seen = datesSeen.get(type) ?? [];
    if (seen.includes(date?.period ?? null) || (date === null && seen.length > 0)) continue;
    datesSeen.set(type, [...seen, date?.period ?? null]);
    names ??= namesNear(text, found, kept).filter(
      (n) => !headings.some((h) => n.start >= h.start && n.start < h.end),
    );
    const actor = resolveActor(text, clauses, ci, hit, names, state, ctx);
    if (actor.named) {
      state.lastActor = actor.name;
      state.lastActorAt = state.sentence;
    }
    materials ??= MATERIALS.filter(([name, r]) => anyOf(found, entryAnchors(name)) && r.test(text))
      .map(([name]) => name)
      .slice(0, 3);
    const seg = clauses[ci]!;
    const clauseText = text.slice(seg.start, seg.end);
    const lead = text.slice(0, hit.end + 20);
    out.push({
      id: "",
      type,
      date: date?.period ?? null,
      date_text: date?.text ?? null,
      actor: actor.name,
      action: clauseText.length > 160 ? `${clauseText.slice(0, 157)}...` : clauseText.trim(),
      counterparty: null,
      materials,
      amount: MONEY_TYPES.has(type) ? clauseAmount(facts.money(), text, seg.start, seg.end, hit) : null,
      effective_date: dates.effective?.period ?? null,
      is_planned:
        FORECAST_WORDS.test(lead.slice(clauses[Math.max(0, seg.head)]!.start)) && !PAST_ACT.test(clauseText),
      salience: background || type === "report" ? "peripheral" : "core",
      in_teaser: false,
      quote: text,
      quote_start: s.start,
      quote_end: s.end,
      note: info.heading ? HEADLINE : null,
    });
  }
  endSentence(state, colon ? local : null, listItem);
  return out;
}

/**
 * The names an actor can come from: those of the sentence, or in a long sentence those from 300 characters before
 * the first trigger kept to 100 after the last (a subject, an agent or a party lies there).
 */
function namesNear(text: string, found: Found, kept: readonly { hit: TriggerHit }[]): NameMention[] {
  if (text.length <= 400) return nameMentions(text, found);
  let from = Math.max(0, kept[0]!.hit.start - 300);
  while (from > 0 && text.charCodeAt(from - 1) > 32) from--;
  const to = Math.min(text.length, kept[kept.length - 1]!.hit.end + 100);
  return nameMentions(text.slice(from, to), found).map((n) => ({
    ...n,
    start: n.start + from,
    end: n.end + from,
  }));
}

/** The segment that holds sentence offset `at` (the first when none does). */
function clauseAt(clauses: readonly Clause[], at: number): number {
  for (let i = 0; i < clauses.length; i++) if (at >= clauses[i]!.start && at < clauses[i]!.end) return i;
  return 0;
}

/** The span [from, to) of `text` ends with `:` (and spaces). */
function endsWithColon(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && text.charCodeAt(i) <= 32) i--;
  return i >= from && text[i] === ":";
}

/** Only spaces or tabs between the previous line break (or the start of the body) and `at`. */
function startsLine(body: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = body.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
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
