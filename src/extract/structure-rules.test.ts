import { describe, expect, test } from "vitest";
import { captionUnit } from "./values.ts";
import { extractArticle } from "./extract.ts";

// Sentences written for these tests: flattened tables, report dates, year-less quarters and lead subjects.
const claims = (text: string, docDate = "2025-11-14") => extractArticle(text, { docDate }).claims;
const by = (text: string, value: number, docDate?: string) => {
  const c = claims(text, docDate).find((x) => x.value === value);
  if (!c) throw new Error(`no claim with value ${value}`);
  return c;
};

describe("flattened tables", () => {
  const row =
    "Magnet exports by market (tonnes, change y/y): Canada 215 (+4.2%); Poland 96 (-7.5%); Mexico 133 (+12.0%).";
  test("bare numbers under a unit caption take its unit, and the row's place is the destination", () => {
    expect(by(row, 215)).toMatchObject({ unit: "t", counterparty: "Canada", metric: "export volume" });
    expect(by(row, 96).counterparty).toBe("Poland");
    expect(by(row, 133).counterparty).toBe("Mexico");
  });
  test("the caption's basis gives the row's change its kind", () => {
    expect(by(row, 96).change).toMatchObject({ kind: "yoy", value: -7.5 });
    expect(by(row, 133).change).toMatchObject({ kind: "yoy", value: 12 });
  });
  test("a caption needs a bracket or a comma before its unit word; a unit after a numeral is that numeral's", () => {
    expect(captionUnit("Imports from Laos, tonnes: Jan 40", 29)?.unit).toBe("t");
    expect(captionUnit("Output reached 40 tonnes: a record, up 50", 39)).toBeNull();
    expect(claims("Shipments to Canada rose in October: 215 and 96 were the figures.")).toHaveLength(0);
  });
});

describe("periods", () => {
  test("the day a report came out is not the period of its figures", () => {
    const text =
      "Exports to Italy rose to 240 tonnes in October, while those to Spain were 85 tonnes, data released on Tuesday showed.";
    expect(by(text, 240).period).toBe("2025-10");
    expect(by(text, 85).period).toBe("2025-10");
  });
  test("a quarter or half named without a year is the latest one begun by the article's date", () => {
    expect(by("The group's fourth-quarter revenue was $52 million.", 52e6, "2026-02-03").period).toBe(
      "2025-Q4",
    );
    expect(by("Second-half output reached 900 tonnes in the second half.", 900, "2026-02-03").period).toBe(
      "2025-H2",
    );
    expect(by("Revenue in the first quarter was $31 million.", 31e6, "2026-05-03").period).toBe("2026-Q1");
  });
  test("'of this year' and 'of last year' name the year", () => {
    const t = "In the first three quarters of last year, output of the magnets reached 4,100 tons.";
    expect(by(t, 4100, "2026-01-20").period).toBe("2025-01..2025-09");
    const u = "In the first three quarters of this year, output of the magnets reached 4,300 tons.";
    expect(by(u, 4300, "2025-12-01").period).toBe("2025-01..2025-09");
  });
  test("a change after 'from … but' is not a comparison base", () => {
    const t = "Exports of the magnets in May fell 3.1% from a year earlier but rose 6.4% on the month.";
    expect(claims(t, "2025-06-20")[0]?.period).toBe("2025-05");
  });
});

describe("the article's subject", () => {
  test("a company that opens the article is its main entity, even when named once", () => {
    const text =
      "Ardent Coil Systems reported third-quarter revenue of $40 million. Net income rose to $3.1 million.";
    expect(by(text, 3.1e6).entity).toBe("Ardent Coil Systems");
  });
});

describe("carried context", () => {
  test("a market's product is named before 'market' and carried to later market figures", () => {
    const text =
      "The global sintered ferrite market was valued at USD 2.4 billion in 2024. The motor segment held a 21% share in 2024.";
    expect(by(text, 2.4e9).entity).toBe("sintered ferrites");
    expect(by(text, 21).entity).toBe("sintered ferrites");
  });
  test("a growth rate stated alone continues the last amount's metric, not a share's", () => {
    const text =
      "The global sintered ferrite market was valued at USD 2.4 billion in 2024. Europe held a 21% share. The motor segment will grow at a CAGR of 6.1%.";
    const cagr = claims(text).find((c) => c.change.kind === "cagr");
    expect(cagr).toMatchObject({ metric: "market size", value: null });
  });
  test("a forecast continues the forecast period of the sentence before; an actual figure does not", () => {
    const text =
      "For 2027, the firm expects sales of $200 million. Capital spending is planned at $30 million.";
    expect(by(text, 30e6, "2026-03-02").period).toBe("2027");
    const actual =
      "For 2027, the firm expects sales of $200 million. Capital spending was $12 million in 2025.";
    expect(by(actual, 12e6, "2026-03-02").period).toBe("2025");
  });
  test("a base amount after a price in the same currency is a price", () => {
    const text =
      "Prices of terbium oxide in Europe rose to $3,900 per kilogram in May, up from $3,700 in April.";
    expect(by(text, 3700, "2025-06-02")).toMatchObject({ unit: "USD/kg", period: "2025-04" });
  });
  test("an unchanged level gets a flat change with its basis and no value", () => {
    const c = by("Holmium oxide was quoted at $95/kg, unchanged on the week.", 95);
    expect(c.change).toMatchObject({ direction: "flat", kind: "wow", value: null });
  });
  test("a comparison period after 'than the … of' is not the figure's period", () => {
    const text = "The 2026 quota was set at 95,000 tonnes, 4% lower than the first batch of last year.";
    expect(by(text, 95000, "2026-04-01").period).toBe("2026");
  });
  test("'products' is not production; quotas are the state's, not the ministry's", () => {
    expect(by("Exports of magnet products totalled 310 tonnes in June.", 310).metric).toBe("export volume");
    const q = by(
      "The Ministry of Industry and Information Technology set the 2026 mining quota at 95,000 tonnes.",
      95000,
    );
    expect(q.entity).toBe("China");
  });
});

describe("respectively", () => {
  test("coordinated destinations are matched to the figures by position", () => {
    const text =
      "Shipments to Turkey, Brazil and Canada were 120 tonnes, 95 tonnes and 60 tonnes respectively in June.";
    expect(by(text, 120).counterparty).toBe("Turkey");
    expect(by(text, 95).counterparty).toBe("Brazil");
    expect(by(text, 60).counterparty).toBe("Canada");
  });
  test("without 'respectively' a list is not distributed", () => {
    const text = "Shipments to Turkey and Brazil were 120 tonnes in June.";
    expect(by(text, 120).counterparty).not.toBe("Brazil");
  });
});
