/** @module Number grammar: a hand-written, linear scanner for numerals with separators, decimals, scale words, percent signs and ranges. */

export interface NumToken {
  /** Span of the whole expression (value, scale word, percent sign, range) in the scanned text. */
  start: number;
  end: number;
  /** The value with scale applied; null for ranges. */
  value: number | null;
  min: number | null;
  max: number | null;
  percent: boolean;
  /** Scale word as written (`million`, `bn`, `万`), or null. */
  scaleText: string | null;
  /** Digits only, no separator, decimal, scale or percent: years, days, identifiers. */
  plainInt: boolean;
  /** A sign glued to the front (`+3.5%`, `-52.24%`). */
  sign: "+" | "-" | null;
  /** Glued to a preceding lower-case word (`awarding38 million`, `in2025`). */
  gluedLeft: boolean;
  /** Part of a calendar date or time (`2025-10-09`, `10:30`). */
  isDateLike: boolean;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const LETTER = /\p{L}/u;
const isLetter = (c: string | undefined) => {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return LETTER.test(c);
};
/** Lower-cased first letters of the scale words (trillion, billion, million, thousand, crore, lakh, bn, mn, m). */
const SCALE_FIRST = new Set(["t", "b", "m", "c", "l", "T", "B", "M", "C", "L"]);
const isUpper = (c: string | undefined) => c !== undefined && c >= "A" && c <= "Z";

const SCALES: [string, number][] = [
  ["trillion", 1e12],
  ["billion", 1e9],
  ["million", 1e6],
  ["thousand", 1e3],
  ["crore", 1e7],
  ["lakh", 1e5],
  ["bn", 1e9],
  ["mn", 1e6],
  ["m", 1e6],
];

interface Plain {
  end: number;
  value: number;
  plainInt: boolean;
  isDateLike: boolean;
}

/** ASCII digit at `i` of `s` (false past the end). */
const digitAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** Reads digits, thousands separators (`5,473`, damaged `318, 000`) and a decimal part starting at `i`. */
function readPlain(s: string, i: number): Plain {
  let j = i;
  while (digitAt(s, j)) j++;
  const intLen = j - i;
  let digits = s.slice(i, j);
  let plainInt = true;
  const isDateLike = false;
  const next = s.charCodeAt(j);
  // ISO dates and times are not quantities.
  if (intLen === 4 && next === 45 && digitAt(s, j + 1) && digitAt(s, j + 2) && !digitAt(s, j + 3)) {
    let k = j + 3;
    if (s.charCodeAt(k) === 45 && digitAt(s, k + 1) && digitAt(s, k + 2)) k += 3;
    return { end: k, value: Number(digits), plainInt: true, isDateLike: s.charCodeAt(j + 3) === 45 };
  }
  if (intLen <= 2 && next === 58 && digitAt(s, j + 1) && digitAt(s, j + 2))
    return { end: j + 3, value: 0, plainInt: true, isDateLike: true };
  while (s.charCodeAt(j) === 44 && intLen <= 3) {
    if (digitAt(s, j + 1) && digitAt(s, j + 2) && digitAt(s, j + 3) && !digitAt(s, j + 4)) {
      digits += s.slice(j + 1, j + 4);
      j += 4;
      plainInt = false;
      continue;
    }
    // Damaged form `RMB318, 000- 320000`: comma, one space, three digits, then a dash or slash.
    const after = s[j + 5];
    if (
      s.charCodeAt(j + 1) === 32 &&
      digitAt(s, j + 2) &&
      digitAt(s, j + 3) &&
      digitAt(s, j + 4) &&
      (after === "-" || after === "–" || after === "/")
    ) {
      digits += s.slice(j + 2, j + 5);
      j += 5;
      plainInt = false;
      continue;
    }
    break;
  }
  if (s.charCodeAt(j) === 46 && digitAt(s, j + 1)) {
    let k = j + 1;
    while (digitAt(s, k)) k++;
    digits += s.slice(j, k);
    j = k;
    plainInt = false;
  }
  const value = digits.length > 40 ? Number.NaN : Number(digits);
  return { end: j, value, plainInt, isDateLike };
}

const PERCENT_WORDS = ["percent", "per cent", "pc"];

interface Scaled {
  end: number;
  factor: number;
  scaleText: string | null;
  percent: boolean;
}

/** Reads an optional scale word and percent sign after a numeral. */
function readSuffix(s: string, j: number): Scaled {
  let factor = 1;
  let scaleText: string | null = null;
  let k = s[j] === " " ? j + 1 : j;
  if (s[k] === "万" || s[k] === "亿") {
    factor = s[k] === "万" ? 1e4 : 1e8;
    scaleText = s[k]!;
    k++;
    j = k;
  } else if (SCALE_FIRST.has(s[k] ?? "")) {
    const low = s.slice(k, k + 9).toLowerCase();
    for (const [w, f] of SCALES) {
      if (low.startsWith(w) && !isLetter(s[k + w.length])) {
        // A lone `m` counts only when glued (`A$294.5m`); `5 m` may be metres.
        if (w === "m" && k !== j) break;
        factor = f;
        scaleText = s.slice(k, k + w.length);
        j = k + w.length;
        break;
      }
    }
  }
  let percent = false;
  k = s[j] === " " ? j + 1 : j;
  if (s[k] === "%" || s[k] === "％") {
    percent = true;
    j = k + 1;
  } else if (s[k] === "p" || s[k] === "P") {
    const low = s.slice(k, k + 9).toLowerCase();
    for (const w of PERCENT_WORDS) {
      if (low.startsWith(w) && !isLetter(s[k + w.length])) {
        percent = true;
        j = k + w.length;
        break;
      }
    }
  }
  return { end: j, factor, scaleText, percent };
}

const RANGE_CURRENCY = /^(US\$|\$US|A\$|AU\$|RMB|CNY|USD|EUR|\$|€|£|¥|₹)\s?/;

/** The nine characters before `i`, lower-cased (`from`, `between` before a range). */
const nineBefore = (s: string, i: number) => s.slice(Math.max(0, i - 9), i).toLowerCase();

/** Scans `s` for numerals, left to right, in time linear in its length. */
export function scanNumbers(s: string): NumToken[] {
  const out: NumToken[] = [];
  const n = s.length;
  let i = 0;
  const digit = /[0-9]/g;
  while (i < n) {
    // The next digit, found by a native scan.
    digit.lastIndex = i;
    if (!digit.test(s)) break;
    i = digit.lastIndex - 1;
    const prev = s[i - 1];
    const first = readPlain(s, i);
    // Identifiers and period codes glued to capitals or digits-with-letters (Q3, H1, FY22, CO2) are skipped.
    let run = i;
    while (run > 0 && i - run < 6 && isLetter(s[run - 1])) run--;
    const letters = s.slice(run, i);
    const currencyCode =
      /^(?:RMB|USD|CNY|EUR|AUD|INR|Rs|US|AU|HK)$/.test(letters) &&
      (letters.length === 3 || s[run - 1] === "$" || letters === "Rs");
    if (!currencyCode && (isUpper(prev) || prev === "_" || (isLetter(prev) && isDigit(s[i - 2])))) {
      i = first.end;
      while (isLetter(s[i]) || isDigit(s[i])) i++;
      continue;
    }
    if (isLetter(s[first.end]) && !/[mMbBtTkK万亿]/.test(s[first.end]!) && /[a-z]/.test(s[first.end]!)) {
      // `1677t`, `10X`: let the unit reader decide; ordinals such as `2nd` are skipped.
      const two = s.slice(first.end, first.end + 2).toLowerCase();
      if (two === "st" || two === "nd" || two === "rd" || two === "th") {
        i = first.end + 2;
        continue;
      }
    }
    const suffix = readSuffix(s, first.end);
    const value = first.value * suffix.factor;
    let end = suffix.end;
    let min: number | null = null;
    let max: number | null = null;
    let percent = suffix.percent;
    let scaleText = suffix.scaleText;
    // Ranges: `1.68-1.72 million`, `15%-18%`, `3–5kg`, `250 to 750`, `between 250 and 750`.
    let k = end;
    while (s[k] === " " && k < end + 2) k++;
    let sepLen = 0;
    if (s[k] === "-" || s[k] === "–" || s[k] === "—") sepLen = 1;
    else if (s.startsWith("to ", k) && !/\bfrom\s*\S*$/.test(nineBefore(s, i))) sepLen = 3;
    else if (s.startsWith("and ", k) && /between\s*\S*$/.test(nineBefore(s, i))) sepLen = 4;
    if (sepLen > 0 && !first.isDateLike) {
      let m = k + sepLen;
      while (s[m] === " " && m < k + sepLen + 2) m++;
      const cur = RANGE_CURRENCY.exec(s.slice(m, m + 4));
      if (cur) m += cur[0].length;
      if (isDigit(s[m]) && !(first.plainInt && s.slice(i, first.end).length === 4 && !suffix.scaleText)) {
        const second = readPlain(s, m);
        const suf2 = readSuffix(s, second.end);
        const samePct = percent === suf2.percent || (!percent && suf2.percent && sepLen === 1);
        if (!second.isDateLike && samePct && (sepLen === 1 || percent === suf2.percent)) {
          let lo = value;
          if (!suffix.scaleText && suf2.scaleText) {
            lo = first.value * suf2.factor;
            scaleText = suf2.scaleText;
          }
          const hi = second.value * suf2.factor;
          if (Number.isFinite(lo) && Number.isFinite(hi) && hi > lo) {
            min = lo;
            max = hi;
            percent = percent || suf2.percent;
            end = suf2.end;
          }
        }
      }
    }
    let sign: "+" | "-" | null = null;
    if ((prev === "+" || prev === "-" || prev === "−") && !isDigit(s[i - 2]) && !isLetter(s[i - 2]))
      sign = prev === "+" ? "+" : "-";
    const gluedLeft = isLetter(prev) && !currencyCode;
    if (Number.isFinite(value)) {
      out.push({
        start: i,
        end,
        value: min !== null ? null : value,
        min,
        max,
        percent,
        scaleText,
        plainInt: first.plainInt && !scaleText && !percent && min === null,
        sign,
        gluedLeft,
        isDateLike: first.isDateLike,
      });
    }
    i = Math.max(end, first.end, i + 1);
  }
  return out;
}
