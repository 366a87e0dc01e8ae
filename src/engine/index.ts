/** @module The engine's public, browser-friendly API: parse, run, and run a Monte Carlo on a scenario. */
export { mergeScenario } from "./merge-scenario.ts";
export { type MonteCarloResult, runMonteCarlo } from "./monte-carlo.ts";
export { runScenario, type ScenarioResult } from "./run-scenario.ts";
export { parseScenario, type Scenario } from "./scenario-schema.ts";
export { mineSharePercent, worldMineTonnes } from "./outputs.ts";
