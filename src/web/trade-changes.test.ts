import { describe, expect, it } from "vitest";
import { type PeriodValue, tradeChanges, unitValuesUsdPerKg } from "./trade-changes.ts";

const months = (year: number, values: (number | null)[]): PeriodValue[] =>
  values.map((value, k) => ({ period: `${year}-${String(k + 1).padStart(2, "0")}`, value, qualifier: null }));

describe("tradeChanges", () => {
  it("gives m/m and y/y from the values, and the API's year to date as given (not a sum of its own)", () => {
    const items = [...months(2024, [100, 200, 300]), ...months(2025, [150, 300, 150])];
    // A reported year to date that differs from the sum of the months (597, not 600) is kept as it is.
    const ytd = items.map((i) =>
      i.period === "2025-03" ? { period: "2025-01..2025-03", value: 597, qualifier: null } : null,
    );
    const out = tradeChanges(items, ytd);
    const mar25 = out.find((c) => c.period === "2025-03")!;
    expect(mar25.prevPct).toBeCloseTo(-50);
    expect(mar25.yoyPct).toBeCloseTo(-50);
    expect(mar25.ytd).toBe(597);
    const feb24 = out.find((c) => c.period === "2024-02")!;
    expect(feb24.prevPct).toBeCloseTo(100);
    expect(feb24.yoyPct).toBeNull();
    expect(feb24.ytd).toBeNull();
  });

  it("compares January with the December before", () => {
    const items = [{ period: "2024-12", value: 80, qualifier: null }, ...months(2025, [100])];
    expect(tradeChanges(items).at(-1)!.prevPct).toBeCloseTo(25);
  });

  it("leaves a gap month blank, and the months that need it, never 0 or NaN", () => {
    const values = months(2025, [100, null, 120, 130]);
    const out = tradeChanges(values, [values[0]!, null, null, null]);
    const [jan, feb, mar, apr] = out;
    expect(jan!.ytd).toBe(100);
    expect(feb).toEqual({ period: "2025-02", prevPct: null, yoyPct: null, ytd: null, approx: false });
    expect(mar!.prevPct).toBeNull();
    expect(mar!.ytd).toBeNull();
    expect(apr!.prevPct).toBeCloseTo(100 * (10 / 120));
    expect(apr!.ytd).toBeNull();
    for (const c of out) for (const v of [c.prevPct, c.yoyPct, c.ytd]) expect(Number.isNaN(v)).toBe(false);
  });

  it("marks a change computed from an approximate month, or an approximate year to date, as approximate", () => {
    const items = months(2025, [100, 120, 130]);
    items[0] = { ...items[0]!, approx: true };
    const ytd = [items[0]!, null, { period: "2025-01..2025-03", value: 350, qualifier: null, approx: true }];
    const [jan, feb, mar] = tradeChanges(items, ytd);
    expect(jan!.approx).toBe(true);
    expect(feb!.approx).toBe(true);
    expect(mar!.approx).toBe(true);
    expect(tradeChanges(items)[2]!.approx).toBe(false);
    expect(tradeChanges(months(2025, [100, 120]))[1]!.approx).toBe(false);
  });

  it("does not treat a bound as a value", () => {
    const items = months(2025, [100, 120]);
    items[0] = { ...items[0]!, qualifier: ">" };
    const [jan, feb] = tradeChanges(items, [items[0]!, null]);
    expect(jan!.ytd).toBeNull();
    expect(feb!.prevPct).toBeNull();
  });

  it("gives no change from a zero month, and q/q and y/y for quarters (Q1 against the Q4 before)", () => {
    expect(tradeChanges(months(2025, [0, 50]))[1]!.prevPct).toBeNull();
    const quarters = [
      { period: "2024-Q1", value: 8, qualifier: null },
      { period: "2024-Q4", value: 16, qualifier: null },
      { period: "2025-Q1", value: 10, qualifier: null },
      { period: "2025-Q2", value: 20, qualifier: null },
    ];
    const q = tradeChanges(quarters, [
      quarters[0]!,
      null,
      quarters[2]!,
      { period: "2025-Q1..2025-Q2", value: 30, qualifier: null },
    ]);
    expect(q.map((c) => [c.period, c.prevPct, c.yoyPct, c.ytd])).toEqual([
      ["2024-Q1", null, null, 8],
      ["2024-Q4", null, null, null],
      ["2025-Q1", -37.5, 25, 10],
      ["2025-Q2", 100, null, 30],
    ]);
    expect(tradeChanges([{ period: "2025", value: 1, qualifier: null }])[0]!.prevPct).toBeNull();
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
