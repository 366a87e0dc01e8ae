/** Vitest global setup: builds (or reuses) the test store templates once per run and hands their paths to test files. */
import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { preparePostgresTemplate, pruneClones } from "./postgres-template.ts";
import { prepareStoreTemplates, ROOT, type StoreTemplates, templateKey } from "./store-templates.ts";

/** The PostgreSQL template database holding the bundled data/ (postgres-template.ts), or why there is none. */
export interface PostgresTemplate {
  name?: string;
  error?: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    storeTemplates: StoreTemplates;
    postgresTemplate: PostgresTemplate;
  }
}

/**
 * Removes test stores and homes a crashed run left in /dev/shm (test-store.ts copies them there; memory is only given
 * back when they are deleted). Only those a day old: another run may be using younger ones.
 */
function pruneScratch(root = "/dev/shm") {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return;
  }
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const name of names) {
    if (!name.startsWith("lodestone-")) continue;
    const p = join(root, name);
    try {
      if (statSync(p).mtimeMs < dayAgo) rmSync(p, { recursive: true, force: true });
    } catch {
      // Removed meanwhile by its own run.
    }
  }
}

/** Builds (or finds) the PostgreSQL template when the PostgreSQL suites run; an error is handed to them, not thrown. */
async function postgresTemplate(log: (line: string) => void): Promise<PostgresTemplate> {
  const url = process.env.LODESTONE_TEST_DATABASE_URL;
  if (!url) return { error: "LODESTONE_TEST_DATABASE_URL is not set" };
  try {
    await pruneClones(url);
    const { loadDataset } = await import("../../src/dataset/load.ts");
    const name = await preparePostgresTemplate(
      url,
      templateKey(),
      async (store) => {
        const result = await loadDataset(join(ROOT, "data"));
        if (!result.ok) throw new Error(`data/ does not load (${result.issues.length} issues)`);
        await store.loadDataset(result.value);
      },
      log,
    );
    return { name };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

export default async function setup(project: TestProject) {
  pruneScratch();
  const log = (line: string) => console.log(line);
  const [{ cleanup, ...templates }, pg] = await Promise.all([
    prepareStoreTemplates(log),
    postgresTemplate(log),
  ]);
  project.provide("storeTemplates", templates);
  project.provide("postgresTemplate", pg);
  return cleanup;
}
