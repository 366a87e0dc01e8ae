import { describe, expect, it } from "vitest";
import { figure } from "./figure-fixture.ts";
import { onePerPeriod, periodsOf } from "./series.ts";

describe("series helpers", () => {
  it("onePerPeriod() prefers a reported figure over a derived one for the same month", () => {
    const got = onePerPeriod([
      figure({ period: "2025-01", value: 1, isDerived: true, id: "d" }),
      figure({ period: "2025-01", value: 2, id: "r" }),
    ]);
    expect(got.map((f) => f.id)).toEqual(["r"]);
  });

  it("onePerPeriod() draws the preferred value of a period and never an excluded one", () => {
    const got = onePerPeriod([
      figure({ period: "2025-01", value: 1, id: "lost", preferred: false }),
      figure({ period: "2025-01", value: 2, id: "won", isDerived: true, preferred: true }),
      figure({ period: "2025-02", value: 9, id: "bad", preferred: false, excludeReason: "wrong scope" }),
    ]);
    expect(got.map((f) => f.id)).toEqual(["won"]);
  });

  it("periodsOf() fills missing months and years but leaves mixed periods alone", () => {
    expect(
      periodsOf([
        {
          name: "a",
          figures: [figure({ period: "2024-11", value: 1 }), figure({ period: "2025-02", value: 1 })],
        },
      ]),
    ).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    expect(
      periodsOf([
        { name: "a", figures: [figure({ period: "2020", value: 1 }), figure({ period: "2022", value: 1 })] },
      ]),
    ).toEqual(["2020", "2021", "2022"]);
  });
});
