import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { ExtractInputError, htmlToText } from "./article.ts";
import { type ExtractWork, extractArticle } from "./extract.ts";
import { findPeriods, type PeriodContext } from "./periods.ts";
import { ExtractionSchema } from "./schema.ts";
import { splitSentences } from "./sentences.ts";

const DAY_MS = 86_400_000;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** First day of one period, through `Date.UTC` (written apart from period-check.ts); null when it is no period. */
function refStart(p: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q(\d)|-H(\d)|-W(\d{2}))?$/.exec(p);
  if (!m) return null;
  const y = Number(m[1]);
  if (y < 1800 || y > 2199) return null;
  if (m[3]) {
    const t = Date.UTC(y, Number(m[2]) - 1, Number(m[3]));
    const d = new Date(t);
    const same =
      d.getUTCFullYear() === y && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
    return same ? t : null;
  }
  if (m[2]) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? Date.UTC(y, Number(m[2]) - 1, 1) : null;
  if (m[4]) return Number(m[4]) >= 1 && Number(m[4]) <= 4 ? Date.UTC(y, Number(m[4]) * 3 - 3, 1) : null;
  if (m[5]) return Number(m[5]) === 1 || Number(m[5]) === 2 ? Date.UTC(y, Number(m[5]) * 6 - 6, 1) : null;
  if (m[6]) {
    // A year has 53 ISO weeks when it starts on a Thursday, or on a Wednesday in a leap year.
    const jan1 = new Date(Date.UTC(y, 0, 1)).getUTCDay();
    const leap = new Date(Date.UTC(y, 1, 29)).getUTCMonth() === 1;
    const weeks = jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
    const w = Number(m[6]);
    return w >= 1 && w <= weeks ? Date.UTC(y, 0, 1) + (w - 1) * 7 * DAY_MS : null;
  }
  return Date.UTC(y, 0, 1);
}

/** A period or a span `A..B` with A starting no later than B. */
function refValid(p: string): boolean {
  const parts = p.split("..");
  if (parts.length > 2) return false;
  const starts = parts.map(refStart);
  if (starts.some((s) => s === null)) return false;
  return starts.length === 1 || starts[0]! <= starts[1]!;
}

const pad = (n: number) => String(n).padStart(2, "0");
const validDay = fc
  .integer({ min: Date.UTC(1800, 0, 1) / DAY_MS, max: Date.UTC(2199, 11, 31) / DAY_MS })
  .map((d) => new Date(d * DAY_MS).toISOString().slice(0, 10));
