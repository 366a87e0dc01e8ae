// Example: run the baseline scenario and a Monte Carlo, and print 2035 NdFeB demand with its P5–P95 band.
// Run: node bin/run-ts.js examples/run-scenario.ts
import { defaultEffects } from "../src/cli/effects.ts";
import { loadScenarioData } from "../src/cli/commands/scenario.ts";
import { parseScenario, runMonteCarlo, runScenario } from "../src/engine/index.ts";

const parsed = parseScenario(await loadScenarioData("scenarios/baseline.yaml", defaultEffects()));
if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join("\n"));
const scenario = parsed.value;

const result = runScenario(scenario);
const i2035 = result.years.indexOf(2035);
console.log(`NdFeB demand 2035 (finished basis): ${Math.round(result.demand.total[i2035]!)} t`);

const mc = runMonteCarlo(scenario, { draws: 200, seed: 7 });
console.log(`Monte Carlo bands: ${Object.keys(mc.bands).slice(0, 6).join(", ")} ...`);
