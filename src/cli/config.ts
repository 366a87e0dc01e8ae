/** @module Configuration from the environment: data folder, store location, bundled data directory. */
import { mkdir } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore, type Store } from "../store/store.ts";
import { redactUrl } from "../store/postgres.ts";
import { UserError } from "./errors.ts";
import { acquireStoreLock } from "./store-lock.ts";

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

/** Opens the configured store: PostgreSQL when DATABASE_URL is set, PGlite under LODESTONE_HOME otherwise. */
export async function openConfiguredStore(env: Record<string, string | undefined>): Promise<Store> {
  try {
    if (env.DATABASE_URL) return await openStore({ url: env.DATABASE_URL });
    await mkdir(lodestoneHome(env), { recursive: true });
    const release = await acquireStoreLock(join(lodestoneHome(env), "pgdata.lock"));
    try {
      const store = await openStore({ dataDir: join(lodestoneHome(env), "pgdata") });
      const close = store.close;
      return Object.assign(store, { close: () => close().finally(release) });
    } catch (e) {
      await release();
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
