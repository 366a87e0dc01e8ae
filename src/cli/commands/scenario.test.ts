import { expect, test } from "vitest";
import { IssueError } from "../../domain/issue.ts";
import { memoryEffects } from "../effects.ts";
import { UsageError } from "../errors.ts";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { runMonteCarlo } from "../../engine/monte-carlo.ts";
import { parseScenario } from "../../engine/scenario-schema.ts";
import { runMonteCarloParallel, WorkerPool } from "../mc-workers.ts";
import { scenarioCommand } from "./scenario.ts";

test("scenarioCommand() runs the baseline as a table", async () => {
  const m = memoryEffects();
  expect(await scenarioCommand(["run", "scenarios/baseline.yaml"], m.effects)).toBe(0);
  expect(m.out()).toContain("ev_traction");
  expect(m.out()).toContain("HHI magnet");
});

test("scenarioCommand() resolves extends and prints csv", async () => {
  const m = memoryEffects();
  await scenarioCommand(["run", "scenarios/recycling-push.yaml", "--format", "csv"], m.effects);
  expect(m.out().split("\n")[0]).toBe("series,year,value,p5,p50,p95");
});

test("scenarioCommand() runs a small seeded Monte Carlo reproducibly", async () => {
  const a = memoryEffects();
  const b = memoryEffects();
  await scenarioCommand(
    ["run", "scenarios/baseline.yaml", "--draws", "20", "--seed", "3", "--workers", "0", "--format", "json"],
    a.effects,
  );
  await scenarioCommand(
    ["run", "scenarios/baseline.yaml", "--draws", "20", "--seed", "3", "--workers", "0", "--format", "json"],
    b.effects,
  );
  expect(a.out()).toBe(b.out());
  // One sensitivity row per uncertain input of the scenario.
  const inputs = parse(readFileSync("scenarios/baseline.yaml", "utf8")).uncertainty.length;
  expect(inputs).toBeGreaterThan(1);
  expect(JSON.parse(a.out()).monteCarlo.sensitivity.ranking.length).toBe(inputs);
});

test("scenarioCommand() lists every problem of an invalid scenario with its path", async () => {
  const bad = [
    "extends: baseline",
    "levers:",
    "  recycling:",
    "    collection: { value: 1.5, source: { assumption: x } }",
    "applications:",
    "  warp_drives: {}",
    "  wind:",
    "    lifetime: { dist: normal, mean: -3, std: 1 }",
  ].join("\n");
  const m = memoryEffects({ [`${process.cwd()}/scenarios/bad.yaml`]: bad });
  const err = await scenarioCommand(["run", "scenarios/bad.yaml"], m.effects).catch((e) => e);
  expect(err).toBeInstanceOf(IssueError);
  const paths = (err as IssueError).issues.map((i) => `${i.path}: ${i.message}`);
  expect(paths).toContain("levers.recycling.collection.value: must be between 0 and 1");
  expect(paths.some((p) => p.startsWith("applications.warp_drives"))).toBe(true);
  expect(paths.some((p) => p.startsWith("applications.wind.lifetime.mean"))).toBe(true);
});

test("scenarioCommand() rejects bad arguments with a UsageError", async () => {
  await expect(scenarioCommand(["run"], memoryEffects().effects)).rejects.toBeInstanceOf(UsageError);
  await expect(
    scenarioCommand(["run", "x.yaml", "--draws", "-1"], memoryEffects().effects),
  ).rejects.toBeInstanceOf(UsageError);
});

test("worker-pool Monte Carlo equals the single-threaded run draw for draw", async () => {
  const parsed = parseScenario(parse(readFileSync("scenarios/baseline.yaml", "utf8")));
  if (!parsed.ok) throw new Error("baseline invalid");
  const pool = await WorkerPool.start(2);
  try {
    const single = runMonteCarlo(parsed.value, { draws: 9, seed: 5 });
    const parallel = await runMonteCarloParallel(parsed.value, { draws: 9, seed: 5, workers: 2, pool });
    expect(parallel).toEqual(single);
  } finally {
    await pool.close();
  }
});
