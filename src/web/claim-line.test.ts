import { describe, expect, it } from "vitest";
import { claimLine } from "./claim-line.ts";

describe("a stored claim in one line", () => {
  it("names the destination of a flow, the period and the value with its unit", () => {
    const c = { metric: "export volume", entity: "China", period: "2025-07", value: 1116, unit: "t" };
    expect(claimLine({ ...c, counterparty: "Germany" })).toBe(
      "export volume: China → Germany, 2025-07: 1,116 t",
    );
    expect(claimLine({ ...c, counterparty: null })).toBe("export volume: China, 2025-07: 1,116 t");
  });
  it("shows a missing value as a dash and leaves out what the claim does not give", () => {
    expect(
      claimLine({ metric: "price", entity: null, counterparty: null, period: null, value: null, unit: null }),
    ).toBe("price: ?: –");
  });
});
