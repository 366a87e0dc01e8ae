/** @module Unit and currency grammar around a numeral: `US$`, `A$`, `RMB`, `yuan/mt`, `metric tons`, `tpa`, `万吨`, `times`. */

export interface CurrencyHit {
  currency: string;
  basis: "explicit" | "inferred";
  text: string;
}

export interface UnitHit {
  /** Canonical unit without currency (`t`, `kg`, `t/yr`, `x`, `units`, `count`, `pieces/unit`) or null. */
  unit: string | null;
  /** Per-quantity denominator for prices (`t`, `kg`) or null. */
  per: string | null;
  text: string | null;
  /** Currency written after the number (`yuan`, `Australian dollars`). */
  currency: CurrencyHit | null;
  /** Multiplier carried by the unit (`kt` = 1000 t). */
  factor: number;
  end: number;
}

const PREFIXES: [string, string, boolean][] = [
  // [written, currency, is a bare dollar]
  ["US$", "USD", false],
  ["$US", "USD", false],
  ["U.S.$", "USD", false],
  ["AU$", "AUD", false],
  ["A$", "AUD", false],
  ["C$", "CAD", false],
  ["HK$", "HKD", false],
  ["RMB", "CNY", false],
  ["CNY", "CNY", false],
  ["USD", "USD", false],
  ["EUR", "EUR", false],
  ["AUD", "AUD", false],
  ["INR", "INR", false],
  ["Rs.", "INR", false],
  ["Rs", "INR", false],
  ["€", "EUR", false],
  ["£", "GBP", false],
  ["¥", "CNY", false],
  ["₹", "INR", false],
  ["JPY", "JPY", false],
  ["KRW", "KRW", false],
  ["₩", "KRW", false],
  ["$", "USD", true],
];

/** Reads a currency written just before position `start` (`$`, `US$`, `RMB `, `A$`). */
export function currencyBefore(s: string, start: number, australian: boolean): CurrencyHit | null {
  let j = start;
  if (s[j - 1] === " ") j--;
  // Every prefix ends in a symbol, an upper-case letter or `.`: anything else cannot be a currency.
  const last = s.charCodeAt(j - 1);
  if (!(last === 36 || last === 46 || (last >= 65 && last <= 90) || last > 127 || last === 115)) return null;
  const head = s.slice(Math.max(0, j - 5), j);
  for (const [w, cur, bare] of PREFIXES) {
    if (head.endsWith(w)) {
      const before = head[head.length - w.length - 1];
      if (w.length > 1 && /[A-Za-z]/.test(w[0]!) && before && /[A-Za-z]/.test(before)) continue;
      if (bare && australian) return { currency: "AUD", basis: "inferred", text: w };
      return { currency: cur, basis: "explicit", text: w };
    }
  }
  return null;
}

const CURRENCY_WORDS: [RegExp, string][] = [
  [/^(?:U\.?S\.? dollars|US dollars)/i, "USD"],
  [/^Australian dollars/i, "AUD"],
  [/^(?:yuan|renminbi|元|RMB|CNY)/i, "CNY"],
  [/^(?:euros?|EUR)\b/i, "EUR"],
  [/^(?:rupees|INR)\b/i, "INR"],
  [/^(?:yen|JPY)\b/i, "JPY"],
  // `won` is a currency only right after a numeral (`480 billion won`); the verb never follows a number.
  [/^(?:won|KRW)\b/i, "KRW"],
  [/^USD\b/, "USD"],
  [/^AUD\b/, "AUD"],
];

const PER: [RegExp, string][] = [
  // `a` needs its space: `A$611 million at 30 September` is no price per tonne.
  [/^ ?(?:\/ ?|per ?|a )(?:kg|kilogram|kilo)\b/i, "kg"],
  [/^ ?(?:\/ ?|per ?|a )(?:metric )?(?:tonne|ton|mt|t)\b/i, "t"],
  [/^\/吨/, "t"],
  [/^\/千克|^\/公斤/, "kg"],
];

const UNITS: [RegExp, string, number][] = [
  [
    /^(?:tpa|mtpa|t\/yr|t\/y|tonnes per annum|tons per annum|tonnes per year|tons per year|tonnes a year|tons a year)\b/i,
    "t/yr",
    1,
  ],
  [/^(?:metric tons|metric tonnes|tonnes|tons|tonne|ton|mt|REOt|t)\b/, "t", 1],
  [/^(?:Metric tons|Tonnes|Tons)\b/, "t", 1],
  [/^kt\b/, "t", 1000],
  [/^万?吨/, "t", 1],
  [/^(?:kg|kilograms|kilogram)\b/i, "kg", 1],
  [/^(?:GW|gigawatts?)\b/, "GW", 1],
  [/^(?:MW|megawatts?)\b/, "MW", 1],
  [/^(?:times|-fold|fold)\b/i, "x", 1],
  [/^倍/, "x", 1],
];

