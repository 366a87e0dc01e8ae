/** @module `lodestone data check|load`: validate every data file, or load them into the store in one transaction. */
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { formatIssues, IssueError } from "../../domain/issue.ts";
import { parseCommandArgs } from "../args.ts";
import { BUNDLED_DATA_DIR, commandStore, storeLocation } from "../config.ts";
import type { Effects } from "../effects.ts";
import { type Command, UsageError, UserError } from "../errors.ts";

const USAGE = "usage: lodestone data check|load [--data DIR]";

export const dataCommand: Command = async (args, fx) => {
  const [sub, ...rest] = args;
  if (sub !== "check" && sub !== "load")
    throw new UsageError(`data: expected "check" or "load", got ${sub ? `"${sub}"` : "nothing"}\n${USAGE}`);
  const { values, positionals } = parseCommandArgs(`data ${sub}`, rest, { data: { type: "string" } });
  if (positionals.length)
    throw new UsageError(`data ${sub}: unexpected argument "${positionals[0]}"\n${USAGE}`);
  const dir = values.data ? resolve(fx.cwd, values.data) : BUNDLED_DATA_DIR;
  const info = await stat(dir).catch((e: NodeJS.ErrnoException) => e.code ?? "unreadable");
  if (typeof info === "string" || !info.isDirectory())
    throw new UserError(
      `data ${sub}: --data ${values.data ?? dir} is not a data folder (${typeof info !== "string" ? "not a directory" : info === "ENOENT" ? "no such folder" : info}); expected a folder with sources.csv and the data tables`,
    );
  return sub === "check" ? check(dir, fx) : load(dir, fx);
};

async function check(dir: string, fx: Effects): Promise<number> {
  const { checkDataDir } = await import("../../dataset/load.ts");
  const { isError } = await import("../../dataset/provenance.ts");
  const { issues, counts } = await checkDataDir(dir);
  const errors = issues.filter(isError);
  const warnings = issues.filter((i) => !isError(i));
  if (warnings.length) fx.stderr(`${formatIssues(warnings).replace(/^/gm, "warning: ")}\n`);
  if (errors.length) {
    fx.stderr(`${formatIssues(errors)}\n`);
    fx.stderr(`data check: ${errors.length} problem${errors.length === 1 ? "" : "s"} in ${dir}\n`);
    return 1;
  }
  const files = Object.entries(counts).filter(([f]) => f.endsWith(".csv"));
  const rows = files.reduce((a, [, n]) => a + n, 0);
  fx.stdout(
    `data check: ok — ${files.length} files, ${rows} rows, ${counts.figures ?? 0} figures from ${counts.sources ?? 0} sources\n${files
      .map(([f, n]) => `  ${f.padEnd(34)} ${String(n).padStart(6)} rows`)
      .join("\n")}\n`,
  );
  return 0;
}

async function load(dir: string, fx: Effects): Promise<number> {
  const { loadDataset } = await import("../../dataset/load.ts");
  const result = await loadDataset(dir);
  if (!result.ok) throw new IssueError(result.issues);
  const store = await commandStore(fx);
  try {
    const s = await store.loadDataset(result.value);
    const parts = Object.entries(s.tables).map(
      ([t, c]) =>
        `  ${t.padEnd(13)} +${c.inserted} inserted, ${c.updated} updated, ${c.deleted} deleted, ${c.unchanged} unchanged`,
    );
    fx.stdout(
      `data load: ${s.changed ? "loaded" : "no change"} — dataset ${s.contentHash} into ${storeLocation(fx.env)}\n${parts.join("\n")}\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
