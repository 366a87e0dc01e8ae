/**
 * @module Stores for tests: each call copies a prepared template (see store-templates.ts) into its own temporary
 * folder, so a test file gets a migrated store, empty or holding the bundled data/, in about a second instead of
 * migrating and loading 19,000 figures itself. Closing the store removes the folder.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { openStore, type Store } from "../../src/store/store.ts";

export type Template = "empty" | "bundled";

function copyTemplate(template: "empty" | "bundled", into: string) {
  const templates = inject("storeTemplates");
  const from = templates[template];
  if (!from) throw new Error(templates.bundledError ?? `no ${template} store template`);
  cpSync(from, into, { recursive: true });
}

/** A fresh PGlite store: migrated and empty, or already holding the bundled data/. */
export async function openTestStore(template: Template = "empty"): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), "lodestone-test-store-"));
  try {
    copyTemplate(template, join(dir, "pgdata"));
    const store = await openStore({ dataDir: join(dir, "pgdata") });
    const close = store.close.bind(store);
    return Object.assign(store, {
      close: () => close().finally(() => rmSync(dir, { recursive: true, force: true })),
    });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

/**
 * A temporary LODESTONE_HOME whose embedded store already holds the bundled data/ (as after the CLI's first
 * start), for tests that run CLI commands. `remove()` deletes it.
 */
export function testHome(prefix = "lodestone-test-home-"): { home: string; remove(): void } {
  const home = mkdtempSync(join(tmpdir(), prefix));
  copyTemplate("bundled", join(home, "pgdata"));
  return { home, remove: () => rmSync(home, { recursive: true, force: true }) };
}
