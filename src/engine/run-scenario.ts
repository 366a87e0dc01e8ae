/**
 * @module runScenario: one scenario, pure and deterministic, as named steps in the order of docs/model.md:
 * lifetimes → demand → stocks and end of life → elements → recycling → primary supply → magnet supply and export
 * controls → balance and market → output. Mass basis: finished NdFeB magnet (t); elements in t element; REO in t oxide.
 */
import { balanceStep } from "./balance-step.ts";
import { demandStep } from "./demand-step.ts";
import { elementsStep } from "./elements-step.ts";
import { lifetimesStep } from "./lifetimes-step.ts";
import { magnetSupplyStep } from "./magnet-supply-step.ts";
import { primarySupplyStep } from "./primary-supply-step.ts";
import { recyclingStep } from "./recycling-step.ts";
import { type RunCache, scenarioFrame } from "./scenario-frame.ts";
import { type ScenarioSteps, scenarioOutput } from "./scenario-output.ts";
import type { ScenarioResult } from "./scenario-result.ts";
import type { Scenario } from "./scenario-schema.ts";
import { stocksStep } from "./stocks-step.ts";

export type { ScenarioResult } from "./scenario-result.ts";

/** Every step of one run, as typed arrays (what the output and the Monte Carlo read). */
export function runSteps(s: Scenario, cache?: RunCache): ScenarioSteps {
  const f = scenarioFrame(s, cache);
  const lifetimes = lifetimesStep(f);
  const demand = demandStep(f, lifetimes);
  const stocks = stocksStep(f, demand, lifetimes);
  const elements = elementsStep(f, demand, stocks, lifetimes);
  const recycling = recyclingStep(f, stocks, elements);
  const primary = primarySupplyStep(f);
  const magnets = magnetSupplyStep(f, demand, elements, primary);
  const balance = balanceStep(f, demand, elements, recycling, primary);
  return { demand, stocks, elements, recycling, primary, magnets, balance };
}

/** Runs one scenario (already validated by parseScenario). */
export function runScenario(s: Scenario): ScenarioResult {
  const result = scenarioOutput(scenarioFrame(s), runSteps(s), (x) => Array.from(x));
  assertFinite(result, "result");
  return result;
}

/** Throws naming the first non-finite number: NaN/Infinity never leave the engine. */
export function assertFinite(v: unknown, path: string): void {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error(`non-finite value at ${path}: ${v}`);
  } else if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) assertFinite(v[i], `${path}.${i}`);
  } else if (v !== null && typeof v === "object")
    for (const [k, x] of Object.entries(v)) assertFinite(x, `${path}.${k}`);
}
