#!/usr/bin/env node
// Lodestone command-line entry: runs the compiled CLI in dist/cli/, compiling it first when it is missing or any
// source it was built from is newer (so it is never stale). The check stats the files listed in
// dist/cli/inputs.json (a few milliseconds). When dist/ cannot be written, it runs the TypeScript through tsx.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const MAIN = join(ROOT, "dist", "cli", "main.js");

function isFresh() {
  try {
    const built = statSync(MAIN).mtimeMs;
    const { inputs } = JSON.parse(readFileSync(join(ROOT, "dist", "cli", "inputs.json"), "utf8"));
    return inputs.every((p) => statSync(join(ROOT, p)).mtimeMs <= built);
  } catch {
    return false; // missing build, manifest or input: rebuild
  }
}

async function load() {
  if (!isFresh()) {
    try {
      const { buildCli } = await import("./build-cli.js");
      await buildCli();
    } catch (e) {
      process.stderr.write(
        `lodestone: could not compile the CLI (${e instanceof Error ? e.message : e}); running from source\n`,
      );
      const { register } = await import("tsx/esm/api");
      register();
      return import("../src/cli/main.ts");
    }
  }
  return import(MAIN);
}

const { main } = await load();
process.exitCode = await main(process.argv.slice(2));
