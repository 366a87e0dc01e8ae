/** @module Sentence splitting with offsets: line breaks, sentence punctuation (not decimals or abbreviations), a length cap. */

export interface Span {
  start: number;
  end: number;
}

const ABBREV = new Set([
  "u.s",
  "u.k",
  "inc",
  "co",
  "ltd",
  "corp",
  "no",
  "mr",
  "ms",
  "dr",
  "st",
  "vs",
  "e.g",
  "i.e",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "approx",
  "est",
  "etc",
]);
const MAX_SENTENCE = 1500;
const SPACE = /\s/;
const isSpace = (c: number) =>
  c === 32 ||
  c === 10 ||
  c === 9 ||
  c === 13 ||
  (c > 127 && SPACE.test(String.fromCharCode(c))) ||
  c === 11 ||
  c === 12;

/**
 * `i`, or `i - 1` when `i` falls between the two halves of a surrogate pair (an emoji or a rare CJK character): a cut
 * there keeps every code point whole, so no quote ends or starts with a lone surrogate.
 */
export function codePointCut(text: string, i: number): number {
  if (i <= 0 || i >= text.length) return i;
  const lo = text.charCodeAt(i);
  const hi = text.charCodeAt(i - 1);
  return lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff ? i - 1 : i;
}

/** A `.` at `i` glued to a capitalised word after a lower-case word, a digit, `%` or `)`: a sentence end. */
function gluedBoundary(text: string, i: number, start: number): boolean {
  const a = text.charCodeAt(i + 1);
  const b = text.charCodeAt(i + 2);
  if (!(a >= 65 && a <= 90 && b >= 97 && b <= 122)) return false;
  const p = text.charCodeAt(i - 1);
  if (p === 37 || p === 41 || (p >= 48 && p <= 57)) return i - 1 >= start;
  // The word before: lower-case letters only, at least two, and not an abbreviation (`approx.`, `est.`).
  let w = i;
  while (w > start && text.charCodeAt(w - 1) >= 97 && text.charCodeAt(w - 1) <= 122) w--;
  if (i - w < 2 || ABBREV.has(text.slice(w, i))) return false;
  const before = text.charCodeAt(w - 1);
  return !(before >= 65 && before <= 90) && before !== 46;
}

/** Adds [start, end) of `text`, trimmed, to `out` unless it is blank. */
function pushTrimmed(text: string, out: Span[], start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** Splits `text` into trimmed sentence spans; every span is non-empty and inside the text. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const n = text.length;
  const candidate = /[\n.!?\u3000-\uffff]/g;
  for (let i = 0; i < n; i++) {
    // Jump to the next character that can end a sentence (a native scan), or to the length cap.
    candidate.lastIndex = i;
    const next = candidate.test(text) ? candidate.lastIndex - 1 : n;
    if (next - start > MAX_SENTENCE) {
      i = codePointCut(text, Math.max(i, start + MAX_SENTENCE));
      pushTrimmed(text, out, start, i);
      start = i;
      continue;
    }
    if (next >= n) break;
    i = next;
    const c = text[i]!;
    if (c === "\n") {
      pushTrimmed(text, out, start, i);
      start = i + 1;
      continue;
    }
    if (c === "。" || c === "！" || c === "？" || c === "；") {
      pushTrimmed(text, out, start, i + 1);
      start = i + 1;
      continue;
    }
    // Scraped text glues a sentence to the next heading or list item (`… year-on-year.Jan-Sep Cumulative: …`): a `.`
    // between a word of two or more lower-case letters (or a digit, `%`, `)`) and a capitalised word ends a sentence.
    if (c === "." && gluedBoundary(text, i, start)) {
      pushTrimmed(text, out, start, i + 1);
      start = i + 1;
      continue;
    }
    if ((c === "." || c === "!" || c === "?") && (i + 1 >= n || text.charCodeAt(i + 1) === 32)) {
      let k = i + 1;
      while (k < n && text.charCodeAt(k) === 32) k++;
      const next = text.charCodeAt(k);
      if (next >= 97 && next <= 122) continue;
      if (c === ".") {
        let w = i;
        while (w > start && i - w < 12 && /[A-Za-z.]/.test(text[w - 1]!)) w--;
        const word = text.slice(w, i).toLowerCase();
        if (ABBREV.has(word) || /^[a-z]$/.test(word)) continue;
      }
      pushTrimmed(text, out, start, i + 1);
      start = i + 1;
      continue;
    }
    if (i - start >= MAX_SENTENCE) {
      i = codePointCut(text, i);
      pushTrimmed(text, out, start, i);
      start = i;
    }
  }
  pushTrimmed(text, out, start, n);
  return out;
}
