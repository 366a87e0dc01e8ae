import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { ExtractInputError, htmlToText, MAX_INPUT_CHARS, parseArticle } from "./article.ts";
import { extractArticle } from "./extract.ts";
import { scanNumbers } from "./numbers.ts";
import { findPeriods, type PeriodContext } from "./periods.ts";
import { ClaimSchema, EventSchema } from "./schema.ts";

const one = (text: string, docDate = "2025-11-20") => extractArticle(text, { docDate }).claims;
const ctx = (docDate: string | null): PeriodContext => ({
  docDate,
  fallbackYear: null,
  contextMonth: null,
  contextQuarter: null,
  fiscalJune: false,
});

describe("number grammar", () => {
  test("scanNumbers() applies glued and spaced scale words", () => {
    expect(scanNumbers("worth 7.25billion and 12 million")[0]!.value).toBe(7.25e9);
    expect(scanNumbers("worth 7.25billion and 12 million")[1]!.value).toBe(12e6);
  });
  test("scanNumbers() applies 万, 亿, crore and lakh", () => {
    expect(scanNumbers("产能达到15万吨")[0]!.value).toBe(150000);
    expect(scanNumbers("营收32.5亿元")[0]!.value).toBe(3.25e9);
    expect(scanNumbers("Rs 250 crore")[0]!.value).toBe(2.5e9);
    expect(scanNumbers("4 lakh units")[0]!.value).toBe(400000);
  });
  test("scanNumbers() reads the damaged range RMB512, 000- 515000", () => {
    const [t] = scanNumbers("offers at RMB512, 000- 515000 / tonne");
    expect([t!.min, t!.max]).toEqual([512000, 515000]);
  });
  test("scanNumbers() spreads a trailing scale word over a range", () => {
    const [t] = scanNumbers("between 2.1-2.4 million yuan");
    expect([t!.value, t!.min, t!.max]).toEqual([null, 2.1e6, 2.4e6]);
  });
  test("scanNumbers() reads signed percentages", () => {
    const [t] = scanNumbers("profit fell, -12.5% on the year");
    expect(t!.sign).toBe("-");
    expect(t!.percent).toBe(true);
  });
  test("scanNumbers() treats ISO dates as dates", () => {
    expect(scanNumbers("on 2024-03-05 we")[0]!.isDateLike).toBe(true);
  });
});

describe("units and currencies", () => {
  test("extractArticle() reads A$ as AUD and $US as USD", () => {
    const c = one("Quarterly revenue was A$88.4 million while the benchmark averaged $US57/kg.");
    expect(c.map((x) => [x.value, x.unit, x.currency])).toEqual([
      [88.4e6, "AUD", "AUD"],
      [57, "USD/kg", "USD"],
    ]);
  });
  test("extractArticle() reads a bare $ as AUD in Australian-convention copy", () => {
    const c = one("Sales were $64.2 million for the period, and the market price was $US50/kg ($75).");
    expect(c[0]!.currency).toBe("AUD");
    expect(c[0]!.currency_basis).toBe("inferred");
    expect(c[1]!.conversions[0]!.currency).toBe("AUD");
  });
  test("extractArticle() normalises yuan per tonne prices", () => {
    const [c] = one("Oxide prices were assessed at 401,000-406,000 yuan/mt this week.");
    expect([c!.unit, c!.value_min, c!.value_max, c!.metric_family]).toEqual([
      "CNY/t",
      401000,
      406000,
      "price",
    ]);
  });
});

describe("periods", () => {
  test("findPeriods() resolves last month and weekday names from the article date", () => {
    const p = findPeriods("Shipments last month, data showed on Monday", ctx("2025-11-20"));
    expect(p.map((x) => x.period)).toEqual(["2025-10", "2025-11-17"]);
  });
  test("findPeriods() reads Jan-Sep ranges, first halves and first three quarters", () => {
    const p = findPeriods(
      "Jan-Sep 2024, the first half of 2023 and the first three quarters of 2022",
      ctx(null),
    );
    expect(p.map((x) => x.period)).toEqual(["2024-01..2024-09", "2023-H1", "2022-01..2022-09"]);
  });
  test("findPeriods() converts June fiscal quarters to calendar quarters", () => {
    expect(findPeriods("compared with Q3 FY23", ctx(null))[0]!.period).toBe("2023-Q1");
  });
  test("findPeriods() resolves a month in the future of the article to the previous year", () => {
    expect(findPeriods("output in December", ctx("2025-03-02"))[0]!.period).toBe("2024-12");
  });
});

