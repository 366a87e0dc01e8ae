/** @module Store lock: one process at a time may open the embedded (PGlite) store folder. */
import { open, readFile, rm } from "node:fs/promises";
import { UserError } from "./errors.ts";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === "EPERM";
  }
}

/** Takes the lock file at `path` (stale locks of dead processes are taken over); returns a release function. */
export async function acquireStoreLock(path: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fh = await open(path, "wx");
      await fh.writeFile(String(process.pid));
      await fh.close();
      return async () => {
        await rm(path, { force: true });
      };
    } catch (e) {
      if ((e as { code?: string }).code !== "EEXIST") throw e;
      const pid = Number((await readFile(path, "utf8").catch(() => "")).trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new UserError(
          `the embedded store is in use by process ${pid} (a running "lodestone serve"?). ` +
            "Stop that process, query its HTTP API instead, or set DATABASE_URL to share a PostgreSQL server.",
        );
      }
      await rm(path, { force: true });
    }
  }
  throw new UserError(`cannot take the store lock ${path}`);
}
