/** @module Loads the bundled knowledge base into an empty store (first start), reporting what it did. */
import { IssueError } from "../domain/issue.ts";
import type { Store } from "../store/store.ts";
import { BUNDLED_DATA_DIR } from "./config.ts";

/** Loads `data/` when the store holds no dataset yet; returns true when it loaded. */
export async function ensureBundledData(store: Store, log: (line: string) => void): Promise<boolean> {
  if (await store.datasetVersion()) return false;
  log("first start: loading the bundled knowledge base from data/ ...");
  const { loadDataset } = await import("../dataset/load.ts");
  const result = await loadDataset(BUNDLED_DATA_DIR);
  if (!result.ok) throw new IssueError(result.issues);
  const s = await store.loadDataset(result.value);
  log(
    `loaded ${result.value.figures.length} figures from ${result.value.sources.length} sources (dataset ${s.contentHash})`,
  );
  return true;
}
