/** @module Event de-duplication: the same act mentioned twice in one article is one event (corpus README §13). */
import { HEADLINE, LEAD_DATE } from "./events.ts";
import { isAgency } from "./lexicon.ts";
import type { ExtractedEvent } from "./schema.ts";

/** Background mentions (`after the controls …`) refer to an act; reports are peripheral by kind, not background. */
const isBackground = (e: ExtractedEvent) => e.salience === "peripheral" && e.type !== "report";
/** Read from a headline or section title (`sentenceEvents` marks them). */
const isHeadline = (e: ExtractedEvent) => e.note === HEADLINE;
const amountOf = (e: ExtractedEvent) => e.amount?.value ?? null;
/** The date the event's own sentence gives: a date carried from the article's lead counts as none here. */
const ownDate = (e: ExtractedEvent) => (e.note === LEAD_DATE ? null : e.date);
/** The shorter dates that contain a date (`2025-04` and `2025` for `2025-04-04`). */
const prefixes = (d: string) => [...(d.match(/^\d{4}-\d{2}(?=-)/) ?? []), ...(d.match(/^\d{4}(?=-)/) ?? [])];

/** Dates seen, and every shorter date that contains one of them: answers "is a compatible date among them" at once. */
class DateSet {
  private readonly exact = new Set<string>();
  private readonly contained = new Set<string>();
  add(d: string): void {
    this.exact.add(d);
    for (const p of prefixes(d)) this.contained.add(p);
  }
  /** One of the dates is `d`, or contains it, or is contained in it. */
  compatible(d: string): boolean {
    return this.exact.has(d) || this.contained.has(d) || prefixes(d).some((p) => this.exact.has(p));
  }
  /** One of the dates is more precise than `d` and within it (`2025-04-04` for `2025-04`). */
  refines(d: string): boolean {
    return this.contained.has(d);
  }
}

/** What the article says about one event type, gathered in one pass (so de-duplication stays linear). */
interface TypeFacts {
  /** Some event of the type has a date: with no amount, or with each of these amounts. */
  datedNoAmount: boolean;
  datedAmounts: Set<number>;
  /** Main-clause (body, not background or headline) events of the type: how many, how many undated, their dates. */
  main: number;
  mainUndated: number;
  mainDates: DateSet;
  /** The parties of main-clause events of the type (`China; United States` gives both). */
  mainActors: Set<string>;
  /** The parties of dated events of the type. */
  datedActors: Set<string>;
}

/** The parties of an event's actor, normalised. */
const parties = (e: ExtractedEvent) => (e.actor ?? "").toLowerCase().split("; ");

function facts(events: readonly ExtractedEvent[]): Map<string, TypeFacts> {
  const out = new Map<string, TypeFacts>();
  for (const e of events) {
    let f = out.get(e.type);
    if (!f) {
      f = {
        datedNoAmount: false,
        datedAmounts: new Set(),
        main: 0,
        mainUndated: 0,
        mainDates: new DateSet(),
        mainActors: new Set(),
        datedActors: new Set(),
      };
      out.set(e.type, f);
    }
    const v = amountOf(e);
    if (ownDate(e) !== null) {
      for (const a of parties(e)) f.datedActors.add(a);
      if (v === null) f.datedNoAmount = true;
      else f.datedAmounts.add(v);
    }
    if (!isBackground(e) && !isHeadline(e)) {
      f.main++;
      for (const a of parties(e)) f.mainActors.add(a);
      const own = ownDate(e);
      if (own === null) f.mainUndated++;
      else f.mainDates.add(own);
    }
  }
  return out;
}

/**
 * The same event mentioned twice is labelled once:
 * - an undated event is a restatement when the article gives the same type with a date, or already gave it undated,
 *   unless their amounts differ (two loans of different sizes are two loans); an undated background mention (`after
 *   the controls`) is dropped when the article reports that type in a main clause with a party in common;
 * - a dated background mention is dropped when a main-clause event of the same type has a compatible date (the same,
 *   or one containing the other: `in early April` and `on April 4`), or an earlier background mention does;
 * - of main-clause events of one type whose dates contain one another, the most precise is kept; with equal dates all
 *   are kept, since one rule can bring several same-day acts (the corpus labels each);
 * - a headline event gives way to a body event of the same type with a compatible (or no) date;
 * - a generic `funding` event whose amount is the amount of a more specific money event (a loan, a stake, a grant) is
 *   the same money;
 * - an undated mention with an amount that gives way to a dated mention without one passes its amount on (`a $7
 *   billion loan from the bank …` then `the bank approved the loan on Sunday`), when it is the type's only amount.
 * One pass to gather per-type facts, one to decide: linear in the number of events.
 */
export function dedupeEvents(events: ExtractedEvent[]): ExtractedEvent[] {
  const byType = facts(events);
  const specificAmounts = new Set<number>();
  for (const e of events) if (e.type !== "funding" && amountOf(e) !== null) specificAmounts.add(amountOf(e)!);
  const keptUndated = new Map<string, { amounts: Set<number>; noAmount: boolean }>();
  const keptBackground = new Map<string, DateSet>();
  const out: ExtractedEvent[] = [];
  /** Per type, the amounts of undated mentions dropped for a dated peer. */
  const passed = new Map<string, NonNullable<ExtractedEvent["amount"]>[]>();
  for (const e of events) {
    const f = byType.get(e.type)!;
    const v = amountOf(e);
    const date = ownDate(e);
    const self = !isBackground(e) && !isHeadline(e) ? 1 : 0;
    const otherMain = f.main - self > 0;
    if (isHeadline(e) && otherMain && (date === null || f.mainUndated > 0 || f.mainDates.compatible(date)))
      continue;
    if (date === null) {
      // An agency's act is another act than a dated one of the type by others (`The ministry separately …`).
      const datedPeer =
        (v === null
          ? f.datedNoAmount || f.datedAmounts.size > 0
          : f.datedNoAmount || f.datedAmounts.has(v)) &&
        !(e.actor !== null && isAgency(e.actor) && !f.datedActors.has(e.actor.toLowerCase()));
      if (datedPeer) {
        if (e.amount && v !== null && !f.datedAmounts.has(v))
          passed.set(e.type, [...(passed.get(e.type) ?? []), e.amount]);
        continue;
      }
      if (isBackground(e) && otherMain && parties(e).some((a) => f.mainActors.has(a))) continue;
      const k = keptUndated.get(e.type);
      if (k && (v === null || k.noAmount || k.amounts.has(v))) continue;
      const entry = k ?? { amounts: new Set<number>(), noAmount: false };
      if (v === null) entry.noAmount = true;
      else entry.amounts.add(v);
      keptUndated.set(e.type, entry);
    } else if (isBackground(e)) {
      if (f.mainDates.compatible(date)) continue;
      const seen = keptBackground.get(e.type) ?? new DateSet();
      if (seen.compatible(date)) continue;
      keptBackground.set(e.type, seen);
      seen.add(date);
    } else if (!isHeadline(e) && f.mainDates.refines(date)) continue;
    if (e.type === "funding" && v !== null && specificAmounts.has(v)) continue;
    out.push(e);
  }
  for (const [type, amounts] of passed) {
    if (new Set(amounts.map((a) => a.value)).size !== 1 || byType.get(type)!.datedAmounts.size > 0) continue;
    const i = out.findIndex((e) => e.type === type && e.date !== null && e.amount === null);
    if (i >= 0) out[i] = { ...out[i]!, amount: amounts[0]! };
  }
  return out;
}
