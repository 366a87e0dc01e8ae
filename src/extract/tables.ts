/** @module Layout of scraped text: headlines and section titles, table cells and their label lines, implied scale in tables. */
import type { Claim } from "./schema.ts";
import type { Span } from "./sentences.ts";

/**
 * Implied `m` in tables (README §5): a bare amount in a value cell (`A$327.7)`) right after a cell of the same
 * currency written with `m` (`A$294.5m`) is in millions too.
 */
export function impliedScale(c: Claim, prev: Claim | null): void {
  if (!prev || !c.currency || c.unit !== c.currency || prev.currency !== c.currency) return;
  if (!/\d\s?m$/.test(prev.value_text ?? "") || !/\d$/.test(c.value_text ?? "")) return;
  if (c.value === null || c.value >= 1000) return;
  c.value *= 1e6;
  c.note = "implied m (table)";
}

const isLineStart = (body: string, i: number) => i === 0 || body[i - 1] === "\n";
const isLineEnd = (body: string, i: number) => i >= body.length || body[i] === "\n";

/**
 * A whole line of at most 25 words that does not end like a sentence: a headline or a teaser of another article
 * (`Port authority backs record $2 billion credit line; three carmakers among the lenders`). A figure in it is replaced by the
 * same figure stated in running text (claim de-duplication); unlike `isHeading`, events are still read from it.
 */
export function isHeadlineLike(body: string, s: Span): boolean {
  if (!isLineStart(body, s.start) || !isLineEnd(body, s.end)) return false;
  const last = body.charCodeAt(s.end - 1);
  // . ! ? : ) and CJK full stop end sentences or labels.
  if (last === 46 || last === 33 || last === 63 || last === 58 || last === 41 || last === 0x3002)
    return false;
  let words = 1;
  for (let i = s.start; i < s.end; i++) if (body.charCodeAt(i) === 32) words++;
  return words <= 25;
}

/** A whole short line without sentence punctuation: a headline, section title or teaser link (no events). */
export function isHeading(body: string, s: Span): boolean {
  if (!isLineStart(body, s.start) || !isLineEnd(body, s.end)) return false;
  const text = body.slice(s.start, s.end);
  if (text.length > 140 || /[.!?。:;)"”’…]$/.test(text)) return false;
  let words = 1;
  for (let i = 0; i < text.length; i++) if (text[i] === " ") words++;
  // The first line of the body (the headline; after a dateline, the line under it), or a short title without figures.
  return words <= 16 && (s.start === 0 || underDateline(body, s.start) || (words <= 6 && !/\d/.test(text)));
}

/** A day written alone: `March 3, 2026`, `3 March 2026`, `2026-03-03`. */
const DAY_LINE = /^(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4}|\d{4}-\d{2}-\d{2})$/;

/** The body opens with a dateline (a line that holds only a day) and `start` begins the line right under it. */
function underDateline(body: string, start: number): boolean {
  return start < 40 && DAY_LINE.test(body.slice(0, start).trim());
}

/** A short line of table-like text (a value cell or a label). */
export function isTableCell(body: string, s: Span): boolean {
  return s.end - s.start <= 40 && isLineStart(body, s.start) && isLineEnd(body, s.end);
}

/** Start of the run of short label lines (at most three, blank lines skipped) just above `start`. */
export function tableLabelStart(body: string, start: number): number {
  let from = start;
  for (let n = 0; n < 3; n++) {
    let e = from - 1;
    while (e > 0 && (body[e - 1] === "\n" || body[e - 1] === " ")) e--;
    let b = e;
    while (b > 0 && body[b - 1] !== "\n" && e - b <= 40) b--;
    if (e <= b || e - b > 40 || (b > 0 && body[b - 1] !== "\n")) break;
    const line = body.slice(b, e);
    if (/\d[\d,.]*\s?(?:m|bn|%|t|tonnes|REOt)?\)?$/.test(line) && !/FY ?\d{2}|Q[1-4]|20\d\d/.test(line))
      break;
    from = b;
  }
  return from;
}
