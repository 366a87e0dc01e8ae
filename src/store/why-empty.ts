/** @module Why a curated query answered nothing: past the last page, only excluded rows, or filters that never meet. */
import type { Page } from "./query-fields.ts";

export type EmptyReason =
  | { kind: "past_end"; total: number }
  | { kind: "only_excluded"; total: number }
  | { kind: "empty_table" }
  | { kind: "no_match"; filters: [string, string][] };

type Paged = { limit: number; offset: number; excluded: "include" | "exclude" | "only" };

/**
 * Re-asks the query to explain an empty page. `filters` are the filters as the user gave them (name, value),
 * without paging. Filter values were already checked one by one (an unknown value is an error, not an empty page).
 */
export async function whyEmpty<Q extends Paged>(
  q: Q,
  filters: [string, string][],
  run: (q: Q) => Promise<Page<unknown>>,
): Promise<EmptyReason> {
  if (q.offset > 0) {
    const all = await run({ ...q, offset: 0, limit: 1 });
    if (all.total > 0) return { kind: "past_end", total: all.total };
  }
  if (q.excluded === "exclude") {
    const any = await run({ ...q, excluded: "include", offset: 0, limit: 1 });
    if (any.total > 0) return { kind: "only_excluded", total: any.total };
  }
  return filters.length ? { kind: "no_match", filters } : { kind: "empty_table" };
}

/** The reason in words; `filter` writes a filter as the caller's users type it (`--start-from 2025`, `startFrom=2025`). */
export function describeEmpty(
  r: EmptyReason,
  noun: string,
  filter: (name: string, value: string) => string,
): string {
  const given = (fs: [string, string][]) => fs.map(([k, v]) => filter(k, v)).join(" ");
  switch (r.kind) {
    case "past_end":
      return `no ${noun} past offset: only ${r.total} match`;
    case "only_excluded":
      return `the ${r.total} ${noun} that match are all excluded (ask with excluded include to see them and why)`;
    case "empty_table":
      return `no ${noun} in the store (load the data first)`;
    case "no_match":
      return r.filters.length === 1
        ? `no ${noun} match ${given(r.filters)}`
        : `no ${noun} match ${given(r.filters)} together (each name or code was checked on its own; drop a filter to widen)`;
  }
}
