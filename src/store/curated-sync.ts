/** @module Loads the curated tables (policy register, capacity projects, company results, market estimates). */
import type { Dataset } from "../dataset/dataset.ts";
import { CAPACITY_PROJECT_COLUMNS, capacityProjectRow } from "./capacity-projects.ts";
import { COMPANY_RESULT_COLUMNS, companyResultRow } from "./company-results.ts";
import { MARKET_ESTIMATE_COLUMNS, marketEstimateRow } from "./market-estimates.ts";
import { POLICY_EVENT_COLUMNS, policyEventRow } from "./policy-event-row.ts";
import type { Sql } from "./sql.ts";
import { type SyncCounts, syncTable } from "./upsert.ts";

export interface CuratedCounts {
  policy_event: SyncCounts;
  capacity_project: SyncCounts;
  company_result: SyncCounts;
  market_estimate: SyncCounts;
}

/** Makes the four curated tables hold exactly the dataset's rows (inside the caller's transaction). */
export async function syncCurated(tx: Sql, ds: Dataset): Promise<CuratedCounts> {
  const sync = (table: string, columns: typeof POLICY_EVENT_COLUMNS, rows: Record<string, unknown>[]) =>
    syncTable(tx, table, columns, ["id"], rows);
  return {
    policy_event: await sync("policy_event", POLICY_EVENT_COLUMNS, ds.policyEvents.map(policyEventRow)),
    capacity_project: await sync(
      "capacity_project",
      CAPACITY_PROJECT_COLUMNS,
      ds.capacityProjects.map(capacityProjectRow),
    ),
    company_result: await sync(
      "company_result",
      COMPANY_RESULT_COLUMNS,
      ds.companyResults.map(companyResultRow),
    ),
    market_estimate: await sync(
      "market_estimate",
      MARKET_ESTIMATE_COLUMNS,
      ds.marketEstimates.map(marketEstimateRow),
    ),
  };
}
