import { describe, expect, it } from "vitest";
import {
  assertSameDimension,
  canSum,
  conversionFactor,
  definedMassBasis,
  quantityDimension,
} from "./quantity-dimension.ts";

describe("quantityDimension()", () => {
  it("separates masses by what they count: t REO is oxide, t takes the row's basis", () => {
    expect(quantityDimension("t REO").basis).toBe("oxide");
    expect(quantityDimension("t REO", "not_applicable").basis).toBe("oxide");
    expect(quantityDimension("t", "finished").basis).toBe("finished");
    expect(quantityDimension("t", "not_applicable").basis).toBe("unspecified");
    expect(quantityDimension("t/yr", "blank").key).not.toBe(quantityDimension("t", "blank").key);
    expect(quantityDimension("USD/kg").basis).toBeNull();
  });

  it("refuses an unknown unit, an unknown basis and a basis that contradicts the unit, naming them", () => {
    expect(() => quantityDimension("kt")).toThrow(/unknown unit "kt"/);
    expect(() => quantityDimension("t", "magnets" as never)).toThrow(/unknown mass basis "magnets"/);
    expect(() => quantityDimension("t REO", "finished")).toThrow(
      /"t REO" states the oxide basis.*"finished"/,
    );
  });

  it("knows units/yr as a count rate", () => {
    expect(quantityDimension("units/yr").dimension).toBe("count_rate");
    expect(canSum({ unit: "units/yr" }, { unit: "units" })).toBe(false);
  });
});

describe("canSum() and conversionFactor()", () => {
  it("oxide never sums with magnet, element or an unstated basis", () => {
    const reo = { unit: "t REO" };
    expect(canSum(reo, { unit: "t", massBasis: "oxide" })).toBe(true);
    expect(canSum(reo, { unit: "t", massBasis: "finished" })).toBe(false);
    expect(canSum(reo, { unit: "t", massBasis: "element" })).toBe(false);
    expect(canSum(reo, { unit: "t" })).toBe(false);
    expect(conversionFactor({ unit: "t" }, reo)).toBeNull();
    expect(canSum({ unit: "t", massBasis: "blank" }, { unit: "t", massBasis: "finished" })).toBe(false);
    expect(canSum({ unit: "t", massBasis: "finished" }, { unit: "kg", massBasis: "finished" })).toBe(true);
  });

  it("scales between units of one dimension", () => {
    expect(
      conversionFactor({ unit: "kg", massBasis: "finished" }, { unit: "t", massBasis: "finished" }),
    ).toBe(0.001);
    expect(conversionFactor({ unit: "USD/kg" }, { unit: "USD/t" })).toBe(1000);
    expect(conversionFactor({ unit: "CNY/t" }, { unit: "CNY/kg" })).toBe(0.001);
    expect(conversionFactor({ unit: "GW" }, { unit: "MW" })).toBe(1000);
    expect(conversionFactor({ unit: "g/unit" }, { unit: "kg/unit" })).toBe(0.001);
  });

  it("keeps currencies, percent and percentage points, and counts of different things apart", () => {
    expect(canSum({ unit: "USD" }, { unit: "CNY" })).toBe(false);
    expect(conversionFactor({ unit: "USD/kg" }, { unit: "CNY/kg" })).toBeNull();
    expect(canSum({ unit: "%" }, { unit: "pp" })).toBe(false);
    expect(canSum({ unit: "vehicles" }, { unit: "units" })).toBe(false);
    expect(canSum({ unit: "kt" }, { unit: "kt" })).toBe(false);
  });

  it("assertSameDimension() names both sides and their bases", () => {
    expect(() =>
      assertSameDimension({ unit: "t REO" }, { unit: "t", massBasis: "finished" }, "export total"),
    ).toThrow(
      "export total: t REO (oxide basis) and t (finished basis) are different dimensions; convert with a stated basis first",
    );
    expect(() => assertSameDimension({ unit: "t" }, { unit: "tonnes" })).toThrow(/unknown unit "tonnes"/);
    expect(() =>
      assertSameDimension({ unit: "t", massBasis: "finished" }, { unit: "kg", massBasis: "finished" }),
    ).not.toThrow();
  });
});

describe("prices beyond the vocabulary", () => {
  it("understands any currency per kg or per tonne, and nothing else outside the vocabulary", () => {
    expect(conversionFactor({ unit: "EUR/kg" }, { unit: "EUR/t" })).toBe(1000);
    expect(conversionFactor({ unit: "GBP/t" }, { unit: "GBP/kg" })).toBe(0.001);
    expect(canSum({ unit: "GBP/kg" }, { unit: "EUR/kg" })).toBe(false);
    expect(() => quantityDimension("EUR/lb")).toThrow(/unknown unit "EUR\/lb"/);
  });
});

describe("definedMassBasis()", () => {
  it("is oxide for metrics stated only in t REO, and null for magnet or mixed metrics", () => {
    expect(definedMassBasis("mine_production")).toBe("oxide");
    expect(definedMassBasis("reserves")).toBe("oxide");
    expect(definedMassBasis("export_volume")).toBeNull();
    expect(definedMassBasis("company_operating")).toBeNull();
    expect(definedMassBasis("no_such_metric")).toBeNull();
  });
});
