/**
 * @module Store templates for tests: one migrated PGlite data folder ("empty") and one with the bundled data/
 * loaded ("bundled"), built once and cached under node_modules/.cache keyed by a hash of everything that shapes
 * them (migrations, store, dataset and domain code, data/, the PGlite version). Built in a temporary folder and
 * renamed into place, so concurrent runs never see a half-built copy.
 */
import { createHash } from "node:crypto";
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
} from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CACHE = join(ROOT, "node_modules", ".cache", "lodestone-test-stores");
/** Folders and files whose content decides what a template holds (this file too: it says how they are built). */
const INPUTS = ["data", "src/store", "src/dataset", "src/domain", "test/support/store-templates.ts"];
/**
 * PostgreSQL settings of the test stores, written to each template's postgresql.auto.conf. PGlite's default 128 MB
 * of shared buffers are set up at every start: a store opened with 16 MB started in about half the CPU time (0.18
 * instead of 0.34 s, measured on the bundled store), and the suite opens some hundred stores. Queries give the same
 * rows; the bundled store's tables (about 90 MB with indexes) are read from the memory-backed copy when not cached.
 */
const TEST_SETTINGS = ["shared_buffers = '16MB'"];

export interface StoreTemplates {
  /** Migrated, empty PGlite data folder. */
  empty: string;
  /** The same with the bundled data/ loaded; undefined when data/ does not load (see bundledError). */
  bundled?: string;
  /** Why there is no bundled template. */
  bundledError?: string;
}

function walk(dir: string): string[] {
  if (!statSync(dir).isDirectory()) return [dir];
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) return walk(p);
      return /\.(test|case)\.ts$/.test(f) ? [] : [p];
    });
}

/** Hash of the template inputs: changes whenever a migration, the loader, the store or data/ changes. */
export function templateKey(): string {
  const h = createHash("sha256");
  const pglite = JSON.parse(
    readFileSync(join(ROOT, "node_modules", "@electric-sql", "pglite", "package.json"), "utf8"),
  ) as { version: string };
  h.update(`pglite ${pglite.version}\n`);
  for (const dir of INPUTS)
    for (const file of walk(join(ROOT, dir))) {
      h.update(`${relative(ROOT, file)}\n`);
      h.update(readFileSync(file));
    }
  return h.digest("hex").slice(0, 16);
}

/** Returns the cached templates for the current inputs, building them first when missing. */
export async function prepareStoreTemplates(
  log: (line: string) => void = () => {},
): Promise<StoreTemplates & { cleanup?: () => void }> {
  const key = templateKey();
  const dir = join(CACHE, key);
  const templates = { empty: join(dir, "empty"), bundled: join(dir, "bundled") };
  if (existsSync(join(dir, "ready"))) {
    const now = new Date();
    utimesSync(dir, now, now); // marks it used, for pruneOld
    return templates;
  }
  mkdirSync(CACHE, { recursive: true });
  const tmp = join(CACHE, `tmp-${key}-${process.pid}-${Date.now()}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    const started = performance.now();
    const bundledError = await build(tmp);
    if (bundledError) {
      // Not cached: the next run retries. The empty template moves to a folder removed by `cleanup`.
      const failed = join(CACHE, `failed-${process.pid}-${Date.now()}`);
      renameSync(tmp, failed);
      return {
        empty: join(failed, "empty"),
        bundledError,
        cleanup: () => rmSync(failed, { recursive: true, force: true }),
      };
    }
    mkdirSync(join(tmp, "ready"));
    try {
      renameSync(tmp, dir);
    } catch (e) {
      // Another run finished the same templates first: keep theirs.
      if (!existsSync(join(dir, "ready"))) throw e;
    }
    log(`test store templates built in ${((performance.now() - started) / 1000).toFixed(1)} s (${key})`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  pruneOld(key);
  return templates;
}

/** Builds both templates into `into`; returns why the bundled one could not be built, if it could not. */
async function build(into: string): Promise<string | undefined> {
  // Imported here so that a run with a cached template never loads the store or dataset code.
  const { openStore } = await import("../../src/store/store.ts");
  const { loadDataset } = await import("../../src/dataset/load.ts");
  const empty = await openStore({ dataDir: join(into, "empty") });
  await empty.close();
  appendFileSync(join(into, "empty", "postgresql.auto.conf"), `${TEST_SETTINGS.join("\n")}\n`);
  const result = await loadDataset(join(ROOT, "data"));
  if (!result.ok)
    return `data/ does not load (${result.issues.length} issues; run npx lodestone data check), so no store holds it`;
  cpSync(join(into, "empty"), join(into, "bundled"), { recursive: true });
  const bundled = await openStore({ dataDir: join(into, "bundled") });
  try {
    await bundled.loadDataset(result.value);
  } finally {
    await bundled.close();
  }
  return undefined;
}

/** Removes templates of other keys unused for a day (sibling checkouts share node_modules). */
function pruneOld(keep: string) {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const f of readdirSync(CACHE)) {
    if (f === keep) continue;
    const p = join(CACHE, f);
    if (statSync(p).mtimeMs < dayAgo) rmSync(p, { recursive: true, force: true });
  }
}
