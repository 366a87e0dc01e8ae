/** @module Reads `data/` from disk (the only fs access in this layer) and returns the checked Dataset or its issues. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fail, type Issue, ok, type Result } from "../domain/issue.ts";
import { checkFiles } from "./check.ts";
import type { Dataset } from "./dataset.ts";
import { isError } from "./provenance.ts";
import { TABLES, sourcesTable } from "./tables/index.ts";

/** Options for reading a data directory. */
export interface LoadOptions {
  /** Prefix of issue paths (`data/file.csv:LINE`); defaults to `data`. */
  label?: string;
}

async function readAll(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  await Promise.all(
    [sourcesTable, ...TABLES].map(async (t) => {
      try {
        files.set(t.file, await readFile(join(dir, t.file), "utf8"));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      }
    }),
  );
  return files;
}

/** What checkDataDir and loadDataset give, from one reading and check of the directory (for callers wanting both). */
export async function checkAndLoadDataDir(
  dir: string,
  options: LoadOptions = {},
): Promise<{ issues: Issue[]; counts: Record<string, number>; loaded: Result<Dataset> }> {
  const { dataset, issues, counts } = checkFiles(await readAll(dir), options.label);
  const errors = issues.filter(isError);
  return { issues, counts, loaded: errors.length > 0 ? fail(errors) : ok(dataset) };
}

/** Checks every file of a data directory and reports all issues (errors and warnings) with row counts per file. */
export async function checkDataDir(
  dir: string,
  options: LoadOptions = {},
): Promise<{ issues: Issue[]; counts: Record<string, number> }> {
  const { issues, counts } = await checkAndLoadDataDir(dir, options);
  return { issues, counts };
}

/** Loads a data directory into a Dataset; fails with every error issue found (warnings do not fail). */
export async function loadDataset(dir: string, options: LoadOptions = {}): Promise<Result<Dataset>> {
  return (await checkAndLoadDataDir(dir, options)).loaded;
}
