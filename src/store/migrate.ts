/** @module Migrations: plain forward-only SQL files in ./migrations, applied in name order, each once. */
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Sql } from "./sql.ts";

const DIR = fileURLToPath(new URL("./migrations/", import.meta.url));
const LOCK_KEY = 5_440_727; // arbitrary constant: serialises concurrent migrators on one server

/** Applies the migrations not yet recorded in `schema_migration`; returns the names applied. */
export async function migrate(sql: Sql): Promise<string[]> {
  const files = (await readdir(DIR)).filter((f) => f.endsWith(".sql")).sort();
  return sql.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [LOCK_KEY]);
    await tx.exec(
      "CREATE TABLE IF NOT EXISTS schema_migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
    );
    const done = new Set(
      (await tx.query<{ name: string }>("SELECT name FROM schema_migration")).map((r) => r.name),
    );
    const applied: string[] = [];
    for (const f of files) {
      if (done.has(f)) continue;
      await tx.exec(await readFile(DIR + f, "utf8"));
      await tx.query("INSERT INTO schema_migration (name) VALUES ($1)", [f]);
      applied.push(f);
    }
    return applied;
  });
}
