/**
 * @module The bundled data/ read and checked once per test process, for the test files that only read it. Test files
 * share their worker's module cache (vitest.config.ts: isolate false), so the full parse and check (about 0.7 s of
 * CPU) is done once per worker instead of once per file, and once for both answers (loadDataset and checkDataDir do
 * the same work). What is returned is deeply frozen: a test that changed it would change it for every later file,
 * so a change throws instead.
 */
import { fileURLToPath } from "node:url";
import { type checkDataDir, checkAndLoadDataDir, type loadDataset } from "../../src/dataset/load.ts";

/** The bundled data folder, with a trailing slash. */
export const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

let both: ReturnType<typeof checkAndLoadDataDir> | undefined;
const checkedAndLoaded = () => (both ??= checkAndLoadDataDir(DATA_DIR).then(deepFreeze));

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** loadDataset(data/), computed once per process. */
export function bundledDataset(): ReturnType<typeof loadDataset> {
  return checkedAndLoaded().then((r) => r.loaded);
}

/** checkDataDir(data/), computed once per process. */
export function bundledCheck(): ReturnType<typeof checkDataDir> {
  return checkedAndLoaded().then(({ issues, counts }) => ({ issues, counts }));
}
