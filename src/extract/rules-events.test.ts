/** Tests for the event, period, claim-period and trigger-index rules added for events F1, strict F1 and throughput. */
import { describe, expect, test } from "vitest";
import { dedupeEvents, extractArticle } from "./extract.ts";
import { classifyMetric } from "./metrics.ts";
import { findPeriods, type PeriodContext } from "./periods.ts";
import { unitAfter } from "./quantities.ts";
import type { ExtractedEvent } from "./schema.ts";
import { anchorIds, anyOf, scanAnchors } from "./triggers.ts";

const ctx = (docDate: string | null, contextMonth: string | null = null): PeriodContext => ({
  docDate,
  fallbackYear: docDate ? null : 2025,
  contextMonth,
  contextQuarter: null,
  fiscalJune: false,
});
const events = (text: string, docDate = "2025-11-20") =>
  extractArticle(text, { docDate }).events.map((e) => [e.type, e.date, e.actor]);

describe("trigger index: word-boundary anchors and groups", () => {
  const [may, q1] = anchorIds(["\\bmay\\b", "\\bq1"]);
  test("a \\b anchor is found at word boundaries", () => {
    const f = scanAnchors("Output fell in May; Q1-Q3 sales rose.");
    expect(anyOf(f, [may!])).toBe(true);
    expect(anyOf(f, [q1!])).toBe(true);
  });
  test("a \\b anchor is not found inside a longer word", () => {
    const f = scanAnchors("The Mayor visited HQ1 and the mayhem ended.");
    expect(anyOf(f, [may!])).toBe(false);
    expect(anyOf(f, [q1!])).toBe(false);
  });
  test("a registered list answers as a group (any member present)", () => {
    const group = anchorIds(["zircon", "hafnium"]);
    expect(anyOf(scanAnchors("a hafnium refinery"), group)).toBe(true);
    expect(anyOf(scanAnchors("a titanium refinery"), group)).toBe(false);
  });
});

describe("periods: new forms", () => {
  test("'July of the previous year' is the reporting year minus one", () => {
    const p = findPeriods("up from 5,000 tons in July of the previous year", ctx(null, "2025-07"));
    expect(p.map((x) => x.period)).toEqual(["2024-07"]);
  });
  test("'of the year' without previous/last is not shifted", () => {
    const p = findPeriods("exports in July of the year rose", ctx("2025-09-01"));
    expect(p.map((x) => x.period)).toEqual(["2025-07"]);
  });
  test("a day date followed by a comma and a clause is a date ('on October 9, to expand')", () => {
    const p = findPeriods("announced on October 9, to expand the list", ctx("2025-10-20"));
    expect(p[0]).toMatchObject({ period: "2025-10-09", isDate: true });
  });
  test("'October 9, 2025' keeps its written year and '9,000' is no day", () => {
    expect(findPeriods("on October 9, 2025 it said", ctx("2026-01-01"))[0]!.period).toBe("2025-10-09");
    expect(findPeriods("in October 9,000 tonnes left", ctx("2025-12-01"))[0]!.period).toBe("2025-10");
  });
  test("a weekday right after a reporting verb resolves ('announced Thursday')", () => {
    expect(findPeriods("the company announced Thursday a deal", ctx("2025-01-24"))[0]!.period).toBe(
      "2025-01-23",
    );
    expect(findPeriods("a Thursday meeting", ctx("2025-01-24"))).toEqual([]);
  });
  test("year-bearing rules still read years; month words inside other words are not months", () => {
    expect(findPeriods("in May 2024 and 2025 Q1", ctx(null)).map((x) => x.period)).toEqual([
      "2024-05",
      "2025-Q1",
    ]);
    expect(findPeriods("the market declined in a grammar test", ctx("2025-05-05"))).toEqual([]);
  });
});

describe("claims: comparison-base periods and the reporting month", () => {
  const body = "Magnet exports in November hit a record.\nShipments also rose 12% from October.";
  test("a change takes no period from its comparison base ('rose 12% from October')", () => {
    const c = extractArticle(body, { docDate: "2025-12-20" }).claims.find((x) => x.change.value === 12);
    expect(c?.period).toBe("2025-11");
  });
  test("a change with its own period keeps it", () => {
    const c = extractArticle("Shipments in September rose 25% from August.", { docDate: "2025-12-20" })
      .claims[0];
    expect(c?.period).toBe("2025-09");
  });
  test("a trade level without a period takes the reporting month", () => {
    const text = "Magnet exports in November hit a record.\nShipments to Japan reached 1,200 tonnes.";
    const c = extractArticle(text, { docDate: "2025-12-20" }).claims.find((x) => x.value === 1200);
    expect(c?.period).toBe("2025-11");
  });
});

