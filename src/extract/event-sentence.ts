/**
 * @module The shape of a sentence as event extraction reads it: background clauses, a money event's purpose, glued
 * headings in title case, line starts and list items, the names near the triggers.
 */
import type { Clause } from "./event-clauses.ts";
import { MONEY_TYPES } from "./event-rules.ts";
import type { TriggerHit } from "./event-triggers.ts";
import { type NameMention, nameMentions } from "./names.ts";
import type { Found } from "./triggers.ts";

/** Words a title leaves in lower case. */
const MINOR_WORD = /^(?:a|an|the|of|and|or|for|to|in|on|at|with|by|as|vs\.?)$/;
/** Starts with a capital or a digit. */
const CAPITAL = /^[\p{Lu}\d]/u;
/** Leading punctuation. */
const LEADING_PUNCT = /^[^\p{L}\d]+/u;
/** Runs of spaces. */
const SPACES = /\s+/;

/** The kinds of clause whose events are background (another act referred to, not the one reported). */
const BACKGROUND_KINDS = new Set(["background", "sub", "paren"]);

/**
 * The trigger's clause is background: it is a background, condition or bracketed clause, or a relative, participial
 * or purpose clause hanging from one.
 */
export function inBackground(clauses: readonly Clause[], ci: number): boolean {
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
export function isTitleCase(seg: string): boolean {
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
export function isPurposeOfMoney(
  clauses: readonly Clause[],
  ci: number,
  kept: readonly { ci: number; hit: TriggerHit }[],
) {
  const seg = clauses[ci]!;
  return seg.kind === "purpose" && kept.some((k) => k.ci === seg.head && MONEY_TYPES.has(k.hit.rule.type));
}

/**
 * The names an actor can come from: those of the sentence, or in a long sentence those from 300 characters before
 * the first trigger kept to 100 after the last (a subject, an agent or a party lies there).
 */
export function namesNear(text: string, found: Found, kept: readonly { hit: TriggerHit }[]): NameMention[] {
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
export function clauseAt(clauses: readonly Clause[], at: number): number {
  for (let i = 0; i < clauses.length; i++) if (at >= clauses[i]!.start && at < clauses[i]!.end) return i;
  return 0;
}

/** The span [from, to) of `text` ends with `:` (and spaces). */
export function endsWithColon(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && text.charCodeAt(i) <= 32) i--;
  return i >= from && text[i] === ":";
}

/** Only spaces or tabs between the previous line break (or the start of the body) and `at`. */
export function startsLine(body: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = body.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
