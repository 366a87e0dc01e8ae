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

/** Splits `text` into trimmed sentence spans; every span is non-empty and inside the text. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const cc = text.charCodeAt(i);
    // Fast path: letters, digits, spaces and most punctuation neither end a sentence nor hit the length cap.
    if (cc !== 10 && cc !== 46 && cc !== 33 && cc !== 63 && cc < 0x3000 && i - start < MAX_SENTENCE) continue;
    const c = text[i]!;
    if (c === "\n") {
      push(i);
      start = i + 1;
      continue;
    }
    if (c === "。" || c === "！" || c === "？" || c === "；") {
      push(i + 1);
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
      push(i + 1);
      start = i + 1;
      continue;
    }
    if (i - start >= MAX_SENTENCE) {
      push(i);
      start = i;
    }
  }
  push(n);
  return out;
}
