/** @module Clauses of a sentence and the places that govern a number in it ("to Germany … 1,288 t, while to the US … 420 t"). */
import { type PlaceMention, placesIn } from "./places.ts";

export interface Clause {
  start: number;
  end: number;
  /** Text inside parentheses: it qualifies the noun just before it. */
  parenthetical: boolean;
}

/** Words that start a new clause with its own subject and figure. */
const CLAUSE_WORDS =
  /\s(?:while|whereas|but|although|though|compared (?:with|to)|versus|vs\.?|followed by|ahead of|than|against)\s/gi;
const HARD_BREAKS = /[;\n]|\s[–—-]\s/g;
const COMMA = /,\s/g;
const AND = /\s(?:and|as well as)\s/gi;
const HAS_DIGIT = /\d/;

/**
 * Splits a sentence into clauses: at semicolons, dashes, line breaks (headings glued on by scraping),
 * contrast words ("while", "whereas", "but", "compared with"), commas followed by a space (not the separators of
 * "1,288"), "and" when the part before it already holds a number, and around parentheses.
 */
export function clausesOf(text: string): Clause[] {
  const cuts = new Set<number>([0, text.length]);
  const paren: [number, number][] = [];
  for (const re of [CLAUSE_WORDS, HARD_BREAKS, COMMA]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) cuts.add(m.index);
  }
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(" && open < 0) open = i;
    else if (text[i] === ")" && open >= 0) {
      paren.push([open, i + 1]);
      cuts.add(open);
      cuts.add(i + 1);
      open = -1;
    }
  }
  const sorted = () => [...cuts].sort((a, b) => a - b);
  // "and" separates two clauses only when the part before it is complete with its own figure.
  AND.lastIndex = 0;
  for (let m = AND.exec(text); m; m = AND.exec(text)) {
    const at = m.index;
    const before = sorted().filter((c) => c <= at);
    const from = before[before.length - 1] ?? 0;
    if (HAS_DIGIT.test(text.slice(from, at))) cuts.add(at);
  }
  const points = sorted();
  const out: Clause[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    out.push({ start, end, parenthetical: paren.some(([a, b]) => a <= start && end <= b) });
  }
  return out;
}

/** How the places governing a number were found. */
export type Governance = "clause" | "parenthesis" | "inherited" | "none";

/**
 * The places that govern the number at `index`: those named in its own clause; for a parenthesis naming none, the
 * place just before it; otherwise the nearest place named earlier in the sentence (`inherited`).
 */
export function governingPlaces(text: string, index: number): { places: string[]; how: Governance } {
  const clauses = clausesOf(text);
  const mentions = placesIn(text);
  const at = clauses.findIndex((c) => c.start <= index && index < c.end);
  if (at < 0) return { places: [], how: "none" };
  const clause = clauses[at]!;
  const inside = (c: Clause) => (m: PlaceMention) => m.start >= c.start && m.end <= c.end;
  const own = [...new Set(mentions.filter(inside(clause)).map((m) => m.place))];
  if (own.length) return { places: own, how: "clause" };
  const before = mentions.filter((m) => m.end <= clause.start);
  const last = before[before.length - 1];
  if (!last) return { places: [], how: "none" };
  return { places: [last.place], how: clause.parenthetical ? "parenthesis" : "inherited" };
}
