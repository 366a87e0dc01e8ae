/**
 * @module The bundled data/ read and checked once per test process, for the test files that only read it. Test files
 * share their worker's module cache (vitest.config.ts: isolate false), so each full parse (about 1.5 s of CPU) is
 * done once per worker instead of once per file. What is returned is deeply frozen: a test that changed it would
 * change it for every later file, so a change throws instead.
 */
import { fileURLToPath } from "node:url";
import { checkDataDir, loadDataset } from "../../src/dataset/load.ts";

/** The bundled data folder, with a trailing slash. */
export const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

let loaded: ReturnType<typeof loadDataset> | undefined;
let checked: ReturnType<typeof checkDataDir> | undefined;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** loadDataset(data/), computed once per process. */
export function bundledDataset(): ReturnType<typeof loadDataset> {
  loaded ??= loadDataset(DATA_DIR).then(deepFreeze);
  return loaded;
}

/** checkDataDir(data/), computed once per process. */
export function bundledCheck(): ReturnType<typeof checkDataDir> {
  checked ??= checkDataDir(DATA_DIR).then(deepFreeze);
  return checked;
}
