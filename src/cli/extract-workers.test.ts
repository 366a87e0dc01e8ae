import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MODEL_RUN, modelBaseline } from "../check/index.ts";
import { parseScenario } from "../engine/index.ts";
import { ExtractInputError, extractArticle } from "../extract/index.ts";
import { loadScenarioData } from "./commands/scenario.ts";
import { PACKAGE_ROOT } from "./config.ts";
import { defaultEffects } from "./effects.ts";
import { ExtractBusyError, ExtractPool } from "./extract-workers.ts";

// Written for this test.
const SENTENCE =
  "Japan imported 40 tonnes of rare earth magnets from China in March 2025, the test note said.";

let pool: ExtractPool;
beforeAll(async () => {
  pool = await ExtractPool.start({ workers: 1, maxQueued: 1 });
});
afterAll(() => pool.close());

describe("ExtractPool", () => {
  it("gives the same extraction as the extractor run inline", async () => {
    expect(await pool.extract(SENTENCE, "2025-04-02")).toEqual(
      extractArticle(SENTENCE, { docDate: "2025-04-02" }),
    );
  });

  it("gives the same model bands as modelBaseline run inline", async () => {
    const path = join(PACKAGE_ROOT, "scenarios", `${MODEL_RUN.scenario}.yaml`);
    const parsed = parseScenario(await loadScenarioData(path, defaultEffects()));
    if (!parsed.ok) throw new Error("the bundled scenario does not parse");
    const options = { draws: 3, seed: 7 };
    expect(await pool.model(parsed.value, options)).toEqual(modelBaseline(parsed.value, options));
  });

  it("turns the extractor's input errors back into ExtractInputError", async () => {
    await expect(pool.extract(SENTENCE, "2025-13-45")).rejects.toBeInstanceOf(ExtractInputError);
  });

  it("refuses work beyond its queue with ExtractBusyError, and serves the rest", async () => {
    const jobs = [pool.extract(SENTENCE), pool.extract(SENTENCE), pool.extract(SENTENCE)];
    const settled = await Promise.allSettled(jobs);
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "fulfilled", "rejected"]);
    expect((settled[2] as PromiseRejectedResult).reason).toBeInstanceOf(ExtractBusyError);
  });

  it("stops an extraction past its time and replaces the worker, which takes the next job", async () => {
    const quick = await ExtractPool.start({ workers: 1, timeoutMs: 1 });
    try {
      const long = `${SENTENCE} `.repeat(20_000);
      await expect(quick.extract(long)).rejects.toThrow(/took longer than/);
      // The replacement worker ran the next job (and stopped it in turn): no hang, no "stopping".
      await expect(quick.extract(long)).rejects.toThrow(/took longer than/);
    } finally {
      await quick.close();
    }
  });
});
