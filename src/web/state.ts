/** @module Shared, cached look-ups: facets, health and the source index (fetched once per page load). */
import { api } from "./client.ts";
import type { Facets, FigureSource, Health } from "./types.ts";

let facets: Promise<Facets> | undefined;
let health: Promise<Health> | undefined;
let sources: Promise<Map<string, FigureSource>> | undefined;

const retryable = <T>(p: Promise<T>, reset: () => void) => {
  p.catch(reset);
  return p;
};

export function getFacets(): Promise<Facets> {
  facets ??= retryable(api.facets(), () => {
    facets = undefined;
  });
  return facets;
}

export function getHealth(): Promise<Health> {
  health ??= retryable(api.health(), () => {
    health = undefined;
  });
  return health;
}

/** Sources by id, for rows (policy events) that carry only a source id. */
export function getSourceIndex(): Promise<Map<string, FigureSource>> {
  sources ??= retryable(
    api.sources().then((r) => new Map(r.items.map((s) => [s.id, s]))),
    () => {
      sources = undefined;
    },
  );
  return sources;
}

/** `{dataset}` when that data file is loaded (narrows a metric to one table), else no filter. */
export function onlyDataset(facets: Facets, dataset: string): { dataset?: string } {
  const d = pick(facets.datasets, dataset);
  return d ? { dataset: d } : {};
}

/** The first of `wanted` present in `known` (case-insensitive), returned as spelled in `known`. */
export function pick(known: readonly string[], ...wanted: string[]): string | undefined {
  for (const w of wanted) {
    const hit = known.find((k) => k.toLowerCase() === w.toLowerCase());
    if (hit) return hit;
  }
  return undefined;
}
