/** @module Dataset: the whole validated knowledge base as loaded from `data/`. */
import type { CapacityProject } from "../domain/capacity-project.ts";
import type { CompanyResult } from "../domain/company-result.ts";
import type { ReconciledFigure } from "../domain/figure.ts";
import type { MarketEstimate } from "../domain/market-estimate.ts";
import type { PolicyEvent } from "../domain/policy-event.ts";
import type { StoredRecord } from "../domain/record.ts";
import type { Source } from "../domain/source.ts";

export interface Dataset {
  sources: Source[];
  /**
   * Every number of every table, in the generic figure shape, reconciled: one preferred value per quantity,
   * quality, confidence and conflicts (src/dataset/reconcile.ts). What `lodestone figures` queries.
   */
  figures: ReconciledFigure[];
  policyEvents: PolicyEvent[];
  capacityProjects: CapacityProject[];
  companyResults: CompanyResult[];
  marketEstimates: MarketEstimate[];
  /** Application parameters, reference facts and policy provisions: whole rows. */
  records: StoredRecord[];
}

/** A row of a curated table as a typed item (what `TableSpec.toItem` returns). */
export type DatasetItem =
  | { kind: "policy_event"; value: PolicyEvent }
  | { kind: "capacity_project"; value: CapacityProject }
  | { kind: "company_result"; value: CompanyResult }
  | { kind: "market_estimate"; value: MarketEstimate };
