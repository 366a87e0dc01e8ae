import { describe, expect, it } from "vitest";
import type { Claim } from "../extract/schema.ts";
import { checkClaims } from "./check-claims.ts";
import { claim, extraction, testKnowledgeBase } from "./fixtures.ts";

const kb = testKnowledgeBase();
const run = (claims: Claim[]) => checkClaims(extraction(claims), kb).checks;
const reasonOf = (checks: ReturnType<typeof run>, id: string) =>
  checks.find((c) => c.claim.id === id)!.reasons.find((r) => r.kind === "level_pair");

/** Two levels of one series written in `quote`, the first as `first`, the second as `second`. */
function levels(quote: string, first: string, second: string, extra: Partial<Claim> = {}): Claim[] {
  const base = {
    quote,
    quote_start: 0,
    quote_end: quote.length,
    metric: "average selling price",
    metric_family: "financials" as const,
    entity: "Northmoor Metals",
    unit: "USD/kg",
    period: "2025-Q3",
    ...extra,
  };
  return [
    claim({ id: "p1", ...base, value: Number(first.replace(/,/g, "")), value_text: first }),
    claim({ id: "p2", ...base, value: Number(second.replace(/,/g, "")), value_text: second }),
  ];
}

describe("checkLevelPairs()", () => {
  it("confirms both levels when 'rose from X to Y' goes up", () => {
    const checks = run(
      levels("The average price rose from $61.5/kg to $66.0/kg in the quarter.", "61.5", "66.0"),
    );
    for (const id of ["p1", "p2"]) {
      const r = reasonOf(checks, id);
      expect(r?.outcome).toBe("consistent");
      expect(r?.message).toContain('"rose" from 61.5 USD/kg (p1) to 66 USD/kg (p2)');
    }
  });

  it("reads 'Y, down from X' with the later level first", () => {
    const checks = run(
      levels("Utilisation slipped to 64%, down from 71% a quarter earlier.", "64", "71", {
        metric: "capacity utilization rate",
        unit: "%",
      }),
    );
    const r = reasonOf(checks, "p1");
    expect(r?.outcome).toBe("consistent");
    expect(r?.message).toContain("from 71% (p2) to 64% (p1)");
  });

  it("finds a number written inside another one only where it stands alone ('3%, up from 0.3%')", () => {
    const checks = run(
      levels("The fund will hold a 3% stake, up from 0.3% before the placement.", "3", "0.3", {
        metric: "equity stake",
        unit: "%",
      }),
    );
    expect(reasonOf(checks, "p1")?.message).toContain("from 0.3% (p2) to 3% (p1)");
  });

  it("accuses the later level once when the direction word governs the pair and contradicts it", () => {
    const checks = run(
      levels("The average price rose from $66.0/kg to $61.5/kg in the quarter.", "66.0", "61.5"),
    );
    expect(reasonOf(checks, "p2")?.outcome).toBe("inconsistent");
    expect(checks.find((c) => c.claim.id === "p2")!.verdict).toBe("inconsistent");
    // The older level is not accused a second time.
    expect(reasonOf(checks, "p1")).toBeUndefined();
  });

  it("withholds a contradiction when the word may belong to another figure", () => {
    const checks = run(
      levels("Shipments increased sharply as the price was $61.5/kg compared with $66.0/kg.", "61.5", "66.0"),
    );
    const r = reasonOf(checks, "p1");
    expect(r?.outcome).toBe("unverifiable");
    expect(r?.message).toContain("no verdict");
    expect(checks.find((c) => c.claim.id === "p1")!.verdict).not.toBe("inconsistent");
  });

  it("relates no levels across 'while', of different series, or with both directions stated", () => {
    expect(
      reasonOf(
        run(levels("The price rose to $66.0/kg while the cost fell from $61.5/kg.", "66.0", "61.5")),
        "p1",
      ),
    ).toBeUndefined();
    const mixed = levels("Output rose from 1,200 t to 1,350 t.", "1,200", "1,350", {
      metric: "production volume",
      unit: "t",
    });
    mixed[1] = { ...mixed[1]!, entity: "Another Co" };
    expect(reasonOf(run(mixed), "p1")).toBeUndefined();
    expect(
      reasonOf(
        run(levels("Prices rose early but fell back from $66.0/kg to $61.5/kg by the end.", "66.0", "61.5")),
        "p1",
      ),
    ).toBeUndefined();
  });

  it("relates no pair without words that order it", () => {
    expect(
      reasonOf(run(levels("Prices were $66.0/kg and $61.5/kg in two grades.", "66.0", "61.5")), "p1"),
    ).toBeUndefined();
  });

  it("never accuses through 'compared with', and never pairs a level with an expectation", () => {
    const compared = run(
      levels(
        "Sales dropped to 320 units in the quarter, compared with 280 units a year earlier.",
        "320",
        "280",
        {
          metric: "sales volume",
          unit: "units",
        },
      ),
    );
    expect(reasonOf(compared, "p1")?.outcome).toBe("unverifiable");
    const expected = run(
      levels("Sales dropped to 320 units, compared with 280 units expected by analysts.", "320", "280", {
        metric: "sales volume",
        unit: "units",
      }),
    );
    expect(reasonOf(expected, "p1")).toBeUndefined();
  });

  it("withholds a contradiction when the clause names several places the two levels may belong to", () => {
    const checks = run(
      levels("Exports to Japan and South Korea rose from 900 t to 800 t in the month.", "900", "800", {
        metric: "export volume",
        metric_family: "trade",
        entity: "China",
        counterparty: "Japan",
        unit: "t",
        period: "2025-07",
      }),
    );
    const check = checks.find((c) => c.claim.id === "p2")!;
    expect(check.verdict).toBe("unverifiable");
    expect(check.reasons.map((r) => r.kind)).toContain("ambiguous_attribution");
  });
});
