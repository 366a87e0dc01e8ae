/** Vitest global setup: builds (or reuses) the test store templates once per run and hands their paths to test files. */
import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { prepareStoreTemplates, type StoreTemplates } from "./store-templates.ts";

declare module "vitest" {
  export interface ProvidedContext {
    storeTemplates: StoreTemplates;
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

export default async function setup(project: TestProject) {
  pruneScratch();
  const { cleanup, ...templates } = await prepareStoreTemplates((line) => console.log(line));
  project.provide("storeTemplates", templates);
  return cleanup;
}
