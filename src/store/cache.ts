/**
 * @module ReadCache: read-mostly results (filter facets of figures and the curated tables, the dataset version, pages
 * of figures) computed once per loaded dataset instead of on every request. Emptied by `loadDataset` in this process;
 * on PostgreSQL, where another process may load a dataset, each read first compares the newest `dataset_version` id
 * with the one the entries were built for (one single-row query). On PGlite the store has one process (the data
 * folder's lock), so no query. Ingested articles never change these results (they live in other tables).
 * Entries given a weight (pages of figures: their row count) are evicted least recently used first beyond
 * `WEIGHT_BUDGET`, so memory stays bounded whatever the queries.
 */
import type { Sql } from "./sql.ts";

/** Rows of cached figure pages kept at most (about 1.5 kB each: some 75 MB at worst). */
export const WEIGHT_BUDGET = 50_000;

export interface ReadCache {
  /**
   * The cached value of `key`, computed by `compute` when missing or built for an older dataset version. With
   * `weigh`, the entry counts against WEIGHT_BUDGET (a value heavier than the budget is returned but not kept).
   */
  get<T>(key: string, compute: () => Promise<T>, weigh?: (value: T) => number): Promise<T>;
  /** Forgets every entry (after a load). */
  clear(): void;
}

interface Entry {
  value: Promise<unknown>;
  weight: number;
}

export function createReadCache(sql: Sql): ReadCache {
  let entries = new Map<string, Entry>();
  let weight = 0;
  let builtFor: number | undefined;
  const reset = () => {
    entries = new Map();
    weight = 0;
  };
  // Concurrent reads share one version query (a read may see the version of a query begun a round trip earlier).
  let versionQuery: Promise<number> | undefined;
  const currentVersion = () => {
    versionQuery ??= sql
      .query<{ id: number | null }>("SELECT max(id)::int AS id FROM dataset_version")
      .then((rows) => rows[0]?.id ?? 0)
      .finally(() => {
        versionQuery = undefined;
      });
    return versionQuery;
  };
  const evict = () => {
    for (const [key, e] of entries) {
      if (weight <= WEIGHT_BUDGET) break;
      if (e.weight === 0) continue;
      entries.delete(key);
      weight -= e.weight;
    }
  };
  return {
    async get<T>(key: string, compute: () => Promise<T>, weigh?: (value: T) => number): Promise<T> {
      if (sql.kind === "postgres") {
        const version = await currentVersion();
        if (version !== builtFor) {
          reset();
          builtFor = version;
        }
      }
      const hit = entries.get(key);
      if (hit) {
        if (hit.weight) {
          // Most recently used last: eviction walks the map from the front.
          entries.delete(key);
          entries.set(key, hit);
        }
        return hit.value as Promise<T>;
      }
      const map = entries;
      const entry: Entry = { value: compute(), weight: 0 };
      map.set(key, entry);
      try {
        const value = (await entry.value) as T;
        if (weigh && map === entries && map.get(key) === entry) {
          entry.weight = Math.max(1, weigh(value));
          weight += entry.weight;
          evict();
        }
        return value;
      } catch (e) {
        // A failed computation is not kept: the next read tries again.
        if (map.get(key) === entry) map.delete(key);
        throw e;
      }
    },
    clear() {
      reset();
      builtFor = undefined;
    },
  };
}
