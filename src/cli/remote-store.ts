/**
 * @module A read-only Store over a running server's HTTP API: when `lodestone serve` holds the embedded store, the
 * read commands (figures, series, sources, policy, projects, results, estimates) ask the server instead of failing.
 * Same filters, same answers: the API serves the store's own rows.
 */
import { SeriesError } from "../domain/series.ts";
import { FilterError } from "../store/query-fields.ts";
import type { Sql } from "../store/sql.ts";
import type { Store } from "../store/store.ts";
import { UserError } from "./errors.ts";
import type { LockOwner } from "./store-lock.ts";

/** Query parameters from a parsed query object: lists comma-joined, everything else as text, undefined left out. */
export function toSearchParams(q: object): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === null) continue;
    p.set(k, Array.isArray(v) ? v.join(",") : String(v));
  }
  return p;
}

const SERIES_ERROR_CODES: readonly SeriesError["code"][] = [
  "ambiguous_series",
  "too_many_periods",
  "unit_mismatch",
  "not_contained",
];

type ErrorBody = {
  error?: { code?: string; message?: string; issues?: { path: string; message: string }[] };
};

/** Creates the remote store; `base` is the server's address (e.g. `http://127.0.0.1:3000`). */
export function createRemoteStore(base: string, owner: LockOwner): Store {
  const root = base.replace(/\/+$/, "");
  const get = async <T>(path: string, q: object = {}): Promise<T> => {
    const qs = toSearchParams(q).toString();
    let res: Response;
    try {
      res = await fetch(`${root}${path}${qs ? `?${qs}` : ""}`, { headers: { accept: "application/json" } });
    } catch (e) {
      throw new UserError(
        `the embedded store is held by process ${owner.pid} ("lodestone ${owner.command}"), whose API at ${root} does not answer (${e instanceof Error ? e.message : String(e)})`,
      );
    }
    const body = (await res.json().catch(() => null)) as (T & ErrorBody) | null;
    if (res.ok && body) return body;
    const err = body?.error;
    if (err?.code === "unknown_filter_value" && err.issues)
      throw new FilterError(err.issues.map((i) => ({ field: i.path, value: "", message: i.message })));
    if (err?.code && (SERIES_ERROR_CODES as readonly string[]).includes(err.code))
      throw new SeriesError(err.code as SeriesError["code"], err.message ?? err.code);
    throw new UserError(`the server at ${root} answered ${res.status}: ${err?.message ?? res.statusText}`);
  };
  const writeRefused = (what: string) =>
    new UserError(
      `${what} needs the embedded store itself, which process ${owner.pid} ("lodestone ${owner.command}") holds and serves at ${root}. ` +
        "Stop that server first, or send writes to its API (see docs/operations.md).",
    );
  const sql: Sql = {
    kind: "pglite",
    query: () => Promise.reject(writeRefused("this command")),
    exec: () => Promise.reject(writeRefused("this command")),
    transaction: () => Promise.reject(writeRefused("this command")),
    close: async () => {},
  };
  const page =
    <R>(path: string) =>
    async (q: object) => {
      const p = await get<{ items: R[]; total: number }>(path, q);
      return { items: p.items, total: p.total };
    };
  return {
    kind: "pglite",
    sql,
    loadDataset: () => Promise.reject(writeRefused("loading data")),
    async datasetVersion() {
      return (await get<{ dataset: Awaited<ReturnType<Store["datasetVersion"]>> }>("/api/health")).dataset;
    },
    async sources(filter = {}) {
      const all = (await get<{ items: Awaited<ReturnType<Store["sources"]>> }>("/api/sources", filter)).items;
      return filter.id?.length ? all.filter((s) => filter.id!.includes(s.id)) : all;
    },
    figures: page("/api/figures"),
    series: (q) => get("/api/series", q),
    facets: () => get("/api/facets"),
    async policyEvents() {
      throw writeRefused("reading the whole policy register");
    },
    queryPolicyEvents: page("/api/policy-events"),
    capacityProjects: page("/api/capacity-projects"),
    companyResults: page("/api/company-results"),
    marketEstimates: page("/api/market-estimates"),
    async records(kind) {
      return (await get<{ items: Awaited<ReturnType<Store["records"]>> }>(`/api/records/${kind}`)).items;
    },
    close: async () => {},
  } as Store;
}
