/**
 * @module loadBaselineModel: the bundled baseline scenario's Monte Carlo bands for the claim checks (`MODEL_RUN`: same
 * scenario, draws and seed everywhere), run once per process. Callers pass it to `loadKnowledgeBase(store, extraction,
 * { model })`; without it, demand and output claims get no model comparison.
 */
import { join } from "node:path";
import { MODEL_RUN, type ModelBaseline, modelBaseline, modelQuantity } from "../check/index.ts";
import { IssueError } from "../domain/issue.ts";
import type { Extraction } from "../extract/index.ts";
import { parseScenario, type Scenario } from "../engine/index.ts";
import { loadScenarioData } from "./commands/scenario.ts";
import { PACKAGE_ROOT } from "./config.ts";
import type { Effects } from "./effects.ts";

/** One run per process: the bands depend only on the bundled scenario, `MODEL_RUN` and the engine. */
const runs = new Map<string, Promise<ModelBaseline>>();

/** The bundled scenario `MODEL_RUN.scenario`, parsed and run (draws and seed of `MODEL_RUN`); cached per scenario path. */
/** Runs the model for a parsed scenario; the server passes one that runs on a worker thread. */
export type ModelRunner = (
  scenario: Scenario,
  options: { draws: number; seed: number },
) => Promise<ModelBaseline>;

const runInline: ModelRunner = async (scenario, options) => modelBaseline(scenario, options);

export function loadBaselineModel(
  effects: Effects,
  runModel: ModelRunner = runInline,
): Promise<ModelBaseline> {
  const path = join(PACKAGE_ROOT, "scenarios", `${MODEL_RUN.scenario}.yaml`);
  let run = runs.get(path);
  if (!run) {
    run = (async () => {
      const parsed = parseScenario(await loadScenarioData(path, effects));
      if (!parsed.ok) throw new IssueError(parsed.issues);
      return runModel(parsed.value, { draws: MODEL_RUN.draws, seed: MODEL_RUN.seed });
    })();
    runs.set(path, run);
  }
  return run;
}

/**
 * The model's bands when the extraction has a claim the model can be compared with (a demand or output tonnage or
 * growth rate of a place), else undefined: the run costs a second or more, and most articles need none.
 */
export async function baselineModelFor(
  extraction: Extraction,
  effects: Effects,
  runModel?: ModelRunner,
): Promise<ModelBaseline | undefined> {
  const needed = extraction.claims.some((c) => {
    const reading = modelQuantity(c);
    return reading !== null && "query" in reading;
  });
  return needed ? loadBaselineModel(effects, runModel) : undefined;
}
