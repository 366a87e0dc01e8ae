import { describe, expect, it } from "vitest";
import type { Claim } from "../extract/schema.ts";
import { checkClaims } from "./check-claims.ts";
import { claim, extraction, testKnowledgeBase } from "./fixtures.ts";

// Figures of one invented series (exports to a country written for these tests), stated for nested periods.
const kb = testKnowledgeBase();
const run = (claims: Claim[]) => checkClaims(extraction(claims), kb).checks;
const reasons = (checks: ReturnType<typeof run>, id: string) =>
  checks.find((c) => c.claim.id === id)!.reasons.filter((r) => r.kind === "period_within");
const fig = (
  id: string,
  value: number,
  period: string,
  quote: string,
  start: number,
  over: Partial<Claim> = {},
) =>
  claim({
    id,
    value,
    period,
    counterparty: "Mexico",
    quote,
    quote_start: start,
    quote_end: start + quote.length,
    period_text:
      /(?:in |the )?(?:January|February|March|May|first quarter|first five months)(?: of)? 2031/i.exec(
        quote,
      )?.[0] ?? null,
    ...over,
  });

describe("a part of a period against the whole", () => {
  it("months that tile a quarter are summed against it, and each month is confirmed by the echo", () => {
    const checks = run([
      fig("c1", 40, "2031-01", "In January 2031 China's exports to Mexico were 40 t.", 0),
      fig("c2", 35, "2031-02", "In February 2031 China's exports to Mexico were 35 t.", 60),
      fig("c3", 45, "2031-03", "In March 2031 China's exports to Mexico were 45 t.", 120),
      fig("c4", 120, "2031-Q1", "In the first quarter of 2031 China's exports to Mexico were 120 t.", 180),
    ]);
    const [sum] = reasons(checks, "c4");
    expect(sum).toMatchObject({ outcome: "consistent", expected: { value: 120 } });
    expect(sum!.message).toContain("40 t (c1) + 2031-02 35 t (c2) + 2031-03 45 t (c3)");
    expect(reasons(checks, "c2")[0]).toMatchObject({ outcome: "consistent", confidence: 0.45 });
  });
  it("months that do not add up to the quarter make the quarter inconsistent", () => {
    const checks = run([
      fig("c1", 40, "2031-01", "In January 2031 China's exports to Mexico were 40 t.", 0),
      fig("c2", 35, "2031-02", "In February 2031 China's exports to Mexico were 35 t.", 60),
      fig("c3", 45, "2031-03", "In March 2031 China's exports to Mexico were 45 t.", 120),
      fig("c4", 150, "2031-Q1", "In the first quarter of 2031 China's exports to Mexico were 150 t.", 180),
    ]);
    expect(reasons(checks, "c4")[0]).toMatchObject({ outcome: "inconsistent", expected: { value: 120 } });
  });
  it("a month is bounded by the year to date that contains it", () => {
    const ok = run([
      fig("c1", 90, "2031-05", "In May 2031 China's exports to Mexico were 90 t.", 0),
      fig(
        "c2",
        400,
        "2031-01..2031-05",
        "In the first five months of 2031 China's exports to Mexico were 400 t.",
        60,
      ),
    ]);
    expect(reasons(ok, "c1")[0]).toMatchObject({ outcome: "consistent", expected: { high: 400 } });
    const bad = run([
      fig("c1", 900, "2031-05", "In May 2031 China's exports to Mexico were 900 t.", 0),
      fig(
        "c2",
        400,
        "2031-01..2031-05",
        "In the first five months of 2031 China's exports to Mexico were 400 t.",
        60,
      ),
    ]);
    expect(reasons(bad, "c1")[0]).toMatchObject({ outcome: "inconsistent" });
  });
  it("no accusation when a period was inferred, and no comparison across series or for stocks and forecasts", () => {
    const inferred = run([
      fig("c1", 900, "2031-05", "Exports to Mexico were 900 t.", 0, { period_text: null }),
      fig(
        "c2",
        400,
        "2031-01..2031-05",
        "In the first five months of 2031 China's exports to Mexico were 400 t.",
        60,
      ),
    ]);
    expect(reasons(inferred, "c1")).toHaveLength(0);
    const other = run([
      fig("c1", 900, "2031-05", "In May exports to Peru were 900 t.", 0, { counterparty: "Peru" }),
      fig("c2", 400, "2031-01..2031-05", "In the first five months exports to Mexico were 400 t.", 60),
    ]);
    expect(reasons(other, "c1")).toHaveLength(0);
    const forecast = run([
      fig("c1", 900, "2031-05", "In May exports to Mexico may reach 900 t.", 0, { is_forecast: true }),
      fig(
        "c2",
        400,
        "2031-01..2031-05",
        "In the first five months of 2031 China's exports to Mexico were 400 t.",
        60,
      ),
    ]);
    expect(reasons(forecast, "c1")).toHaveLength(0);
  });
});
