import { describe, expect, it } from "vitest";
import type { PricePointUsd, PriceSource, PricesResult } from "./price-types.ts";
import { briefReport } from "./report-brief.ts";
import { briefPrices, pricesSection } from "./report-brief-prices.ts";

const source = (id: string, publisher: string): PriceSource => ({
  id,
  publisher,
  title: "",
  url: `https://example.org/${id}`,
  published: "2025-07-20",
  licence: "facts-attributed",
});
const fed = source("fx", "Central bank of somewhere");
const vatLaw = source("vat", "Tax office");
const point = (period: string, over: Partial<PricePointUsd> = {}): PricePointUsd => ({
  figureId: `p-${period}`,
  material: "NdPr oxide",
  market: "china",
  basis: "domestic",
  location: "China domestic spot",
  priceType: "spot",
  period,
  date: period.length === 4 ? `${period}-07-02` : period.length === 7 ? `${period}-16` : period,
  usdPerKg: 50,
  lowUsdPerKg: 50,
  highUsdPerKg: 50,
  published: { low: 50, high: 50, unit: "USD/kg" },
  fx: null,
  vat: null,
  approx: false,
  source: source(`s-${period}`, "A trade paper"),
  ...over,
});

const result: PricesResult = {
  unit: "USD/kg",
  method: "",
  premium: [],
  series: [
    {
      material: "NdPr oxide",
      market: "china",
      points: [
        point("2025-07-03", {
          usdPerKg: 60,
          lowUsdPerKg: 59,
          highUsdPerKg: 61,
          published: { low: 480, high: 496, unit: "CNY/kg" },
          fx: { base: "USD", quote: "CNY", period: "2025-07", rate: 7.16, source: fed },
          vat: { ratePct: 13, stated: false, source: vatLaw },
        }),
        point("2025-06-30"),
      ],
    },
    // An annual average sits mid-year (its date is in July) but is not a price of July.
    { material: "NdPr oxide", market: "outside", points: [point("2025", { market: "outside" })] },
  ],
  skipped: [
    {
      figureId: "x",
      material: "Dy oxide",
      period: "2025-07-21",
      reason: "no sourced CNY/USD rate for 2025-07",
    },
    {
      figureId: "y",
      material: "Dy oxide",
      period: "2025-08-01",
      reason: "no sourced CNY/USD rate for 2025-08",
    },
  ],
};

describe("the brief's prices", () => {
  it("keeps the points dated in the month, in USD/kg without VAT with the rate and VAT used", () => {
    const { prices, pricesLeftOut } = briefPrices(result, "2025-07");
    expect(prices.map((p) => p.period)).toEqual(["2025-07-03"]);
    expect(prices[0]!.usdPerKg).toBe(60);
    expect(prices[0]!.published).toBe("480–496 CNY/kg, China domestic spot, spot");
    expect(prices[0]!.conversion).toContain("7.16 CNY/USD, 2025-07 average (Central bank of somewhere)");
    expect(prices[0]!.conversion).toContain("13% VAT removed (taken to include VAT) (Tax office)");
    expect(pricesLeftOut).toEqual([
      { material: "Dy oxide", period: "2025-07-21", reason: "no sourced CNY/USD rate for 2025-07" },
    ]);
  });

  it("prints the USD range and names what was left out; the rate's source is among the report's sources", () => {
    const { prices, pricesLeftOut } = briefPrices(result, "2025-07");
    const section = pricesSection("2025-07", prices, pricesLeftOut);
    expect(section.table!.rows[0]!.slice(0, 4)).toEqual(["NdPr oxide", "2025-07-03", "China", "59–61"]);
    expect(section.paragraphs!.join(" ")).toContain("Dy oxide 2025-07-21: no sourced CNY/USD rate");
    const world = { name: "World", unit: "t", items: [] };
    const doc = briefReport({
      month: "2025-07",
      world,
      destinations: [],
      prices,
      pricesLeftOut,
      generatedAt: "2026-01-01 00:00",
    });
    expect(doc.sources.map((s) => s.publisher)).toEqual([
      "A trade paper",
      "Central bank of somewhere",
      "Tax office",
    ]);
  });

  it("says so when no price of the month could be converted", () => {
    const { prices, pricesLeftOut } = briefPrices(result, "2024-01");
    const section = pricesSection("2024-01", prices, pricesLeftOut);
    expect(section.paragraphs).toEqual([
      "No price dated in 2024-01 could be converted to USD/kg without VAT.",
    ]);
    expect(section.table).toBeUndefined();
  });
});
