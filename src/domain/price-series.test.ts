/** buildPriceSeries: USD/kg without VAT with the rates used, what is left out and why, the premium; filterPrices. */
import { describe, expect, it } from "vitest";
import { filterPrices, PriceQuerySchema } from "./price-query.ts";
import { buildPriceSeries, type PriceFigureIn, type PriceInputs, pricePointUsd } from "./price-series.ts";

// Every price and rate below is a test input chosen for these tests, not data.
const src = (id: string) => ({
  id,
  publisher: `Publisher ${id}`,
  title: "",
  url: "",
  published: "2024",
  licence: "public-domain",
});
const fig = (id: string, over: Partial<PriceFigureIn>): PriceFigureIn => ({
  id,
  material: "NdPr oxide",
  location: "China domestic spot (ex-works)",
  variant: "spot",
  note: "",
  period: "2024-05-10",
  periodStart: "2024-05-10",
  periodEnd: "2024-05-10",
  value: null,
  low: 400_000,
  high: 420_000,
  qualifier: null,
  approx: false,
  unit: "CNY/t",
  excludeReason: "",
  isLatest: true,
  isForecast: false,
  source: src(`price-${id}`),
  ...over,
});
const rates: PriceInputs["exchangeRates"] = [
  { base: "USD", quote: "CNY", period: "2024-05", rate: 7.2, source: src("fx-month") },
  { base: "USD", quote: "CNY", period: "2024", rate: 7.1, source: src("fx-year") },
  { base: "EUR", quote: "USD", period: "2024", rate: 1.1, source: src("fx-eur") },
];
const taxes: PriceInputs["taxRates"] = [
  { jurisdiction: "China", tax: "VAT", from: "2019-04-01", to: "", ratePct: 13, source: src("vat") },
];
const inputs = { exchangeRates: rates, taxRates: taxes };

const point = (f: PriceFigureIn) => {
  const c = pricePointUsd(f, inputs);
  if (!("point" in c)) throw new Error(`expected a point, got: ${c.reason}`);
  return c.point;
};

describe("pricePointUsd", () => {
  it("converts a yuan-per-tonne domestic price with the month's rate and removes China's VAT", () => {
    const p = point(fig("a", {}));
    expect(p.market).toBe("china");
    expect(p.fx).toMatchObject({ period: "2024-05", rate: 7.2, source: { id: "fx-month" } });
    expect(p.vat).toMatchObject({ ratePct: 13, stated: false, source: { id: "vat" } });
    expect(p.lowUsdPerKg).toBeCloseTo(400 / 7.2 / 1.13, 9);
    expect(p.highUsdPerKg).toBeCloseTo(420 / 7.2 / 1.13, 9);
    expect(p.usdPerKg).toBeCloseTo(410 / 7.2 / 1.13, 9);
    expect(p.published).toEqual({ low: 400_000, high: 420_000, unit: "CNY/t" });
  });

  it("falls back to the year's average when the month has no rate", () => {
    const p = point(fig("b", { period: "2024-09-02", periodStart: "2024-09-02", periodEnd: "2024-09-02" }));
    expect(p.fx).toMatchObject({ period: "2024", rate: 7.1 });
  });

  it("keeps a price stated without VAT as it is and converts other currencies to USD", () => {
    const ex = point(fig("c", { location: "China domestic (ex VAT)", note: "excl. VAT" }));
    expect(ex.vat).toBeNull();
    expect(ex.usdPerKg).toBeCloseTo(410 / 7.2, 9);
    const eur = point(fig("d", { location: "Europe (delivered)", unit: "EUR/kg", low: 100, high: 100 }));
    expect(eur.market).toBe("outside");
    expect(eur.usdPerKg).toBeCloseTo(110, 9);
    expect(eur.vat).toBeNull();
  });

  it("leaves a USD price outside China untouched", () => {
    const p = point(fig("e", { location: "FOB China", unit: "USD/kg", low: 60, high: 62 }));
    expect(p).toMatchObject({ market: "outside", fx: null, vat: null, usdPerKg: 61 });
  });

  it("says why a price is left out instead of guessing a rate", () => {
    const noRate = pricePointUsd(
      fig("f", { period: "2025-06-03", periodStart: "2025-06-03", periodEnd: "2025-06-03" }),
      inputs,
    );
    expect(noRate).toEqual({ reason: "no sourced CNY/USD rate for 2025-06 (monthly) or 2025 (annual)" });
    expect(pricePointUsd(fig("g", { qualifier: "gt", value: 50, low: null, high: null }), inputs)).toEqual({
      reason: "a bound (> or <), not a price",
    });
    expect(pricePointUsd(fig("h", { unit: "%" }), inputs)).toMatchObject({
      reason: expect.stringContaining("%"),
    });
    expect(pricePointUsd(fig("i", { isLatest: false }), inputs)).toMatchObject({
      reason: expect.stringContaining("older edition"),
    });
  });

  it("places a period's point at its middle day", () => {
    const p = point(
      fig("j", {
        period: "2024",
        periodStart: "2024-01-01",
        periodEnd: "2024-12-31",
        unit: "USD/kg",
        low: 1,
        high: 1,
      }),
    );
    expect(p.date).toBe("2024-07-01");
  });
});

describe("buildPriceSeries", () => {
  const figures = [
    fig("cn-1", {}),
    fig("cn-2", {
      period: "2024-05-20",
      periodStart: "2024-05-20",
      periodEnd: "2024-05-20",
      low: 430_000,
      high: 430_000,
    }),
    fig("out-1", {
      location: "CIF Rotterdam",
      unit: "USD/kg",
      low: 70,
      high: 74,
      period: "2024-05-15",
      periodStart: "2024-05-15",
      periodEnd: "2024-05-15",
    }),
    fig("out-annual", {
      location: "FOB (annual)",
      unit: "USD/kg",
      low: 65,
      high: 65,
      period: "2024",
      periodStart: "2024-01-01",
      periodEnd: "2024-12-31",
    }),
    fig("gone", { period: "2026-01-05", periodStart: "2026-01-05", periodEnd: "2026-01-05" }),
  ];
  const r = buildPriceSeries({ figures, ...inputs });

  it("groups points per material and market, sorted by date, and lists what it left out", () => {
    expect(r.series.map((s) => [s.material, s.market, s.points.map((p) => p.figureId)])).toEqual([
      ["NdPr oxide", "china", ["cn-1", "cn-2"]],
      ["NdPr oxide", "outside", ["out-1", "out-annual"]],
    ]);
    expect(r.skipped.map((s) => s.figureId)).toEqual(["gone"]);
  });

  it("gives the premium outside China per quarter from the quarter's means, annual averages not paired", () => {
    const china = (410 / 7.2 / 1.13 + 430 / 7.2 / 1.13) / 2;
    expect(r.premium).toHaveLength(1);
    expect(r.premium[0]).toMatchObject({ quarter: "2024-Q2", chinaPoints: 2, outsidePoints: 1 });
    expect(r.premium[0]!.premiumPct).toBeCloseTo((72 / china - 1) * 100, 9);
  });

  it("filters by market and date range; a bad filter is refused with what was expected", () => {
    const q = PriceQuerySchema.parse({ market: "outside", from: "2024-05", to: "2024-05" });
    const f = filterPrices(r, q);
    expect(f.series.map((s) => s.points.map((p) => p.figureId))).toEqual([["out-1"]]);
    const bad = PriceQuerySchema.safeParse({ market: "inland", from: "2024-13" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["market", "from"]);
  });
});
