/**
 * @module What event extraction remembers from one sentence to the next, owned by the caller (one per article): the
 * last actors named, the date of a list's lead-in, whether the body has begun (list items before it are highlights),
 * and the undated acts of the previous sentence, which a reporting frame right after them dates (`The ministry made
 * the announcement on Monday.`).
 */
import type { ActorMemory } from "./event-actor.ts";
import type { DateHit, LocalPeriod } from "./event-date.ts";
import type { NameMention } from "./names.ts";
import type { ExtractedEvent } from "./schema.ts";

export interface EventState extends ActorMemory {
  /** Index of the current sentence (advanced by `sentenceEvents`). */
  sentence: number;
  /** The date of a lead-in sentence ending in `:`, for the list items under it. */
  listDate: DateHit | null;
  /** A sentence of running text (not a heading, a lead-in or a list item) has been read. */
  bodyStarted: boolean;
  /** The date and actor of the last dated main-clause event, and its sentence, for a next act said `also`. */
  lastDated: { date: DateHit; actor: string; at: number } | null;
  /** The sentence where the running text began (-1 before), and the date of the lead's first dated act. */
  bodyAt: number;
  leadDate: DateHit | null;
  /** A dateline: a line that holds only a day (`March 3, 2026`), and its sentence, for the line right under it. */
  dateline: DateHit | null;
  datelineAt: number;
  /** Undated main-clause events of sentence `pendingAt`. */
  pending: ExtractedEvent[];
  pendingAt: number;
}

export const newEventState = (): EventState => ({
  sentence: 0,
  lastActor: null,
  lastActorAt: -9,
  lastState: null,
  lastStateAt: -9,
  lastBody: null,
  lastBodyAt: -9,
  listDate: null,
  bodyStarted: false,
  lastDated: null,
  bodyAt: -1,
  leadDate: null,
  dateline: null,
  datelineAt: -9,
  pending: [],
  pendingAt: -9,
});

/**
 * A reporting frame at the start of a sentence, right before its date: a subject (a name, `the company`, `the
 * ministry`, `it`, `officials`) and `said`, `announced`, `confirmed`, `made the announcement` (`DOD said Tuesday …`).
 */
const FRAME =
  /^\W*(?:(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of|and|for|the|[A-Z][\w.&'’()-]*))*|[Tt]he (?:company|group|firm|ministry|department|government|agency|commission|cabinet)|[Ii]t|[Tt]hey|[Oo]fficials)\s+(?:said|announced|confirmed|stated|disclosed|revealed|told reporters|made (?:the|its|this) announcement|unveiled (?:the|its) (?:plan|decision|deal))\s+(?:on\s+|late\s+|early\s+)?$|^\W*[Tt]he (?:announcement|move|decision|measures?|step|deal|agreement)(?:,? (?:which was )?(?:announced|made|unveiled|taken|signed|published|issued)| came| was (?:announced|made|unveiled|taken|signed|published|issued))\s+(?:on\s+|late\s+|early\s+)?$/;
const GENERIC_FRAME_SUBJECT =
  /^\W*(?:the (?:company|group|firm|ministry|department|government|agency|commission|cabinet|announcement|move|decision|measures?|step|deal|agreement)|it|they|officials)\b/i;
const normal = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ");

/**
 * Dates the previous sentence's undated acts from a reporting frame that opens this sentence (`text`): the frame's
 * day date, when its subject is generic or names the act's actor. Returns true when it dated something.
 */
export function dateFromFrame(
  state: EventState,
  text: string,
  periods: readonly LocalPeriod[],
  names: readonly NameMention[],
): boolean {
  if (state.pending.length === 0 || state.pendingAt !== state.sentence - 1) return false;
  const p = periods.find((x) => x.isDate && FRAME.test(text.slice(0, x.start)));
  if (!p) return false;
  const generic = GENERIC_FRAME_SUBJECT.test(text);
  const subject = names.find((n) => n.start < p.start);
  let dated = false;
  for (const e of state.pending) {
    if (!generic && !(subject && normal(e.actor).includes(normal(subject.name)))) continue;
    e.date = p.period;
    e.date_text = p.text;
    dated = true;
  }
  state.pending = [];
  return dated;
}

/** `also` (or `in addition`, `additionally`) before an act: another act of the same occasion. */
const ALSO = /\balso\b|^\W*(?:in addition|additionally)\b/i;

/**
 * The date of an undated act said `also` (in `before`, its clause up to the trigger) right after a dated one (`On
 * March 3, X announced a loan. It also agreed to supply …`): the date of the last dated main-clause event of the
 * previous sentence, when the act's actor is unnamed or names the same party.
 */
export function alsoDate(
  state: EventState,
  before: string,
  actor: { name: string; named: boolean },
): DateHit | null {
  const last = state.lastDated;
  if (!last || state.sentence - last.at > 1 || !ALSO.test(before)) return null;
  if (
    actor.named &&
    !(normal(actor.name).includes(normal(last.actor)) || normal(last.actor).includes(normal(actor.name)))
  )
    return null;
  return last.date;
}
