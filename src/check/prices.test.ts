import { describe, expect, it } from "vitest";
import { checkClaims } from "./check-claims.ts";
import { spanOf } from "./compare.ts";
import { claim, extraction, figure, rate } from "./fixtures.ts";
import { createKnowledgeBase } from "./knowledge-base.ts";
import { convert, priceMaterial } from "./prices.ts";

// Prices, rates and the VAT row below are test inputs chosen for these tests; sentences are our own.
const vat = {
  id: "vat",
  jurisdiction: "China",
  tax: "VAT",
  from: "2019-04-01",
  to: "",
  ratePct: 13,
  source: { id: "vat-test", publisher: "Tax test", url: "" },
};
const point = (
  id: string,
  period: string,
  low: number,
  high: number,
  unit: string,
  location: string,
  material = "NdPr oxide",
) =>
  figure({
    id,
    dataset: "price-points",
    metric: "price",
    entity: material,
    material,
    counterparty: "",
    location,
    period,
    value: null,
    low,
    high,
    unit,
  });
const kb = createKnowledgeBase({
  figures: [
    point("p:cn", "2026-01-29", 740_000, 748_000, "CNY/t", "China domestic spot (ex-works)"),
    point("p:dy", "2026-01-29", 1_400_000, 1_410_000, "CNY/t", "China domestic spot (ex-works)", "Dy oxide"),
    point("p:fob", "2020", 40, 40, "USD/kg", "FOB (annual average)", "Nd oxide"),
  ],
  exchangeRates: [
    rate("USD", "CNY", "2020", 7),
    rate("USD", "CNY", "2020-01", 6.9),
    rate("AUD", "USD", "2023", 0.66),
  ],
  taxRates: [vat],
});
const price = {
  metric: "price",
  metric_family: "price" as const,
  entity: null,
  material: null,
  unit: "CNY/t",
  currency: "CNY",
};
const run = (claims: Parameters<typeof claim>[0][], date = "2026-02-05") => {
  const ex = extraction(claims.map((c) => claim(c)));
  ex.meta.docDate = date;
  return checkClaims(ex, kb).checks;
};

describe("prices with their basis", () => {
  it("agrees with a China domestic price a week earlier and flags one 20% below it", () => {
    const [ok, low] = run([
      {
        id: "c1",
        ...price,
        qualifier: "range",
        value_min: 745_000,
        value_max: 752_000,
        value_text: "745,000-752,000",
        quote: "As of today Pr-Nd oxide traded at 745,000-752,000 yuan/mt.",
      },
      {
        id: "c2",
        ...price,
        value: 600_000,
        value_text: "600,000",
        quote: "As of today Pr-Nd oxide traded at 600,000 yuan/mt.",
      },
    ]);
    expect(ok!.verdict).toBe("consistent");
    expect(ok!.reasons[0]!.message).toMatch(
      /NdPr oxide .* China domestic basis agrees with 740–748 CNY\/kg .*2026-01-29/,
    );
    expect(low!.verdict).toBe("inconsistent");
    expect(low!.reasons[0]).toMatchObject({ kind: "price", expected: { low: 740, high: 748 } });
  });

  it("takes the material from the clause of the number", () => {
    const q =
      "Prices of lanthanum oxide held at 4,500 yuan/mt, while dysprosium oxide rose to 1.40 million yuan/mt.";
    expect(
      priceMaterial(claim({ id: "c", ...price, value: 1_400_000, value_text: "1.40 million", quote: q })),
    ).toBe("Dy oxide");
    expect(priceMaterial(claim({ id: "c", ...price, value: 4500, value_text: "4,500", quote: q }))).toBe(
      "La oxide",
    );
    expect(
      priceMaterial(claim({ id: "c", ...price, value: 1, value_text: "1", quote: "Pr-Nd oxide was 1 yuan" })),
    ).toBe("NdPr oxide");
  });

  it("compares a domestic yuan price with an export price only loosely, without VAT and at a sourced rate", () => {
    const [near, scale] = run(
      [
        {
          id: "c1",
          ...price,
          material: "neodymium oxide",
          value: 290_000,
          value_text: "290,000",
          period: "2020-01-17",
          quote: "Neodymium oxide stood at 290,000 yuan/mt on January 17.",
        },
        {
          id: "c2",
          ...price,
          unit: "CNY/kg",
          value: 290_000,
          value_text: "290,000",
          period: "2020-01-17",
          quote: "Neodymium oxide stood at 290,000 yuan/kg on January 17.",
        },
      ],
      "2020-01-19",
    );
    expect(near!.verdict).toBe("consistent");
    expect(near!.confidence).toBeLessThan(0.5);
    // 290 CNY/kg without 13% VAT = 256.6; 40 USD/kg at the January 2020 average of 6.9 = 276 CNY/kg.
    expect(near!.reasons[0]!.message).toMatch(
      /without 13% VAT.*0\.93× 276 CNY\/kg.*6\.9 CNY per USD \(2020-01 average\)/,
    );
    expect(near!.reasons[0]!.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining(["fx-2020-01", "vat-test"]),
    );
    expect(scale!.verdict).toBe("inconsistent");
    expect(scale!.reasons[0]!.message).toMatch(/unit or scale error/);
  });

  it("checks a conversion the article states against the sourced rate", () => {
    const [c] = run(
      [
        {
          id: "c1",
          metric: "funding",
          metric_family: "price",
          value: 200_000_000,
          value_text: "200 million",
          unit: "AUD",
          currency: "AUD",
          period: "2023",
          conversions: [
            {
              value: 132_000_000,
              value_text: "132 million",
              qualifier: null,
              value_min: null,
              value_max: null,
              approx: false,
              unit: "USD",
              currency: "USD",
              currency_basis: "explicit",
            },
          ],
          quote: "The company secured A$200 million (US$132 million) in 2023.",
        },
      ],
      "2023-06-01",
    );
    expect(c!.reasons.find((r) => r.kind === "price")).toMatchObject({
      outcome: "consistent",
      expected: { value: 0.66 },
      found: { value: 0.66 },
    });
  });

  it("converts with the month's average before the year's", () => {
    expect(convert(kb, 1, "USD", "CNY", "2020-01-17")).toMatchObject({ value: 6.9, precision: "month" });
    expect(convert(kb, 7, "CNY", "USD", "2020-06-01")).toMatchObject({ value: 1, precision: "year" });
    expect(convert(kb, 1, "USD", "CNY", "2024-06-01")).toBeNull();
  });

  it("reads ISO weeks as Monday to Sunday", () => {
    expect(spanOf("2026-W06")).toEqual({ start: "2026-02-02", end: "2026-02-08" });
    expect(spanOf("2025-W01")).toEqual({ start: "2024-12-30", end: "2025-01-05" });
    expect(spanOf("2025-W53")).toBeNull();
  });
});
