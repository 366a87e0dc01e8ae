import { describe, expect, it } from "vitest";
import { checkClaims } from "./check-claims.ts";
import { claim, extraction, figure } from "./fixtures.ts";
import { createKnowledgeBase } from "./knowledge-base.ts";

// Reserves below are test inputs (two editions; the newer gives the world total only as a lower bound).
const reserves = (
  entity: string,
  value: number,
  vintage: string,
  isLatest: boolean,
  qualifier: string | null = null,
) =>
  figure({
    id: `res:${entity}:${vintage}`,
    dataset: "reserves",
    metric: "reserves",
    entity,
    counterparty: "",
    material: "rare earths (REO)",
    period: isLatest ? "2025" : "2023",
    value,
    unit: "t REO",
    vintage,
    isLatest,
    qualifier,
  });
const kb = createKnowledgeBase({
  figures: [
    reserves("China", 44e6, "Old edition", false),
    reserves("World", 110e6, "Old edition", false),
    reserves("China", 44e6, "New edition", true),
    reserves("World", 75e6, "New edition", true, "gt"),
  ],
});
const run = (...claims: ReturnType<typeof claim>[]) => checkClaims(extraction(claims), kb).checks;
const share = (id: string, value: number, quote: string) =>
  claim({ id, metric: "share", metric_family: "other", unit: "%", value, quote });

describe("reserves against USGS", () => {
  it("confirms a share that an earlier edition gives exactly, saying the latest only bounds it", () => {
    const [c] = run(share("c1", 40, "China holds 40% of the world's rare earth reserves."));
    expect(c!.verdict).toBe("consistent");
    expect(c!.reasons[0]).toMatchObject({ kind: "revision", expected: { value: 40 } });
    expect(c!.reasons[0]!.message).toMatch(/at most 58.7%/);
  });

  it("flags a share above the bound of the latest edition", () => {
    const [c] = run(share("c1", 70, "China holds 70% of the world's rare earth reserves."));
    expect(c!.verdict).toBe("inconsistent");
  });

  it("gives no verdict on a share below the bound that no edition gives exactly", () => {
    const [c] = run(share("c1", 50, "China holds 50% of the world's rare earth reserves."));
    expect(c!.verdict).toBe("unverifiable");
  });

  it("checks a country's reserves only when its sentence names the country", () => {
    const [named, other] = run(
      claim({
        id: "c1",
        metric: "reserves",
        value: 44e6,
        value_text: "44 million",
        quote: "China's rare earth reserves stand at 44 million tonnes.",
      }),
      claim({
        id: "c2",
        metric: "reserves",
        value: 22e6,
        value_text: "22 million",
        quote: "Vietnam holds 22 million tonnes of rare earth reserves.",
      }),
    );
    expect(named!.verdict).toBe("consistent");
    expect(other!.verdict).toBe("unverifiable");
  });
});
