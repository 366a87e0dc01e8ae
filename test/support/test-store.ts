/**
 * @module Stores for tests: each call copies a prepared template (see store-templates.ts) into its own temporary
 * folder, so a test file gets a migrated store, empty or holding the bundled data/, in about a second instead of
 * migrating and loading 19,000 figures itself. Closing the store removes the folder. The copies go to a
 * memory-backed folder when the system has one (/dev/shm on Linux): a bundled store is 90 MB, and writing it to a
 * disk shared with other work took 1.5-9.5 s per copy instead of 0.2-0.4 s.
 */
import { cpSync, mkdtempSync, rmSync, statfsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { openStore, type Store } from "../../src/store/store.ts";

export type Template = "empty" | "bundled";

const SHM = "/dev/shm";
/** Free space /dev/shm must have to be used: a few bundled stores open at once (containers often give it 64 MB). */
const SHM_MIN_BYTES = 2 * 1024 ** 3;
let scratch: string | undefined;
/** Where test stores and homes are copied: memory-backed when there is room, else the system's temporary folder. */
function scratchRoot(): string {
  if (scratch === undefined) {
    let roomy = false;
    try {
      const fs = statfsSync(SHM);
      roomy = process.platform === "linux" && fs.bavail * fs.bsize >= SHM_MIN_BYTES;
    } catch {
      roomy = false;
    }
    scratch = roomy ? SHM : tmpdir();
  }
  return scratch;
}

function copyTemplate(template: "empty" | "bundled", into: string) {
  const templates = inject("storeTemplates");
  const from = templates[template];
  if (!from) throw new Error(templates.bundledError ?? `no ${template} store template`);
  cpSync(from, into, { recursive: true });
}

/** A fresh PGlite store: migrated and empty, or already holding the bundled data/. */
export async function openTestStore(template: Template = "empty"): Promise<Store> {
  const dir = mkdtempSync(join(scratchRoot(), "lodestone-test-store-"));
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
  const home = mkdtempSync(join(scratchRoot(), prefix));
  copyTemplate("bundled", join(home, "pgdata"));
  return { home, remove: () => rmSync(home, { recursive: true, force: true }) };
}

/**
 * Environment for CLI commands run on a handed-over store (memoryEffects' `store`): a PostgreSQL address nothing
 * listens on, so a command that opened the configured store instead would fail loudly rather than use ~/.lodestone.
 */
export const NO_CONFIGURED_STORE = { DATABASE_URL: "postgres://unused@127.0.0.1:1/not-a-store" };

/**
 * One store holding the bundled data/, opened on first use and shared by a test file's read-only CLI commands and
 * API requests (each CLI command opening its own copy spent most of its time doing so). `close()` in afterAll.
 */
export function sharedBundledStore(): { get(): Promise<Store>; close(): Promise<void> } {
  let opened: Promise<Store> | undefined;
  return {
    get: () => (opened ??= openTestStore("bundled")),
    close: async () => {
      await (await opened)?.close();
    },
  };
}
