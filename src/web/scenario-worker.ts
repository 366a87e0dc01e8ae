/** @module Scenario worker: runs the engine (runScenario, runMonteCarlo) off the main thread so the page stays responsive. */
import { parseScenario, runMonteCarlo, runScenario } from "../engine/index.ts";
import type { ScenarioRequest, ScenarioResponse } from "./scenario-run.ts";

self.onmessage = (e: MessageEvent<ScenarioRequest>) => {
  const { data, draws, seed } = e.data;
  let reply: ScenarioResponse;
  const t0 = performance.now();
  try {
    const parsed = parseScenario(data);
    if (!parsed.ok)
      reply = { ok: false, message: parsed.issues.map((i) => `${i.path}: ${i.message}`).join("; ") };
    else {
      const result = runScenario(parsed.value);
      const mc = draws > 0 ? runMonteCarlo(parsed.value, { draws, seed }) : null;
      reply = { ok: true, result, mc, ms: performance.now() - t0 };
    }
  } catch (err) {
    reply = { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
};