describe("events: background clauses, dates and actors", () => {
  test("an undated trigger in a background clause makes no extra event when the type is reported", () => {
    const text =
      "The ministry imposed export controls on magnet alloys on May 3.\nShipments slumped after export controls took hold.";
    expect(events(text, "2025-06-10")).toEqual([["export_control", "2025-05-03", "China"]]);
  });
  test("a trigger in a relative clause ('the degree to which …') is background", () => {
    const text =
      "The ministry imposed export controls on magnet alloys on May 3.\nThe data show the degree to which export controls cut shipments.";
    expect(events(text, "2025-07-10")).toEqual([["export_control", "2025-05-03", "China"]]);
  });
  test("a background clause with its own date is an event with that date", () => {
    const text = "Following talks between the two trade ministers earlier this month, buyers returned.";
    expect(events(text, "2025-06-18")).toEqual([["trade_talks", "2025-06", "China"]]);
  });
  test("a main-clause event takes the date of its clause, not the background one", () => {
    const text = "The ministry on October 9 expanded export controls ahead of trade talks in late October.";
    const ev = extractArticle(text, { docDate: "2025-11-20" }).events;
    expect(ev.find((e) => e.type === "export_control")?.date).toBe("2025-10-09");
    expect(ev.find((e) => e.type === "trade_talks")?.salience).toBe("peripheral");
  });
  test("one word triggers one type: 'grant … licences' is a licence, not a grant", () => {
    const ev = events("The ministry moved to grant longer general licences to magnet makers.");
    expect(ev.map((e) => e[0])).toEqual(["export_license"]);
  });
  test("a real grant is still a grant", () => {
    expect(events("The agency awarded grants to three recycling firms.").map((e) => e[0])).toContain("grant");
  });
  test("the actor is the subject of the trigger's clause", () => {
    const text =
      "Under a supply agreement with Lynas, the Pentagon will guarantee a floor price on NdPr oxide.";
    expect(events(text).find((e) => e[0] === "price_floor")).toEqual([
      "price_floor",
      null,
      "US Department of Defense",
    ]);
  });
  test("the agent of a passive or the source of money is the actor", () => {
    expect(events("A separation start-up was awarded a contract by the Pentagon.")[0]).toEqual([
      "contract_award",
      null,
      "US Department of Defense",
    ]);
    expect(events("The recycler secured a new investment from Tesla.")[0]?.[2]).toBe("Tesla");
  });
  test("without a named subject, state-only types default to China and others to the main entity", () => {
    expect(events("The government expanded export controls to the United States.")[0]?.[2]).toBe("China");
  });
  test("'said on Tuesday that …' dates the reported act; '… reported on Wednesday' does not", () => {
    const text =
      "A motor maker said on Monday that output at its drive and pump lines had slowed for a third week running because parts were short, and that it had applied for an export licence, a trade paper reported on Friday.";
    const ev = extractArticle(text, { docDate: "2025-04-26" }).events;
    expect(ev.find((e) => e.type === "export_license_application")?.date).toBe("2025-04-21");
  });
  test("taking a stake, committing to buy output and a plant starting production are events", () => {
    expect(events("A state fund is taking a 20% stake in a magnet recycler.").map((e) => e[0])).toEqual([
      "equity_investment",
    ]);
    expect(events("The utility committed to purchasing the mine's whole output.").map((e) => e[0])).toEqual([
      "offtake",
    ]);
    expect(events("The recycler's second plant should start production in 2027.", "2025-07-01")[0]).toEqual([
      "facility",
      "2027",
      "China",
    ]);
    expect(events("The stakes are high for the factory workers.")).toEqual([]);
  });
});

describe("dedupeEvents(): restatements and background mentions", () => {
  const ev = (
    type: ExtractedEvent["type"],
    date: string | null,
    at: number,
    salience: "core" | "peripheral" = "core",
    actor = "China",
  ) => ({ type, date, quote_start: at, salience, actor }) as ExtractedEvent;
  test("an undated mention of a type dated elsewhere is dropped", () => {
    const out = dedupeEvents([ev("export_control", null, 0), ev("export_control", "2025-04-04", 50)]);
    expect(out.map((e) => e.quote_start)).toEqual([50]);
  });
  test("an undated event of a type not dated elsewhere is kept", () => {
    const out = dedupeEvents([ev("tariff", null, 0), ev("export_control", "2025-04-04", 50)]);
    expect(out.map((e) => e.quote_start)).toEqual([0, 50]);
  });
  test("a dated background mention of a reported act is dropped; a new dated one is kept", () => {
    const out = dedupeEvents([
      ev("export_control", "2025-04-04", 0),
      ev("export_control", "2025-04-04", 50, "peripheral"),
      ev("trade_talks", "2025-06", 90, "peripheral"),
    ]);
    expect(out.map((e) => e.quote_start)).toEqual([0, 90]);
  });
});

describe("lookups gated by the trigger index give the ungated answers", () => {
  const sentences = [
    "Net profit attributable to shareholders rose 12% to RMB 310 million.",
    "Exports of magnets to Germany reached 1,116 tonnes, a 46% increase.",
    "The listed price of NdPr oxide was 512,000 yuan/t.",
  ];
  test("classifyMetric() with and without anchors", () => {
    for (const s of sentences) {
      const i = s.search(/\d/);
      for (const cls of ["money", "mass", "percent", "price", "change"] as const) {
        const plain = classifyMetric(cls, `${s} `, i, i + 3);
        const gated = classifyMetric(cls, s, i, i + 3, scanAnchors(s));
        expect(gated).toEqual({ metric: plain.metric, family: plain.family });
      }
    }
  });
  test("unitAfter() reads units by first character and skips count nouns when told", () => {
    expect(unitAfter("made 5 robots", 6).unit).toBe("units");
    expect(unitAfter("made 5 robots", 6, false).unit).toBeNull();
    expect(unitAfter("5 Metric tons", 1).unit).toBe("t");
    expect(unitAfter("5,000 yuan/t", 5)).toMatchObject({ per: "t", currency: { currency: "CNY" } });
    expect(unitAfter("5 apples", 1).unit).toBeNull();
  });
});
