/** @module Store: the only storage interface other layers import; PGlite by default, PostgreSQL with a URL. */
import { createHash } from "node:crypto";
import type { Dataset } from "../dataset/dataset.ts";
import type { Issue } from "../domain/issue.ts";
import { periodSpan } from "../domain/period.ts";
import type { PolicyEvent } from "../domain/policy-event.ts";
import type { RecordKind, StoredRecord } from "../domain/record.ts";
import type { Licence, Source } from "../domain/source.ts";
import { entityIdOf } from "../domain/entity.ts";
import type { SeriesResult } from "../domain/series.ts";
import type { FigureQuery } from "./figure-query.ts";
import { querySeries } from "./series.ts";
import type { SeriesQuery } from "./series-query.ts";
import { FIGURE_SELECT, type FigureRow, figureTable, toFigureDbRow, toFigureRow } from "./figure-row.ts";
import type { Facets } from "./facets.ts";
import {
  type CapacityProjectRow,
  type ProjectQuery,
  projectFacets,
  capacityProjectTable,
  resolveProjectQuery,
} from "./capacity-projects.ts";
import {
  type CompanyResultRow,
  companyResultTable,
  type ResultQuery,
  resolveResultQuery,
  resultFacets,
} from "./company-results.ts";
import { type CuratedCounts, syncCurated } from "./curated-sync.ts";
import {
  type EstimateQuery,
  estimateFacets,
  type MarketEstimateRow,
  marketEstimateTable,
  resolveEstimateQuery,
} from "./market-estimates.ts";
import {
  policyFacets,
  type PolicyEventRow,
  type PolicyQuery,
  PolicyQuerySchema,
  policyEventTable,
  resolvePolicyQuery,
} from "./policy-events.ts";
import type { Page } from "./query-fields.ts";
import { migrate } from "./migrate.ts";
import { createWhere } from "./where.ts";
import { openPglite } from "./pglite.ts";
import { openPostgres } from "./postgres.ts";
import type { Sql } from "./sql.ts";
import { type SyncCounts, syncTable } from "./upsert.ts";
import { createReadCache } from "./cache.ts";
import { analyze, ensureStatistics } from "./statistics.ts";
import { datasetVersionTable, parseSourceListItem, recordTable, sourceTable } from "./tables.ts";

export type { Facets, FigureRow };

export interface LoadSummary {
  contentHash: string;
  /** False when the store already held exactly this dataset. */
  changed: boolean;
  tables: Record<"source" | "figure" | "record", SyncCounts> & CuratedCounts;
}

export interface Store {
  readonly kind: "pglite" | "postgres";
  /** Makes the store hold exactly `dataset`, in one transaction; a second identical load changes nothing. */
  loadDataset(dataset: Dataset): Promise<LoadSummary>;
  /** Hash of the loaded dataset, or null when nothing was loaded yet. */
  datasetVersion(): Promise<{
    contentHash: string;
    loadedAt: string;
    figures: number;
    sources: number;
  } | null>;
  sources(filter?: { licence?: Licence; id?: string[] }): Promise<(Source & { figures: number })[]>;
  /** Figures matching `query`, newest period first within each series, with the total before paging. */
  figures(query: FigureQuery): Promise<{ items: FigureRow[]; total: number }>;
  /**
   * One value per period for one series (metric, entity, counterparty ...), never double counting: the preferred
   * reported value, or the sum of preferred parts when no total is reported. Throws SeriesError (code
   * `ambiguous_series`) when the query matches several series.
   */
  series(query: SeriesQuery): Promise<SeriesResult>;
  /** Distinct values of the filterable columns, for validation and the dashboard's pickers. */
  facets(): Promise<Facets>;
  /** Every policy event matching the (unpaged) filter, oldest first. */
  policyEvents(filter?: { jurisdiction?: string; instrument?: string }): Promise<PolicyEvent[]>;
  /**
   * The curated tables with the source beside each row. Filter values are checked against the table first: a value
   * that matches nothing throws FilterError (src/store/query-fields.ts) naming the closest known values.
   */
  queryPolicyEvents(q: PolicyQuery): Promise<Page<PolicyEventRow>>;
  capacityProjects(q: ProjectQuery): Promise<Page<CapacityProjectRow>>;
  companyResults(q: ResultQuery): Promise<Page<CompanyResultRow>>;
  marketEstimates(q: EstimateQuery): Promise<Page<MarketEstimateRow>>;
  /** Whole rows of a kind (capacity projects and market estimates are served from their typed tables). */
  records(kind: RecordKind): Promise<StoredRecord[]>;
  /** Raw SQL access for layers that add their own tables (ingestion); same dialect on both adapters. */
  readonly sql: Sql;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** PostgreSQL URL; when absent, PGlite is used. */
  url?: string | undefined;
  /** PGlite data folder; in memory when absent. */
  dataDir?: string | undefined;
  /** PostgreSQL schema to use (created if missing); isolates test runs. */
  schema?: string | undefined;
}