describe("changes", () => {
  test("extractArticle() attaches a month-on-month change to the level it leads to", () => {
    const [c] = one("Shipments to Japan rose 12.4% from the prior month to 812 tons in October.");
    expect([c!.value, c!.change.kind, c!.change.value, c!.period]).toEqual([812, "mom", 12.4, "2025-10"]);
  });
  test("extractArticle() makes a change without a level a change-only claim", () => {
    const [c] = one("Overall magnet exports in October fell 3.3% from a year earlier.");
    expect([c!.value, c!.change.kind, c!.change.value, c!.change.direction]).toEqual([
      null,
      "yoy",
      -3.3,
      "down",
    ]);
  });
  test("extractArticle() keeps further changes in additional_changes", () => {
    const [c] = one("Net profit was 41.5 million yuan, -18.2% year over year, +40.1% month on month.");
    expect(c!.change.value).toBe(-18.2);
    expect(c!.additional_changes[0]!.value).toBe(40.1);
  });
  test("extractArticle() reads a CAGR as a change of kind cagr", () => {
    const [c] = one("The market is projected to reach US$4.1 billion by 2031, with a CAGR of 6.2%.");
    expect([c!.change.kind, c!.change.value, c!.is_forecast, c!.period]).toEqual(["cagr", 6.2, true, "2031"]);
  });
});

describe("events", () => {
  test("extractArticle() finds an export control with its date", () => {
    const { events } = extractArticle(
      "Beijing imposed export controls on seven heavy rare earths on April 4.",
      {
        docDate: "2025-06-01",
      },
    );
    expect(events.map((e) => [e.type, e.date, e.actor])).toEqual([["export_control", "2025-04-04", "China"]]);
  });
  test("extractArticle() finds a loan and its amount", () => {
    const { events } = extractArticle("The agency will provide a $90 million loan to the refinery.");
    expect(events[0]!.type).toBe("loan");
    expect(events[0]!.amount?.value).toBe(90e6);
  });
});

describe("input handling", () => {
  test("parseArticle() splits the header from the body", () => {
    const a = parseArticle("title: T\ndate: 2025-01-02\n---\nBody 5 tons.");
    expect(a.body).toBe("Body 5 tons.");
    expect(a.header.date).toBe("2025-01-02");
  });
  test("extractArticle() refuses inputs over the size limit", () => {
    expect(() => extractArticle("x".repeat(MAX_INPUT_CHARS + 1))).toThrow(ExtractInputError);
    expect(() => extractArticle("x".repeat(MAX_INPUT_CHARS + 1))).toThrow(/input_too_large/);
  });
  test("extractArticle() reads HTML and gives offsets into the extracted text", () => {
    const html =
      "<html><body><p>Exports were 1,234 tonnes &amp; more.</p><script>var x=99;</script></body></html>";
    const r = extractArticle(html);
    expect(r.meta.format).toBe("html");
    expect(r.claims[0]!.value).toBe(1234);
  });
  test("htmlToText() decodes named, numeric and legacy character references", () => {
    expect(
      htmlToText("<p>Caf&eacute; &ndash; 5&nbsp;t &euro;3 &#x1F9F2; &#8212; &frac12; &amp;lt;</p>"),
    ).toBe("\nCafé – 5\u00a0t €3 🧲 — ½ &lt;\n");
    expect(htmlToText("<div>AT&amp;T &copy 2025 &unknown; &#0;</div>")).toBe(
      "\nAT&T © 2025 &unknown; \ufffd\n",
    );
  });
  test("htmlToText() drops script and style and keeps text after an unclosed tag", () => {
    expect(htmlToText("<p>a</p><script>if (1 < 2) x = '&amp;';</script><style>p{}</style>b &lt; c <i")).toBe(
      "\na\nb < c <i",
    );
  });
  test("extractArticle() does not label dates, years and identifiers", () => {
    expect(one("On March 3, 2025 the ministry issued Declaration 18 under HS code 8505.")).toEqual([]);
  });
});

const hostile = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc
    .array(
      fc.constantFrom("1", ",", ".", "-", " ", "%", "$", "万", "to ", "million", "<p>", "\n", "Q3", "A$"),
      { maxLength: 300 },
    )
    .map((a) => a.join("")),
);

describe("invariants", () => {
  fcTest.prop([hostile])("extractArticle() never throws and its quotes match their offsets", (text) => {
    const r = extractArticle(text, { docDate: "2025-05-05" });
    const body = parseArticle(text).body;
    for (const c of [...r.claims, ...r.events]) expect(body.slice(c.quote_start, c.quote_end)).toBe(c.quote);
    for (const c of r.claims) ClaimSchema.parse(c);
    for (const e of r.events) EventSchema.parse(e);
  });
  test("extractArticle() handles long runs of digits, separators and tags", () => {
    // Speed is measured in bench/extract.ts; the linear-work property is in rules.test.ts.
    const r = extractArticle(`${"9,".repeat(20000)} ${"1.".repeat(20000)} ${"<div>".repeat(4000)}`);
    expect(r.claims.length).toBeLessThan(100);
  });
});
