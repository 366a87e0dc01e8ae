/**
 * @module ReadCache: read-mostly aggregates (filter facets of figures and the curated tables) computed once per loaded
 * dataset instead of on every request. Emptied by `loadDataset` in this process; on PostgreSQL, where another process
 * may load a dataset, each read first compares the newest `dataset_version` id with the one the entries were built
 * for (one indexed single-row query). On PGlite the store has one process (the data folder's lock), so no query.
 * Ingested articles never change these aggregates (they live in other tables).
 */
import type { Sql } from "./sql.ts";

export interface ReadCache {
  /** The cached value of `key`, computed by `compute` when missing or built for an older dataset version. */
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** Forgets every entry (after a load). */
  clear(): void;
}

export function createReadCache(sql: Sql): ReadCache {
  let entries = new Map<string, Promise<unknown>>();
  let builtFor: number | undefined;
  const currentVersion = async () =>
    (await sql.query<{ id: number | null }>("SELECT max(id)::int AS id FROM dataset_version"))[0]?.id ?? 0;
  return {
    async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      if (sql.kind === "postgres") {
        const version = await currentVersion();
        if (version !== builtFor) {
          entries = new Map();
          builtFor = version;
        }
      }
      let hit = entries.get(key) as Promise<T> | undefined;
      if (!hit) {
        const map = entries;
        hit = compute();
        map.set(key, hit);
        // A failed computation is not kept: the next read tries again.
        hit.catch(() => {
          if (map.get(key) === hit) map.delete(key);
        });
      }
      return hit;
    },
    clear() {
      entries = new Map();
      builtFor = undefined;
    },
  };
}
