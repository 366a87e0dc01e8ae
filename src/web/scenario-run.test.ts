import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { runDraws, runMonteCarlo, summarizeDraws } from "../engine/monte-carlo.ts";
import { parseScenario } from "../engine/scenario-schema.ts";
import { splitDraws, workerCount } from "./scenario-run.ts";

describe("splitting a Monte Carlo over page workers", () => {
  test("ranges are contiguous, cover every draw once and differ in size by at most one", () => {
    for (const [draws, workers] of [
      [1000, 2],
      [1000, 3],
      [7, 4],
      [2000, 8],
    ] as const) {
      const r = splitDraws(draws, workers);
      expect(r).toHaveLength(workers);
      expect(r[0]![0]).toBe(0);
      expect(r.at(-1)![1]).toBe(draws);
      for (let i = 1; i < r.length; i++) expect(r[i]![0]).toBe(r[i - 1]![1]);
      const sizes = r.map(([a, b]) => b - a);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  test("one worker for small runs, at most one per core and eight", () => {
    expect(workerCount(40, 4)).toBe(1);
    expect(workerCount(1000, 2)).toBe(2);
    expect(workerCount(1000, 16)).toBe(8);
    expect(workerCount(250, 16)).toBe(2);
    expect(workerCount(1000, Number.NaN)).toBe(1);
  });

  test("the split run's summary equals the single-worker Monte Carlo", () => {
    const raw = parse(readFileSync(new URL("../../scenarios/baseline.yaml", import.meta.url), "utf8"));
    const p = parseScenario(raw);
    if (!p.ok) throw new Error("baseline did not parse");
    const s = p.value;
    const draws = 60;
    const seed = 5;
    const batches = splitDraws(draws, 3).map(([from, to]) => runDraws(s, seed, from, to, undefined, draws));
    const split = summarizeDraws(s, seed, batches, s.years.end - s.years.start + 1);
    expect(split).toEqual(runMonteCarlo(s, { draws, seed }));
    expect(split.bands["demand.total"]!.p95.at(-1)).toBeGreaterThan(split.bands["demand.total"]!.p5.at(-1)!);
  });
});
