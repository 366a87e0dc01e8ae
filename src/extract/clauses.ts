/**
 * @module Clauses of a sentence, for attribution: a figure's entity, counterparty and material are looked for first in
 * its own clause. Clause breaks are `;`, contrast and comparison connectors (`while`, `whereas`, `but`, `as opposed
 * to`), a comma followed by a new subject (`, and exports to …`) or by a participle (`, lifting the round to …`); a
 * bracketed aside is a clause of its own, so a name inside brackets does not govern a figure outside them, and the
 * other way round. Appositions and relative clauses between commas are asides too.
 */

import { anchorIds, anyOf, type Found } from "./triggers.ts";

export interface Clause {
  start: number;
  end: number;
}

/** Connectors that open a new clause (the connector belongs to the clause it opens). */
const BREAK =
  /;\s*|,?\s+(?:while|whereas|but|although|though|as opposed to|in contrast to|compared with|compared to|versus|vs\.?)\s+|,\s+(?:and|with)\s+(?=(?:the\s+|its\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s+(?:to|from|of|in|for)\s)/gi;

/** A bracket that only defines an acronym (`(EV)`, `(REEs)`, `(MOFCOM)`) is part of the phrase, not an aside. */
const ACRONYM = /^[A-Z](?=[a-z&.-]*[A-Z])[A-Za-z&.-]{1,11}$/;

/**
 * Bracketed asides `( … )` of `text`, outermost only (a bracket inside one belongs to it), as [start, end) including
 * the brackets. A bracket left open runs to the end of the text.
 */
function asides(text: string): Clause[] {
  const out: Clause[] = [];
  let open = -1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) {
      if (depth++ === 0) open = i;
    } else if (c === 41 && depth > 0 && --depth === 0 && !ACRONYM.test(text.slice(open + 1, i)))
      out.push({ start: open, end: i + 1 });
  }
  if (depth > 0 && open >= 0) out.push({ start: open, end: text.length });
  return out;
}

/**
 * Comma-delimited asides without figures: a non-restrictive relative clause (`, which aligned with forecasts,`) and an
 * apposition after a name (`China, the world’s largest producer of magnets,`). Their keywords and names describe
 * something else than the figures around them.
 */
const COMMA_ASIDE =
  /, (?:which|who|whose)\b[^,;()\d]{0,120},|(?<=[A-Z][\w’'.-]*), (?:the|a|an) [^,;()\d]{3,100}, (?=[a-z])/g;

function commaAsides(text: string, brackets: Clause[]): Clause[] {
  const out: Clause[] = [];
  COMMA_ASIDE.lastIndex = 0;
  for (let m = COMMA_ASIDE.exec(text); m !== null; m = COMMA_ASIDE.exec(text)) {
    const at = m.index;
    if (brackets.some((b) => at > b.start && at < b.end)) continue;
    out.push({ start: at, end: at + m[0].length });
  }
  return out;
}

/** Where a sentence breaks into clauses: the break offsets (each opens a clause) and the bracketed asides. */
export interface ClauseMap {
  breaks: number[];
  asides: Clause[];
}

/** Anchor words one of which every clause break contains: a sentence without any has one clause. */
const BREAK_IDS = anchorIds([
  ";",
  "\\bwhile\\b",
  "\\bwhereas\\b",
  "\\bbut\\b",
  "though\\b",
  "as opposed to",
  "in contrast to",
  "compared",
  "\\bversus\\b",
  "\\bvs\\b",
  ", and",
  ", with",
]);

/** Anchor words of comma asides. */
const COMMA_ASIDE_IDS = anchorIds([", which", ", who", ", the ", ", a ", ", an "]);

/** Words in `-ing` after a comma that do not open a participial clause. */
const NOT_PARTICIPLES = new Set([
  "during",
  "nothing",
  "something",
  "anything",
  "everything",
  "morning",
  "evening",
  "spring",
]);

/**
 * Participial clauses: a comma followed by a lower-case `-ing` word (`, lifting the round to $55 million`, `, adding
 * that …`) opens a clause with its own figures. Returns break offsets in pairs, as `BREAK` does.
 */
function participleBreaks(text: string, brackets: Clause[]): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(", "); i >= 0; i = text.indexOf(", ", i + 2)) {
    let j = i + 2;
    while (j < text.length && text.charCodeAt(j) >= 97 && text.charCodeAt(j) <= 122) j++;
    const word = text.slice(i + 2, j);
    if (word.length < 5 || !word.endsWith("ing") || NOT_PARTICIPLES.has(word) || text[j] !== " ") continue;
    if (brackets.some((b) => i > b.start && i < b.end)) continue;
    out.push(i, i + 2);
  }
  return out;
}

/** The clause breaks and asides of a sentence (computed once per sentence); `found` is its anchor scan. */
export function clauseMap(text: string, found?: Found): ClauseMap {
  const parens = text.includes("(") ? asides(text) : [];
  let brackets = parens;
  if (text.includes(", ") && (!found || anyOf(found, COMMA_ASIDE_IDS))) {
    const commas = commaAsides(text, parens);
    if (commas.length > 0) brackets = [...parens, ...commas].sort((a, b) => a.start - b.start);
  }
  // Breaks inside brackets do not split the sentence (an apposition's closing comma may still open a clause).
  const breaks: number[] = text.includes("ing ") ? participleBreaks(text, parens) : [];
  if (found && !anyOf(found, BREAK_IDS)) return { breaks, asides: brackets };
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m !== null; m = BREAK.exec(text)) {
    if (m[0].length === 0) {
      BREAK.lastIndex++;
      continue;
    }
    const at = m.index;
    if (parens.some((b) => at > b.start && at < b.end)) continue;
    breaks.push(at, at + m[0].length);
  }
  if (breaks.length > 2) {
    // Participial and connector breaks found apart: in text order, pairs kept together.
    const pairs: [number, number][] = [];
    for (let i = 0; i < breaks.length; i += 2) pairs.push([breaks[i]!, breaks[i + 1]!]);
    pairs.sort((a, b) => a[0] - b[0]);
    return { breaks: pairs.flat(), asides: brackets };
  }
  return { breaks, asides: brackets };
}

/**
 * The clause of `text` that holds position `at` (offsets relative to `text`). Inside a bracketed aside the clause is
 * the aside; outside, it is the stretch between clause breaks (asides inside it are skipped by `inClause`). `map` is
 * the sentence's `clauseMap` (computed when omitted).
 */
export function clauseAt(
  text: string,
  at: number,
  map: ClauseMap = clauseMap(text),
): Clause & { asides: Clause[] } {
  const inside = map.asides.find((b) => at > b.start && at < b.end);
  if (inside) return { start: inside.start + 1, end: inside.end - 1, asides: [] };
  let start = 0;
  let end = text.length;
  const br = map.breaks;
  for (let i = 0; i < br.length; i += 2) {
    if (br[i + 1]! <= at) start = br[i]!;
    else if (br[i]! >= at) {
      end = br[i]!;
      break;
    }
  }
  return { start, end, asides: map.asides.filter((b) => b.start >= start && b.end <= end) };
}

/** True when [a, b) lies in the clause and outside its asides. */
export function inClause(c: Clause & { asides: Clause[] }, a: number, b: number): boolean {
  return a >= c.start && b <= c.end && !c.asides.some((x) => a >= x.start && a < x.end);
}
