import { describe, expect, it } from "vitest";
import { checkClaims } from "./check-claims.ts";
import { claim, extraction } from "./fixtures.ts";
import { createKnowledgeBase, type KbParameter } from "./knowledge-base.ts";

// Parameter ranges below are test inputs; the sentences are written for these tests.
const param = (
  application: string,
  parameter: string,
  value: number | null,
  low: number,
  high: number | null,
) =>
  ({
    id: `${application}:${parameter}`,
    application,
    parameter,
    value,
    low,
    high,
    unit: "%",
    massBasis: "not_applicable",
    source: { id: "param-test", publisher: "Test", url: "https://example.org/param" },
  }) satisfies KbParameter;
const kb = createKnowledgeBase({
  applicationParameters: [
    param("passenger EV", "pm_motor_share", 93, 82, null),
    param("wind turbine", "ndfeb_generator_share", null, 20, 30),
    param("all magnets", "eol_recycling_rate", 1, 0, 3),
  ],
});
const pct = (id: string, value: number, quote: string, over = {}) =>
  claim({ id, metric: "share", metric_family: "other", entity: null, unit: "%", value, quote, ...over });
const run = (...claims: ReturnType<typeof claim>[]) => checkClaims(extraction(claims), kb).checks;

describe("stated shares against sourced parameter ranges", () => {
  it("accepts a share of EVs with permanent-magnet motors inside the sourced range, with low confidence", () => {
    const [c] = run(pct("c1", 90, "About 90% of electric cars sold use permanent magnet motors."));
    expect(c!.verdict).toBe("consistent");
    expect(c!.confidence).toBeLessThanOrEqual(0.4);
    expect(c!.reasons[0]!.message).toMatch(/82–93%.*pm_motor_share/);
  });

  it("gives no verdict on a share outside the range: the range was measured on another basis", () => {
    const [c] = run(pct("c1", 45, "Some 45% of new wind turbines rely on NdFeB generators."));
    expect(c!.verdict).toBe("unverifiable");
    expect(c!.reasons[0]).toMatchObject({ kind: "parameter_range", outcome: "unverifiable" });
  });

  it("reads 'less than 1% recycled' against the end-of-life recycling rate", () => {
    const [c] = run(
      pct("c1", 1, "Less than 1% of rare earth magnets are recycled today.", { qualifier: "lt" }),
    );
    expect(c!.verdict).toBe("consistent");
  });

  it("does not read a recycled-content requirement or a cost share as a technology share", () => {
    const [a, b] = run(
      pct("c1", 25, "The rules set a minimum 25% recycled rare earth content in magnets by 2030."),
      pct("c2", 15, "Magnets account for 15% of the cost of an electric vehicle motor."),
    );
    expect(a!.reasons.some((r) => r.kind === "parameter_range")).toBe(false);
    expect(b!.reasons.some((r) => r.kind === "parameter_range")).toBe(false);
  });
});
