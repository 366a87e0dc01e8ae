import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { dedupeEvents, type ExtractWork, extractArticle, isHeading } from "./extract.ts";
import { findPeriods, type PeriodContext } from "./periods.ts";
import type { ExtractedEvent } from "./schema.ts";
import { AnchorScanner, anchorIds, anyOf, scanAnchors } from "./triggers.ts";

const ctx = (docDate: string | null, fiscalJune = false): PeriodContext => ({
  docDate,
  fallbackYear: null,
  contextMonth: null,
  contextQuarter: null,
  fiscalJune,
});

describe("keyword trigger index", () => {
  const [ore, core, refine, cjk] = anchorIds(["ore", "core", "refine", "稀土"]);
  test("scanAnchors() finds overlapping anchors, ignoring ASCII case", () => {
    const f = scanAnchors("The SCORECARD of a REFINERY");
    expect(anyOf(f, [core!])).toBe(true);
    expect(anyOf(f, [ore!])).toBe(true);
    expect(anyOf(f, [refine!])).toBe(true);
  });
  test("scanAnchors() finds CJK anchors and reports absent ones as absent", () => {
    const f = scanAnchors("中国稀土出口");
    expect(anyOf(f, [cjk!])).toBe(true);
    expect(anyOf(f, [ore!, refine!])).toBe(false);
  });
  test("scanAnchors() work grows linearly with the text", () => {
    const scanner = new AnchorScanner();
    scanAnchors("x".repeat(1000), scanner);
    scanAnchors("y".repeat(500), scanner);
    expect(scanner.work.chars).toBe(1500);
  });
});

describe("periods: reporting quarters and table labels", () => {
  test("findPeriods() reads 'quarter ended 30 June 2022' as the calendar quarter", () => {
    expect(findPeriods("for the quarter ended 30 June 2022", ctx(null))[0]!.period).toBe("2022-Q2");
    expect(findPeriods("three months ending March 31, 2024", ctx(null))[0]!.period).toBe("2024-Q1");
  });
  test("findPeriods() reads a fiscal quarter split over lines", () => {
    expect(findPeriods("(Q2\n\nFY24:", ctx(null))[0]!.period).toBe("2023-Q4");
    expect(findPeriods("Q2 and then FY24", ctx(null)).some((p) => p.period === "2023-Q4")).toBe(false);
  });
  test("extractArticle() gives table cells the period of their label lines and the reporting quarter", () => {
    const text = [
      "title: Widget Mining: quarter ended 31 March 2024",
      "date: 2024-04-20",
      "---",
      "Quarterly revenue:",
      "",
      "A$120.5m",
      "",
      "(Q2",
      "",
      "FY24:",
      "",
      "A$98.1)",
      "",
      "Sales in the quarter were A$130m.",
    ].join("\n");
    const claims = extractArticle(text).claims;
    expect(claims.map((c) => [c.value, c.period])).toEqual([
      [120.5e6, "2024-Q1"],
      [98.1e6, "2023-Q4"],
      [130e6, "2024-Q1"],
    ]);
    expect(claims[1]!.note).toBe("implied m (table)");
  });
  test("extractArticle() does not scale a bare amount that follows a cell without m", () => {
    const text = "Price:\n\nA$120\n\n(prior:\n\nA$98)";
    expect(extractArticle(text, { docDate: "2024-04-20" }).claims.map((c) => c.value)).toEqual([120, 98]);
  });
});

describe("events: headlines and repeats", () => {
  const body =
    "Ministry tightens export controls on magnets\nThe ministry imposed export controls on magnet alloys on May 3.";
  test("isHeading() recognises the headline line and not a full sentence", () => {
    expect(isHeading(body, { start: 0, end: 44 })).toBe(true);
    expect(isHeading(body, { start: 45, end: body.length })).toBe(false);
  });
  test("extractArticle() takes events from sentences, not from the headline", () => {
    const { events } = extractArticle(body, { docDate: "2025-06-01" });
    expect(events.map((e) => [e.type, e.date, e.quote_start])).toEqual([
      ["export_control", "2025-05-03", 45],
    ]);
  });
  test("dedupeEvents() drops an undated repeat but keeps dated events of the same type", () => {
    const ev = (type: ExtractedEvent["type"], date: string | null, at: number) =>
      ({ type, date, quote_start: at }) as ExtractedEvent;
    const out = dedupeEvents([
      ev("tariff", null, 0),
      ev("tariff", null, 50),
      ev("export_control", "2025-10-09", 90),
      ev("export_control", "2025-10-09", 140),
    ]);
    expect(out.map((e) => e.quote_start)).toEqual([0, 90, 140]);
  });
});

describe("linear work", () => {
  const units = fc.constantFrom(
    "Exports rose 5% to 100 tons in May. ",
    "9,9,9,9 1.1.1.1 ",
    "May June July Q3 FY22 H1 2025 ",
    "export controls licence tariff price plant loan ",
    "A$1.5m\n\n(Q3\n\nFY22:\n\nA$2)\n",
  );
  fcTest.prop([units, fc.integer({ min: 20, max: 60 })])(
    "extractArticle() work grows linearly with the input",
    (unit, n) => {
      const work = (k: number) => {
        const w: ExtractWork = { sentences: 0, tokens: 0, keywordHits: 0, ruleRuns: 0, htmlChars: 0 };
        extractArticle(unit.repeat(k), { docDate: "2025-05-05", work: w });
        return w.sentences + w.tokens + w.keywordHits + w.ruleRuns;
      };
      const w1 = work(n);
      const w2 = work(2 * n);
      expect(w2).toBeLessThanOrEqual(2 * w1 + 50);
      expect(w2).toBeGreaterThanOrEqual(w1);
    },
  );
});
