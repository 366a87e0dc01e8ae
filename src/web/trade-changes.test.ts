import { describe, expect, it } from "vitest";
import { type PeriodValue, tradeChanges, unitValuesUsdPerKg } from "./trade-changes.ts";

const months = (year: number, values: (number | null)[]): PeriodValue[] =>
  values.map((value, k) => ({ period: `${year}-${String(k + 1).padStart(2, "0")}`, value, qualifier: null }));

describe("tradeChanges", () => {
  it("gives m/m, y/y and year to date from the values", () => {
    const items = [...months(2024, [100, 200, 300]), ...months(2025, [150, 300, 150])];
    const out = tradeChanges(items);
    const mar25 = out.find((c) => c.period === "2025-03")!;
    expect(mar25.momPct).toBeCloseTo(-50);
    expect(mar25.yoyPct).toBeCloseTo(-50);
    expect(mar25.ytd).toBe(600);
    const feb24 = out.find((c) => c.period === "2024-02")!;
    expect(feb24.momPct).toBeCloseTo(100);
    expect(feb24.yoyPct).toBeNull();
    expect(feb24.ytd).toBe(300);
  });

  it("compares January with the December before", () => {
    const items = [{ period: "2024-12", value: 80, qualifier: null }, ...months(2025, [100])];
    expect(tradeChanges(items).at(-1)!.momPct).toBeCloseTo(25);
  });

  it("leaves a gap month blank, and the months that need it, never 0 or NaN", () => {
    const out = tradeChanges(months(2025, [100, null, 120, 130]));
    const [jan, feb, mar, apr] = out;
    expect(jan!.ytd).toBe(100);
    expect(feb).toEqual({ period: "2025-02", momPct: null, yoyPct: null, ytd: null, approx: false });
    expect(mar!.momPct).toBeNull();
    expect(mar!.ytd).toBeNull();
    expect(apr!.momPct).toBeCloseTo(100 * (10 / 120));
    expect(apr!.ytd).toBeNull();
    for (const c of out) for (const v of [c.momPct, c.yoyPct, c.ytd]) expect(Number.isNaN(v)).toBe(false);
  });

  it("marks a change computed from an approximate month as approximate", () => {
    const items = months(2025, [100, 120, 130]);
    items[0] = { ...items[0]!, approx: true };
    const [jan, feb, mar] = tradeChanges(items);
    expect(jan!.approx).toBe(true);
    expect(feb!.approx).toBe(true);
    expect(mar!.approx).toBe(true);
    expect(tradeChanges(months(2025, [100, 120]))[1]!.approx).toBe(false);
  });

  it("does not treat a bound as a value", () => {
    const items = months(2025, [100, 120]);
    items[0] = { ...items[0]!, qualifier: ">" };
    const [jan, feb] = tradeChanges(items);
    expect(jan!.ytd).toBeNull();
    expect(feb!.momPct).toBeNull();
  });

  it("gives no change from a zero month, and none for quarters", () => {
    expect(tradeChanges(months(2025, [0, 50]))[1]!.momPct).toBeNull();
    const q = tradeChanges([
      { period: "2025-Q1", value: 10, qualifier: null },
      { period: "2025-Q2", value: 20, qualifier: null },
    ]);
    expect(q.map((c) => [c.momPct, c.yoyPct, c.ytd])).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
  });
});

describe("unitValuesUsdPerKg", () => {
  it("divides value by volume in kilograms, blank where either is missing", () => {
    const value = months(2025, [2_000_000, 3_000_000, null]);
    const volume = months(2025, [40, null, 10]);
    const out = unitValuesUsdPerKg(value, volume, "t");
    expect(out.get("2025-01")!.usdPerKg).toBeCloseTo(50);
    expect(out.get("2025-01")!.approx).toBe(false);
    expect(out.get("2025-02")).toBeNull();
    expect(out.get("2025-03")).toBeNull();
  });

  it("is approximate when the value or the volume is", () => {
    const value = months(2025, [1_000_000]).map((i) => ({ ...i, approx: true }));
    expect(unitValuesUsdPerKg(value, months(2025, [10]), "t").get("2025-01")!.approx).toBe(true);
  });

  it("refuses a volume unit it cannot convert to kilograms", () => {
    expect(unitValuesUsdPerKg(months(2025, [100]), months(2025, [1]), "USD").get("2025-01")).toBeNull();
  });
});
