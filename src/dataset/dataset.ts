/** @module Dataset: the whole validated knowledge base as loaded from `data/`. */
import type { ReconciledFigure } from "../domain/figure.ts";
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
  /** Capacity projects, market estimates, application parameters, reference facts: whole rows. */
  records: StoredRecord[];
}
