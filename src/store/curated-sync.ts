/** @module Loads the curated tables (policy register, capacity projects, company results, market estimates). */
import type { Dataset } from "../dataset/dataset.ts";
import { capacityProjectTable } from "./capacity-projects.ts";
import { companyResultTable } from "./company-results.ts";
import { marketEstimateTable } from "./market-estimates.ts";
import { policyEventTable } from "./policy-events.ts";
import type { Sql } from "./sql.ts";
import type { SyncCounts } from "./upsert.ts";

export interface CuratedCounts {
  policy_event: SyncCounts;
  capacity_project: SyncCounts;
  company_result: SyncCounts;
  market_estimate: SyncCounts;
}

/** Makes the four curated tables hold exactly the dataset's rows (inside the caller's transaction). */
export async function syncCurated(tx: Sql, ds: Dataset): Promise<CuratedCounts> {
  return {
    policy_event: await policyEventTable.sync(tx, ds.policyEvents),
    capacity_project: await capacityProjectTable.sync(tx, ds.capacityProjects),
    company_result: await companyResultTable.sync(tx, ds.companyResults),
    market_estimate: await marketEstimateTable.sync(tx, ds.marketEstimates),
  };
}
