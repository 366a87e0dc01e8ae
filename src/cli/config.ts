/** @module Configuration from the environment: data folder, store location, bundled data directory. */
import { mkdir } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore, type Store } from "../store/store.ts";
import { redactUrl } from "../store/postgres.ts";
import type { Effects } from "./effects.ts";
import { UserError } from "./errors.ts";
import { createRemoteStore } from "./remote-store.ts";
import { acquireStoreLock, type StoreLock, StoreBusyError } from "./store-lock.ts";

/** The repository (package) root. */
export const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The bundled knowledge base. */
export const BUNDLED_DATA_DIR = join(PACKAGE_ROOT, "data");

/** Lodestone's data folder: `LODESTONE_HOME`, else `~/.lodestone`. */
export function lodestoneHome(env: Record<string, string | undefined>): string {
  return env.LODESTONE_HOME || join(homedir(), ".lodestone");
}

/** Describes where the store lives, for messages. */
export function storeLocation(env: Record<string, string | undefined>): string {
  return env.DATABASE_URL
    ? `PostgreSQL ${redactUrl(env.DATABASE_URL)}`
    : `PGlite ${join(lodestoneHome(env), "pgdata")}`;
}

const locks = new WeakMap<Store, StoreLock>();

/** Publishes a server's address in the store lock: other `lodestone` read commands then query it over HTTP. */
export function advertiseServer(store: Store, url: string): void {
  locks.get(store)?.advertise(url);
}

/**
 * The store a command works on: the one its effects hand over (tests), else the configured one. Closing it is the
 * command's job either way (closing a handed-over store leaves it open for its owner).
 */
export function commandStore(fx: Pick<Effects, "env" | "openStore">): Promise<Store> {
  return fx.openStore ? fx.openStore() : openConfiguredStore(fx.env);
}

/**
 * Opens the configured store: PostgreSQL when DATABASE_URL is set, PGlite under LODESTONE_HOME otherwise (one process
 * at a time: src/cli/store-lock.ts). When a running server holds the embedded store, returns a read-only store over
 * that server's API (reads work, writes refuse naming the server).
 */
export async function openConfiguredStore(env: Record<string, string | undefined>): Promise<Store> {
  try {
    if (env.DATABASE_URL) return await openStore({ url: env.DATABASE_URL });
    await mkdir(lodestoneHome(env), { recursive: true });
    let lock: StoreLock;
    try {
      lock = await acquireStoreLock(lodestoneHome(env));
    } catch (e) {
      if (e instanceof StoreBusyError && e.owner?.url) return createRemoteStore(e.owner.url, e.owner);
      throw e;
    }
    try {
      const store = await openStore({ dataDir: join(lodestoneHome(env), "pgdata") });
      const close = store.close;
      const held = Object.assign(store, { close: () => close().finally(() => lock.release()) });
      locks.set(held, lock);
      return held;
    } catch (e) {
      await lock.release();
      throw e;
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    const msg = e instanceof Error ? e.message : String(e);
    const hint = env.DATABASE_URL
      ? "Check DATABASE_URL (postgres://user:password@host:port/database), or unset it to use the embedded store."
      : "Check that LODESTONE_HOME is writable and that no other Lodestone process holds the embedded store.";
    throw new UserError(`cannot open the store (${storeLocation(env)}): ${msg}\n${hint}`);
  }
}