const year = fc.integer({ min: 1800, max: 2199 });
const context: fc.Arbitrary<PeriodContext> = fc.record({
  docDate: fc.oneof(
    fc.constant(null),
    validDay,
    validDay.map((d) => d.slice(0, 7)),
    validDay.map((d) => d.slice(0, 4)),
  ),
  fallbackYear: fc.oneof(fc.constant(null), year),
  contextMonth: fc.oneof(
    fc.constant(null),
    fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}`),
  ),
  contextQuarter: fc.oneof(
    fc.constant(null),
    fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
  ),
  fiscalJune: fc.boolean(),
});

/** Words and numerals the period rules read, with out-of-range values among them. */
const PERIOD_WORDS = [
  ...["January", "Feb.", "March", "May", "May's", "June", "Sept", "December", "Dec"],
  ...[
    "0",
    "00",
    "1",
    "29",
    "30",
    "31",
    "32",
    "99",
    "220",
    "0000",
    "1799",
    "1800",
    "1900",
    "2024",
    "2025",
    "2199",
  ],
  ...["Q0", "Q1", "Q4", "Q5", "FY220", "FY 0", "FY22", "FY2025", "H1", "H3", "2025H2", "2025 Q3", "Q3 of"],
  ...["first", "second", "13", "0", "months", "quarters", "three", "quarter", "ended", "ending", "of", "the"],
  ...["-", "–", "to", "through", ",", "year", "last", "this", "next", "week", "month", "yesterday", "today"],
  ...[
    "on Monday",
    "same period in",
    "same month in",
    "年",
    "in2025",
    "year-to-date",
    "previous",
    "as of",
    "in",
  ],
  ...[
    "2025-12-00",
    "2025-02-30",
    "2024-02-29",
    "2023-02-29",
    "0000-01-11",
    "2025-13-01",
    "2025-2030",
    "2030-2025",
  ],
];
const periodText = fc
  .array(fc.constantFrom(...PERIOD_WORDS), { minLength: 1, maxLength: 12 })
  .map((w) => w.join(" "));

describe("periods are range-checked where they are read", () => {
  test("findPeriods() gives no period for a day, quarter or year that does not exist", () => {
    const ctx: PeriodContext = {
      docDate: "2025-05-05",
      fallbackYear: null,
      contextMonth: null,
      contextQuarter: null,
      fiscalJune: false,
    };
    for (const text of ["on December 0, 2025", "by 2025-12-00", "on 30 February 2025", "in Q1 FY220"])
      expect(findPeriods(text, ctx).map((p) => p.period)).toEqual([null]);
    expect(findPeriods("on 29 February 2024", ctx)[0]!.period).toBe("2024-02-29");
    expect(findPeriods("in the first 13 months of 2025", ctx)[0]!.period).toBeNull();
    expect(findPeriods("from 2030 to 2025", ctx).every((p) => p.period !== "2030..2025")).toBe(true);
  });
  fcTest.prop([periodText, context], { numRuns: 400 })(
    "findPeriods() returns only real periods in range, whatever the text and article context",
    (text, ctx) => {
      for (const p of findPeriods(text, ctx))
        if (p.period !== null) expect(refValid(p.period), p.period).toBe(true);
    },
  );
  fcTest.prop([periodText, fc.option(validDay, { nil: undefined })], { numRuns: 150 })(
    "extractArticle() emits only real periods and dates in range",
    (text, docDate) => {
      const x = extractArticle(
        `Exports rose 5% to 1,200 tons ${text}. The ministry imposed export controls ${text}.`,
        {
          ...(docDate ? { docDate } : {}),
        },
      );
      for (const c of x.claims)
        for (const p of [c.period, c.change.period]) if (p !== null) expect(refValid(p), p).toBe(true);
      for (const e of x.events)
        for (const p of [e.date, e.effective_date]) if (p !== null) expect(refValid(p), p).toBe(true);
    },
  );
  test("extractArticle() refuses an article date that is no real day, naming it", () => {
    for (const bad of ["0000-01-11", "2025-02-30", "2025-13-01", "-1-11", "1799-12-31"]) {
      let err: unknown;
      try {
        extractArticle("Exports rose 5% in May.", { docDate: bad });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ExtractInputError);
      expect((err as ExtractInputError).code).toBe("invalid_date");
      expect((err as Error).message).toContain(bad);
    }
  });
  test("extractArticle() ignores a header date that is no real day", () => {
    const x = extractArticle("date: 0000-01-11\n---\nExports rose 5% to 1,200 tons in May.");
    expect(x.meta.docDate).toBeNull();
    expect(x.claims.every((c) => c.period === null || refValid(c.period))).toBe(true);
  });
});

describe("quotes keep code points whole", () => {
  test("the sentence length cap does not cut an emoji in half", () => {
    const text = `${"a".repeat(1499)}😀${"b".repeat(100)}`;
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(LONE_SURROGATE.test(text.slice(s.start, s.end))).toBe(false);
    expect(spans.map((s) => text.slice(s.start, s.end)).join("")).toBe(text);
  });
  fcTest.prop([
    // No sentence end among them: every span is cut by the length cap.
    fc.array(fc.constantFrom("a", " ", "😀", "𠀀", "9"), {
      minLength: 1400,
      maxLength: 3200,
    }),
  ])("splitSentences() never leaves a lone surrogate at a span's edge", (chars) => {
    const text = chars.join("");
    for (const s of splitSentences(text)) expect(LONE_SURROGATE.test(text.slice(s.start, s.end))).toBe(false);
  });
  test("an event's shortened action keeps the emoji whole", () => {
    const filler = "😀".repeat(100);
    const x = extractArticle(`The ministry imposed export controls on magnet alloys ${filler} on May 3.`, {
      docDate: "2025-06-01",
    });
    expect(x.events.length).toBeGreaterThan(0);
    for (const e of x.events) expect(LONE_SURROGATE.test(e.action)).toBe(false);
  });
});

/** Pieces of hostile HTML: tags cut short, references without `;`, out-of-range code points, runs of numerals. */
const HTML_PIECES = [
  ...[
    "<p>",
    "</p>",
    "<",
    ">",
    "<a",
    "<br/>",
    "<script>",
    "</script>",
    "<style>",
    "<!--",
    "-->",
    "<div class=x>",
  ],
  ...[
    "&",
    "&&",
    "&amp;",
    "&amp",
    "&#",
    "&#x",
    "&#x1F600;",
    "&#xD800;",
    "&#0;",
    "&#99999999999;",
    "&notit;",
    ";",
  ],
  ...[
    "😀",
    "é",
    "\n",
    " ",
    "\u0000",
    "1,000",
    "9,9,9,9",
    "1.1.1.1",
    "5%",
    "$3.2bn",
    "-7.5%",
    "1e308",
    "10^9",
  ],
  ...["tonnes", "Exports rose", "to", "in May", "2025", "Q3", "export controls", "price", "."],
];
const hostileHtml = fc
  .array(fc.constantFrom(...HTML_PIECES), { minLength: 1, maxLength: 200 })
  .map((p) => `<p>${p.join("")}`);

describe("hostile HTML and numerals", () => {
  fcTest.prop([hostileHtml], { numRuns: 300 })(
    "extractArticle() returns a valid extraction whose quotes lie in the body and are well-formed",
    (html) => {
      const x = ExtractionSchema.parse(extractArticle(html, { docDate: "2025-05-05" }));
      expect(x.meta.format).toBe("html");
      const body = htmlToText(html);
      expect(x.meta.bodyLength).toBe(body.length);
      for (const c of x.claims) {
        for (const v of [c.value, c.value_min, c.value_max, c.change.value])
          if (v !== null) expect(Number.isFinite(v)).toBe(true);
        expect(c.quote).toBe(body.slice(c.quote_start, c.quote_end));
        expect(LONE_SURROGATE.test(c.quote)).toBe(false);
        if (c.period !== null) expect(refValid(c.period), c.period).toBe(true);
      }
      for (const e of x.events) {
        expect(e.quote).toBe(body.slice(e.quote_start, e.quote_end));
        expect(LONE_SURROGATE.test(e.quote)).toBe(false);
      }
    },
  );
  fcTest.prop([hostileHtml])("htmlToText() examines each character at most twice", (html) => {
    const work = { htmlChars: 0 };
    htmlToText(html, work);
    expect(work.htmlChars).toBeLessThanOrEqual(2 * html.length);
  });
  const units = fc.constantFrom(
    "&",
    "&#",
    "&amp",
    "<",
    "<a",
    "<p>&&",
    "<script>&",
    "1,",
    "9.9.",
    "&#x1F600",
    "😀",
  );
  fcTest.prop([units, fc.integer({ min: 200, max: 2000 })])(
    "extractArticle() work on hostile HTML grows linearly with the input",
    (unit, n) => {
      const work = (k: number) => {
        const w: ExtractWork = { sentences: 0, tokens: 0, keywordHits: 0, ruleRuns: 0, htmlChars: 0 };
        extractArticle(`<p>${unit.repeat(k)}`, { docDate: "2025-05-05", work: w });
        return w.sentences + w.tokens + w.keywordHits + w.ruleRuns + w.htmlChars;
      };
      const w1 = work(n);
      const w2 = work(2 * n);
      expect(w1).toBeGreaterThan(0);
      expect(w2).toBeLessThanOrEqual(2 * w1 + 50);
    },
  );
});
