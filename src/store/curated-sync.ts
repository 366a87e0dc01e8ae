/** @module Loads the curated tables (policy register, capacity projects, company results, market estimates). */
import type { Dataset } from "../dataset/dataset.ts";
import { capacityProjectRow } from "./capacity-projects.ts";
import { companyResultRow } from "./company-results.ts";
import { marketEstimateRow } from "./market-estimates.ts";
import { policyEventRow } from "./policy-event-row.ts";
import type { Sql } from "./sql.ts";
import { type Column, type SyncCounts, syncTable } from "./upsert.ts";

const c = (name: string, type = "text"): Column => ({ name, type });
const num = (name: string) => c(name, "double precision");
const bool = (name: string) => c(name, "boolean");
const int = (name: string) => c(name, "integer");
const date = (name: string) => c(name, "date");

const POLICY: Column[] = [
  c("id"),
  c("date"),
  date("date_start"),
  date("date_end"),
  c("effective_date"),
  date("effective_start"),
  date("effective_end"),
  c("end_date"),
  c("jurisdiction"),
  c("actor"),
  c("instruments", "text[]"),
  c("announcement_no"),
  c("title"),
  c("materials", "text[]"),
  c("elements", "text[]"),
  c("hs_codes", "text[]"),
  num("amount"),
  c("amount_qualifier"),
  bool("approx"),
  c("amount_unit"),
  c("status"),
  c("summary"),
  c("source_id"),
  c("source_id_2"),
  c("exclude_reason"),
  c("note"),
];

const PROJECT: Column[] = [
  c("id"),
  c("company"),
  c("country"),
  c("site"),
  c("stage"),
  c("magnet_type"),
  c("product"),
  num("capacity_tpy"),
  num("capacity_low_tpy"),
  num("capacity_high_tpy"),
  c("capacity_qualifier"),
  bool("approx"),
  c("capacity_basis"),
  c("mass_basis"),
  c("capacity_text"),
  c("status"),
  int("start_year"),
  int("target_year"),
  num("capex_amount"),
  c("capex_qualifier"),
  bool("capex_approx"),
  c("capex_currency"),
  c("source_id"),
  c("exclude_reason"),
  c("note"),
];

const RESULT: Column[] = [
  c("id"),
  c("company"),
  c("ticker"),
  c("period"),
  date("span_start"),
  date("span_end"),
  c("period_as_published"),
  c("fiscal_period"),
  c("period_end"),
  c("item"),
  num("value"),
  num("low"),
  num("high"),
  c("qualifier"),
  bool("approx"),
  c("unit"),
  c("currency"),
  num("yoy_pct"),
  num("qoq_pct"),
  c("basis"),
  c("source_id"),
  c("exclude_reason"),
  c("note"),
];

const ESTIMATE: Column[] = [
  c("id"),
  c("kind"),
  c("publisher"),
  c("publisher_type"),
  c("published_date"),
  c("published"),
  date("published_start"),
  date("published_end"),
  c("metric"),
  c("scope_basis"),
  c("mass_basis"),
  c("geography"),
  int("base_year"),
  num("base_value"),
  num("base_low"),
  num("base_high"),
  c("base_qualifier"),
  int("target_year"),
  num("target_value"),
  num("target_low"),
  num("target_high"),
  c("target_qualifier"),
  c("unit"),
  num("stated_cagr_pct"),
  num("computed_cagr_pct"),
  c("scenario"),
  bool("approx"),
  c("source_id"),
  c("exclude_reason"),
  c("note"),
];

export interface CuratedCounts {
  policy_event: SyncCounts;
  capacity_project: SyncCounts;
  company_result: SyncCounts;
  market_estimate: SyncCounts;
}

/** Makes the four curated tables hold exactly the dataset's rows (inside the caller's transaction). */
export async function syncCurated(tx: Sql, ds: Dataset): Promise<CuratedCounts> {
  return {
    policy_event: await syncTable(tx, "policy_event", POLICY, ["id"], ds.policyEvents.map(policyEventRow)),
    capacity_project: await syncTable(
      tx,
      "capacity_project",
      PROJECT,
      ["id"],
      ds.capacityProjects.map(capacityProjectRow),
    ),
    company_result: await syncTable(
      tx,
      "company_result",
      RESULT,
      ["id"],
      ds.companyResults.map(companyResultRow),
    ),
    market_estimate: await syncTable(
      tx,
      "market_estimate",
      ESTIMATE,
      ["id"],
      ds.marketEstimates.map(marketEstimateRow),
    ),
  };
}
