/** @module `lodestone backup FILE` and `lodestone restore FILE [--replace]`: the whole store as a portable JSON-lines file. */
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { rename, rm, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { BackupError, dumpStore, restoreStore } from "../../store/backup.ts";
import { parseCommandArgs } from "../args.ts";
import { commandStore, storeLocation } from "../config.ts";
import { type Command, UsageError, UserError } from "../errors.ts";

const BACKUP_USAGE = "usage: lodestone backup FILE   (every table of the store, as JSON lines)";
const RESTORE_USAGE =
  "usage: lodestone restore FILE [--replace]   (replaces the store's contents with the backup, in one transaction)";

function onePath(command: string, usage: string, positionals: string[]): string {
  if (positionals.length !== 1) throw new UsageError(`${command}: expected one FILE\n${usage}`);
  return positionals[0]!;
}

export const backupCommand: Command = async (args, fx) => {
  const { values, positionals } = parseCommandArgs("backup", args, { help: { type: "boolean", short: "h" } });
  if (values.help) {
    fx.stdout(`${BACKUP_USAGE}\n`);
    return 0;
  }
  const file = resolve(fx.cwd, onePath("backup", BACKUP_USAGE, positionals));
  const tmp = `${file}.${process.pid}.tmp`;
  const store = await commandStore(fx);
  try {
    const out = createWriteStream(tmp, { flags: "wx" });
    const opened = once(out, "open");
    out.on("error", () => {});
    await opened.catch((e: NodeJS.ErrnoException) => {
      throw new UserError(`backup: cannot write ${file}: ${e.code ?? e.message}`);
    });
    try {
      const header = await dumpStore(store.sql, async (line) => {
        if (!out.write(`${line}\n`)) await once(out, "drain");
      });
      await new Promise<void>((res, rej) => out.end((e?: Error | null) => (e ? rej(e) : res())));
      // Written whole, then renamed: an interrupted backup never leaves a half file under the name asked for.
      await rename(tmp, file);
      const rows = header.tables.reduce((n, t) => n + t.rows, 0);
      fx.stdout(
        `backup: ${rows} rows from ${header.tables.length} tables of ${storeLocation(fx.env)} written to ${file}\n`,
      );
      return 0;
    } catch (e) {
      out.destroy();
      await rm(tmp, { force: true });
      throw e;
    }
  } finally {
    await store.close();
  }
};

export const restoreCommand: Command = async (args, fx) => {
  const { values, positionals } = parseCommandArgs("restore", args, {
    replace: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    fx.stdout(`${RESTORE_USAGE}\n`);
    return 0;
  }
  const file = resolve(fx.cwd, onePath("restore", RESTORE_USAGE, positionals));
  const info = await stat(file).catch((e: NodeJS.ErrnoException) => e.code ?? "unreadable");
  if (typeof info === "string" || !info.isFile())
    throw new UserError(`restore: cannot read ${file}: ${typeof info === "string" ? info : "not a file"}`);
  const store = await commandStore(fx);
  try {
    const [held] = await store.sql.query<{ n: number }>(
      "SELECT (SELECT count(*) FROM dataset_version) + (SELECT count(*) FROM article) AS n",
    );
    if (Number(held?.n) > 0 && !values.replace)
      throw new UsageError(
        `restore: ${storeLocation(fx.env)} already holds data; add --replace to replace all of it with ${file}`,
      );
    const lines = createInterface({
      input: createReadStream(file, "utf8"),
      crlfDelay: Number.POSITIVE_INFINITY,
    });
    // Taken at once: lines read before an iterator exists would be dropped while the transaction starts.
    const iterator = lines[Symbol.asyncIterator]();
    let counts: Record<string, number>;
    try {
      counts = await restoreStore(store.sql, { [Symbol.asyncIterator]: () => iterator });
    } catch (e) {
      if (e instanceof BackupError)
        throw new UserError(`restore: ${file}: ${e.message}; nothing was changed`);
      throw e;
    } finally {
      lines.close();
    }
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    fx.stdout(
      `restore: ${rows} rows into ${Object.keys(counts).length} tables of ${storeLocation(fx.env)}\n${Object.entries(
        counts,
      )
        .map(([t, n]) => `  ${t.padEnd(18)} ${String(n).padStart(7)}`)
        .join("\n")}\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
};