/** Opens the store and applies pending migrations. */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const sql = options.url
    ? await openPostgres(options.url, options.schema)
    : await openPglite(options.dataDir);
  try {
    await migrate(sql);
    await ensureStatistics(sql);
  } catch (e) {
    await sql.close().catch(() => {});
    throw e;
  }
  return createStore(sql);
}

function hashDataset(ds: Dataset): string {
  const h = createHash("sha256");
  h.update(
    JSON.stringify([
      ds.sources,
      ds.figures,
      ds.policyEvents,
      ds.capacityProjects,
      ds.companyResults,
      ds.marketEstimates,
      ds.records,
    ]),
  );
  return h.digest("hex").slice(0, 16);
}

function createStore(sql: Sql): Store {
  const cache = createReadCache(sql);
  const store: Store = {
    kind: sql.kind,
    sql,
    async loadDataset(ds) {
      const contentHash = hashDataset(ds);
      // The read cache is emptied before and after: a read during the transaction must not keep old values.
      cache.clear();
      const summary = await sql.transaction(async (tx) => {
        // Children first (they reference sources), then sources, then children again for inserts.
        const figureRows = ds.figures.map(toFigureDbRow);
        const recordRows = ds.records.map(recordTable.toRow);
        const sourceRows = ds.sources.map(sourceTable.toRow);
        const source = await syncTable(tx, sourceTable, sourceRows, { prune: false });
        const figure = await syncTable(tx, figureTable, figureRows);
        const curated = await syncCurated(tx, ds);
        const record = await syncTable(tx, recordTable, recordRows);
        // Sources no longer in the dataset go last, once nothing references them.
        const keep = ds.sources.map((s) => s.id);
        const gone = await tx.query<{ n: number }>(
          `WITH keep AS (SELECT unnest($1::text[]) AS k),
           g AS (DELETE FROM source s WHERE NOT EXISTS (SELECT 1 FROM keep WHERE keep.k = s.id) RETURNING 1)
           SELECT count(*)::int AS n FROM g`,
          [keep],
        );
        source.deleted = gone[0]?.n ?? 0;
        const tables = { source, figure, record, ...curated };
        const changed = Object.values(tables).some((c) => c.inserted + c.updated + c.deleted > 0);
        const current = await tx.query<{ content_hash: string }>(
          "SELECT content_hash FROM dataset_version ORDER BY id DESC LIMIT 1",
        );
        const same = current[0]?.content_hash === contentHash;
        if (!same) {
          await tx.query("INSERT INTO dataset_version (content_hash, figures, sources) VALUES ($1, $2, $3)", [
            contentHash,
            figureRows.length,
            sourceRows.length,
          ]);
        }
        return { contentHash, changed: changed || !same, tables };
      });
      cache.clear();
      // PGlite runs no autovacuum: without statistics, planning costs more than the queries.
      if (summary.changed) await analyze(sql);
      return summary;
    },
    datasetVersion: () => cache.get("version", () => latestVersion(sql)),
    async sources(filter = {}) {
      const where = createWhere();
      if (filter.licence) where.add("s.licence = ?", filter.licence);
      if (filter.id?.length) where.add("s.id = ANY(?::text[])", filter.id);
      const rows = await sql.query(
        `SELECT ${sourceTable.select("s")}, coalesce(c.n, 0)::int AS figures
         FROM source s LEFT JOIN (SELECT source_id, count(*) AS n FROM figure GROUP BY source_id) c ON c.source_id = s.id
         ${where.sql} ORDER BY s.publisher, s.id`,
        where.params,
      );
      return rows.map(parseSourceListItem);
    },
    async figures(q) {
      const where = createWhere();
      const add = where.add;
      if (q.metric?.length) add("f.metric = ANY(?::text[])", q.metric);
      // Any spelling or alias of an entity selects the same rows (World = World total; US = United States).
      if (q.entity?.length) add("f.entity_id = ANY(?::text[])", q.entity.map(entityIdOf));
      if (q.counterparty?.length) add("f.counterparty_id = ANY(?::text[])", q.counterparty.map(entityIdOf));
      if (q.material?.length)
        add(
          "lower(f.material) = ANY(?::text[])",
          q.material.map((s) => s.toLowerCase()),
        );
      if (q.dataset?.length) add("f.dataset = ANY(?::text[])", q.dataset);
      if (q.from) add("f.period_start >= ?::date", periodSpan(q.from)!.start);
      if (q.to) add("f.period_end <= ?::date", periodSpan(q.to)!.end);
      if (q.per) add("f.period_kind = ?", q.per);
      if (q.vintage === "latest") where.raw("f.is_latest");
      else if (q.vintage) add("f.vintage = ?", q.vintage);
      if (q.preferred) where.raw("f.preferred");
      const { sql: whereSql, params } = where;
      const total = await sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM figure f ${whereSql}`,
        params,
      );
      const rows = await sql.query(
        `SELECT ${FIGURE_SELECT}
         FROM figure f JOIN source s ON s.id = f.source_id ${whereSql}
         ORDER BY f.metric, f.entity, f.counterparty, f.material, f.period_start, f.period_end, f.vintage, f.id
         LIMIT ${q.limit} OFFSET ${q.offset}`,
        params,
      );
      return { total: total[0]?.n ?? 0, items: rows.map(toFigureRow) };
    },
    series: (q) => querySeries(sql, q),
    facets: () => cache.get("figure", () => figureFacets(sql)),
    async policyEvents(filter = {}) {
      const q = PolicyQuerySchema.parse({ ...filter, limit: 10_000 });
      return (
        await policyEventTable.query(
          sql,
          resolvePolicyQuery(q, await cache.get("policy", () => policyFacets(sql))),
        )
      ).items.map(({ source: _, ...e }) => e);
    },
    queryPolicyEvents: async (q) =>
      policyEventTable.query(sql, resolvePolicyQuery(q, await cache.get("policy", () => policyFacets(sql)))),
    capacityProjects: async (q) =>
      capacityProjectTable.query(
        sql,
        resolveProjectQuery(q, await cache.get("project", () => projectFacets(sql))),
      ),
    companyResults: async (q) =>
      companyResultTable.query(
        sql,
        resolveResultQuery(q, await cache.get("result", () => resultFacets(sql))),
      ),
    marketEstimates: async (q) =>
      marketEstimateTable.query(
        sql,
        resolveEstimateQuery(q, await cache.get("estimate", () => estimateFacets(sql))),
      ),
    async records(kind) {
      if (kind === "capacity_project" || kind === "market_estimate") {
        const page =
          kind === "capacity_project"
            ? await capacityProjectTable.query(sql, { excluded: "include", limit: 10_000, offset: 0 })
            : await marketEstimateTable.query(sql, { excluded: "include", limit: 10_000, offset: 0 });
        return page.items.map(({ source: _, ...data }) => ({
          kind,
          id: data.id,
          sourceId: data.sourceId,
          data,
        }));
      }
      const rows = await sql.query(
        `SELECT ${recordTable.select("r")} FROM record r WHERE r.kind = $1 ORDER BY r.id`,
        [kind],
      );
      return rows.map(recordTable.parse);
    },
    close: () => sql.close(),
  };
  const uncachedFigures = store.figures;
  // Pages of figures are read-mostly too: kept per dataset, weighed by their rows (bounded LRU, see cache.ts).
  store.figures = (q) =>
    cache.get(
      `figures:${JSON.stringify(q)}`,
      () => uncachedFigures(q),
      (page) => page.items.length + 1,
    );
  return store;
}

/** The newest loaded dataset (cached per dataset by the store: /api/health reads it on every call). */
async function latestVersion(sql: Sql) {
  const rows = await sql.query(
    `SELECT ${datasetVersionTable.select("v")} FROM dataset_version v ORDER BY v.id DESC LIMIT 1`,
  );
  if (!rows[0]) return null;
  const { id: _, ...version } = datasetVersionTable.parse(rows[0]);
  return version;
}

/** Distinct values of the filterable figure columns (cached per dataset by the store). */
async function figureFacets(sql: Sql): Promise<Facets> {
  const col = async (c: string) =>
    (await sql.query<{ v: string }>(`SELECT DISTINCT ${c} AS v FROM figure WHERE ${c} <> '' ORDER BY 1`)).map(
      (r) => r.v,
    );
  return {
    metrics: await col("metric"),
    entities: await col("entity"),
    entityIds: await col("entity_id"),
    counterparties: await col("counterparty"),
    counterpartyIds: await col("counterparty_id"),
    materials: await col("material"),
    vintages: await col("vintage"),
    datasets: await col("dataset"),
  };
}

export type { Issue };
