/**
 * @module loadBaselineModel: the bundled baseline scenario's Monte Carlo bands for the claim checks (`MODEL_RUN`: same
 * scenario, draws and seed everywhere), run once per process. Callers pass it to `loadKnowledgeBase(store, extraction,
 * { model })`; without it, demand and output claims get no model comparison.
 */
import { join } from "node:path";
import { MODEL_RUN, type ModelBaseline, modelBaseline } from "../check/index.ts";
import { IssueError } from "../domain/issue.ts";
import { parseScenario } from "../engine/index.ts";
import { loadScenarioData } from "./commands/scenario.ts";
import { PACKAGE_ROOT } from "./config.ts";
import type { Effects } from "./effects.ts";

/** One run per process: the bands depend only on the bundled scenario, `MODEL_RUN` and the engine. */
const runs = new Map<string, Promise<ModelBaseline>>();

/** The bundled scenario `MODEL_RUN.scenario`, parsed and run (draws and seed of `MODEL_RUN`); cached per scenario path. */
export function loadBaselineModel(effects: Effects): Promise<ModelBaseline> {
  const path = join(PACKAGE_ROOT, "scenarios", `${MODEL_RUN.scenario}.yaml`);
  let run = runs.get(path);
  if (!run) {
    run = (async () => {
      const parsed = parseScenario(await loadScenarioData(path, effects));
      if (!parsed.ok) throw new IssueError(parsed.issues);
      return modelBaseline(parsed.value, { draws: MODEL_RUN.draws, seed: MODEL_RUN.seed });
    })();
    runs.set(path, run);
  }
  return run;
}
