/** Every script in examples/ runs to completion and prints what its header promises. */
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "..");
const EXPECT: Record<string, RegExp> = {
  "query-figures.ts": /^2025-\d{2}\s+[\d.]+ t\s+\(/m,
  "run-scenario.ts": /NdFeB demand 2035 \(finished basis\): \d+ t/,
  "extract-article.ts": /^claim\s+export volume: 5500 t 2025-07/m,
};

describe("examples", () => {
  const files = readdirSync(resolve(ROOT, "examples")).filter((f) => f.endsWith(".ts"));
  it("are all listed here with the output they must print", () => {
    expect(files.sort()).toEqual(Object.keys(EXPECT).sort());
  });
  // The scripts run side by side (each in its own process, most of it waiting for the other core or for PGlite).
  for (const f of files) {
    it.concurrent(`${f} runs and prints its result`, async ({ expect }) => {
      const { stdout } = await run(process.execPath, ["bin/run-ts.js", `examples/${f}`], {
        cwd: ROOT,
        // A guard against a hung script, not a speed limit: loading data/ into a fresh store takes a minute on a
        // loaded 2-core machine.
        timeout: 170_000,
      });
      expect(stdout).toMatch(EXPECT[f]!);
    }, 180_000);
  }
});