/**
 * One pattern that matches wherever any pattern of `table` matches (case ignored, so it matches at least as often):
 * a text it rejects is not tried against the table's patterns one by one.
 */
const unionOf = (table: [RegExp, ...unknown[]][]): RegExp =>
  new RegExp(table.map(([re]) => `(?:${re.source})`).join("|"), "i");
const CURRENCY_ANY = unionOf(CURRENCY_WORDS);
const PER_ANY = unionOf(PER);
const UNIT_ANY = unionOf(UNITS);

const COUNT_NOUNS: [RegExp, string][] = [
  [/^(?:[\w-]+ ){0,4}?(?:magnet rings|magnets per|motors per|pieces)\b/i, "pieces/unit"],
  [/^(?:[\w-]+ ){0,2}?(?:robots|vehicles|cars|units|EVs|NEVs|turbines)\b/i, "units"],
  [
    /^(?:[\w-]+ ){0,3}?(?:companies|firms|subsidiaries|stoppages|plants|factories|partners|projects|applications|licen[cs]es|permits)\b/i,
    "count",
  ],
];

/** First characters (ASCII lower-cased) that can start a currency word, a `per` unit or a unit (first-character dispatch). */
const CURRENCY_FIRST = new Set("uayrceijwk元");
const PER_FIRST = new Set(" /pa");
const UNIT_FIRST = new Set("tmrkfg-万吨倍");
/** Nouns one of which a count-noun pattern needs (checked once before the three patterns run). */
const COUNT_ANY =
  /magnet rings|magnets per|motors per|pieces|robots|vehicles|cars|units|EVs|NEVs|turbines|companies|firms|subsidiaries|stoppages|plants|factories|partners|projects|applications|licen[cs]es|permits/i;
/** No unit after a numeral that ends at `end`. */
const noUnit = (end: number): UnitHit => ({
  unit: null,
  per: null,
  text: null,
  currency: null,
  factor: 1,
  end,
});

const lowerFirst = (s: string, i: number): string => {
  const c = s.charCodeAt(i);
  return c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : (s[i] ?? "");
};

/**
 * Reads the unit (and a currency word) written after a numeral that ends at `end`. `countNouns` false skips the
 * count-noun patterns (the caller knows that none of their nouns occurs in the sentence).
 */
export function unitAfter(s: string, end: number, countNouns = true): UnitHit {
  let j = end;
  let currency: CurrencyHit | null = null;
  let text: string | null = null;
  let k = s[j] === " " ? j + 1 : j;
  if (CURRENCY_FIRST.has(lowerFirst(s, k))) {
    const tail = s.slice(k, k + 60);
    if (CURRENCY_ANY.test(tail))
      for (const [re, cur] of CURRENCY_WORDS) {
        const m = re.exec(tail);
        if (m) {
          currency = { currency: cur, basis: "explicit", text: m[0] };
          j = k + m[0].length;
          text = m[0];
          break;
        }
      }
  }
  if (PER_FIRST.has(lowerFirst(s, j))) {
    const after = s.slice(j, j + 40);
    if (PER_ANY.test(after))
      for (const [re, per] of PER) {
        const m = re.exec(after);
        if (m)
          return { unit: null, per, text: (text ?? "") + m[0], currency, factor: 1, end: j + m[0].length };
      }
  }
  if (currency) return { unit: null, per: null, text, currency, factor: 1, end: j };
  k = s[j] === " " ? j + 1 : j;
  const first = lowerFirst(s, k);
  const unitFirst = UNIT_FIRST.has(first);
  const fc = first.charCodeAt(0);
  const wordFirst = (fc >= 97 && fc <= 122) || (fc >= 48 && fc <= 57) || fc === 95 || fc === 45;
  if (!unitFirst && !wordFirst) return noUnit(end);
  const rest = s.slice(k, k + 60);
  if (unitFirst && UNIT_ANY.test(rest))
    for (const [re, unit, factor] of UNITS) {
      const m = re.exec(rest);
      if (m) {
        let e = k + m[0].length;
        let u = unit;
        // `10,000 metric tons per year`, `2,000 tons annually`
        const yr = /^ ?(?:per[ -]annum|per[ -]year|a year|annually|\/yr|\/year)\b/i.exec(s.slice(e, e + 14));
        if (u === "t" && yr) {
          u = "t/yr";
          e += yr[0].length;
        }
        return { unit: u, per: null, text: s.slice(k, e), currency: null, factor, end: e };
      }
    }
  if (!countNouns || !COUNT_ANY.test(rest)) return noUnit(end);
  for (const [re, unit] of COUNT_NOUNS) {
    const m = re.exec(rest);
    if (m)
      return {
        unit,
        per: null,
        text: m[0].slice(m[0].lastIndexOf(" ") + 1),
        currency: null,
        factor: 1,
        end: k + m[0].length,
      };
  }
  return noUnit(end);
}
