import { describe, expect, test } from "vitest";
import { extractArticle } from "./extract.ts";

const claims = (text: string, docDate?: string) => extractArticle(text, docDate ? { docDate } : {}).claims;
const by = (list: ReturnType<typeof claims>, value: number) => {
  const c = list.find((x) => x.value === value || x.value_min === value || x.change.value === value);
  if (!c) throw new Error(`no claim with value ${value}`);
  return c;
};

describe("periods from sentence structure", () => {
  test("an article with no year and no date gets null periods and a no_year warning", () => {
    const x = extractArticle(
      "Magnet exports rose to 4,200 tonnes in March. Output fell to 900 tonnes in the second quarter.",
    );
    expect(x.meta.warnings?.map((w) => w.code)).toEqual(["no_year"]);
    expect(x.meta.warnings?.[0]?.message).toMatch(/--date YYYY-MM-DD/);
    expect(x.claims.map((c) => c.period)).toEqual([null, null]);
    expect(JSON.stringify(x.claims)).not.toContain("XXXX");
  });
  test("a dated article gets no warning", () => {
    const x = extractArticle("Magnet exports rose to 4,200 tonnes in March.", { docDate: "2025-04-20" });
    expect(x.meta.warnings).toEqual([]);
    expect(x.claims[0]!.period).toBe("2025-03");
  });
  test("a target year does not become the year of undated months", () => {
    const text = "A new plant is to open in 2029. Output fell to 800 tonnes in June.";
    expect(by(claims(text), 800).period).toBeNull();
  });
  test("the title's year dates the months of an undated article", () => {
    const text = "title: Oxide output in September 2024\n---\nOutput fell to 800 tonnes in September.";
    expect(by(claims(text), 800).period).toBe("2024-09");
  });
  test("a reference period (since, than in) is never a level's own period", () => {
    const text = "Exports in May reached 700 t. Shipments reached 619 t, 4.8% higher than in July 2024.";
    expect(by(claims(text, "2025-08-10"), 619).period).toBe("2025-05");
    const high = claims("Revenue was A$141 million, the highest since the June 2023 quarter.", "2025-01-20");
    expect(high[0]!.period).not.toBe("2023-Q2");
  });
  test("a share takes a period only from its own clause", () => {
    const text = "Exports rose to 5,000 t in 2024. China controls 70% of global mining.";
    expect(by(claims(text, "2025-03-01"), 70).period).toBeNull();
    expect(by(claims(text, "2025-03-01"), 5000).period).toBe("2024");
  });
  test("a company's figures without a period take the quarter its title reports on; the base the quarter before", () => {
    const text = [
      "title: Widget Metals reports third quarter 2025 results",
      "date: 2025-11-05",
      "---",
      "Revenue increased 20% year over year to $80.5 million.",
      "The average selling price rose from $40.1/kg to $44.7/kg quarter-on-quarter.",
    ].join("\n");
    const list = claims(text);
    expect(by(list, 80.5e6).period).toBe("2025-Q3");
    expect(by(list, 44.7).period).toBe("2025-Q3");
    expect(by(list, 40.1).period).toBe("2025-Q2");
  });
  test("a cash balance is stated at the closing day of its quarter", () => {
    const text = "title: Quarter ended 30 June 2024\n---\nCash and short-term deposits were A$500.2 million.";
    const c = claims(text).find((x) => x.metric === "cash and short-term deposits");
    expect(c?.period).toBe("2024-06-30");
  });
  test("'today' is the article's day", () => {
    expect(by(claims("Today, terbium oxide was quoted at 7,100 yuan/kg.", "2026-01-08"), 7100).period).toBe(
      "2026-01-08",
    );
  });
  test("a forecast's target year is not carried to the next sentence", () => {
    const text = "The plant will reach 10,000 t in 2028. Prices rose to $60 per kilogram.";
    expect(by(claims(text), 60).period).toBeNull();
  });
});

describe("claims from sentence structure", () => {
  test("a percentage right after 'from' is a base level, not a change", () => {
    const c = by(claims("The fund will own a 3% stake, up from 0.3%.", "2025-01-01"), 0.3);
    expect([c.value, c.change.value]).toEqual([0.3, null]);
  });
  test("a CAGR written after the figure is a change of kind cagr", () => {
    const c = claims("Sales are set for a 12% CAGR to 2030.", "2025-01-01")[0]!;
    expect([c.value, c.change.kind, c.change.value]).toEqual([null, "cagr", 12]);
  });
  test("a repeated change-only claim gives up its first change and keeps an unrepeated one", () => {
    const text = "Exports up 10.5% y/y, up 2.5% m/m\nIn May exports climbed 10.5% from a year earlier.";
    const changes = claims(text, "2025-06-08").map((c) => c.change.value);
    expect(changes).toContain(2.5);
    expect(changes.filter((v) => v === 10.5)).toHaveLength(1);
  });
  test("a figure in a headline is kept at its running-text mention", () => {
    const text = "Bank approves $7 billion loan\nThe bank approved $7 billion in financing for miners.";
    const list = claims(text, "2025-06-08").filter((c) => c.value === 7e9);
    expect(list).toHaveLength(1);
    expect(list[0]!.quote_start).toBeGreaterThan(0);
  });
  test("'more than tripled' is a multiplier and gigawatts are a unit", () => {
    expect(by(claims("Sales more than tripled in the quarter.", "2025-01-01"), 3).unit).toBe("x");
    expect(by(claims("Wind capacity reached 1,050 GW in 2024.", "2025-01-01"), 1050).unit).toBe("GW");
  });
});
