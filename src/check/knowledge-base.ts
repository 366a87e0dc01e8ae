/** @module KnowledgeBase: the in-memory snapshot of sourced figures, policies and parameters that claims are checked against. */
import { z } from "zod";
import type { PolicyEvent } from "../domain/policy-event.ts";
import type { ModelBaseline } from "./model-baseline.ts";

/** Where a compared number comes from: a knowledge-base source, or a claim of the checked article. */
export interface SourceRef {
  id: string;
  publisher: string;
  url: string;
  title?: string;
}

/** A figure as the store serves it (a subset of `FigureRow`), with its source beside it. */
export interface KbFigure {
  id: string;
  dataset: string;
  metric: string;
  entity: string;
  counterparty: string;
  material: string;
  location: string;
  period: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  vintage: string;
  isLatest: boolean;
  isDerived: boolean;
  isForecast: boolean;
  note: string;
  /** Non-empty when the row must never back a verdict (the knowledge base says why). */
  excludeReason?: string;
  /** Reconciliation quality when the store provides it: `excluded` rows never back a verdict. */
  quality?: string;
  /** The one value the knowledge base prefers for its series and period (docs/reconciliation.md). */
  preferred?: boolean;
  /** `value` is a bound: gt, gte, lt or lte. */
  qualifier?: string | null;
  source: SourceRef;
}

/** A per-unit or composition parameter (application-parameters.csv), with its plausible range. */
export interface KbParameter {
  id: string;
  application: string;
  parameter: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  massBasis: string;
  source: SourceRef;
}

/** A reference fact for calibration (reference-facts.csv). */
export interface KbFact {
  id: string;
  description: string;
  metric: string;
  period: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string;
  massBasis: string;
  source: SourceRef;
}

/** What an act actually sets (policy-provisions.csv); `value` null means the act sets no number. */
export const ProvisionSchema = z.object({
  id: z.string().min(1),
  eventId: z.string().min(1),
  provision: z.string().min(1),
  /** Claim-metric vocabulary of the news corpus, e.g. `recycled content requirement`. */
  metric: z.string().min(1),
  value: z.number().finite().nullable(),
  unit: z.string(),
  note: z.string(),
  sourceId: z.string().min(1),
});
export type Provision = z.infer<typeof ProvisionSchema>;

/** A company's published result (company-results.csv): one item of one period, as the company or source gave it. */
export interface KbCompanyResult {
  id: string;
  company: string;
  period: string;
  /** revenue, net_profit_attributable, gross_margin, ndpr_production, revenue_<segment> ... */
  item: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string | null;
  unit: string;
  /** Change on the year before, % as reported; null when not given. */
  yoyPct: number | null;
  basis: string;
  /** Non-empty: the row never backs a verdict. */
  excludeReason: string;
  source: SourceRef;
}

/** A published market estimate (market-estimates.csv): base and target values of one publisher's forecast. */
export interface KbMarketEstimate {
  id: string;
  publisher: string;
  /** What is measured, e.g. `permanent magnet market value`. */
  metric: string;
  scopeBasis: string;
  geography: string;
  baseYear: number | null;
  baseValue: number | null;
  targetYear: number | null;
  targetValue: number | null;
  unit: string;
  statedCagrPct: number | null;
  excludeReason: string;
  source: SourceRef;
}

/** A capacity project (capacity-projects.csv): stage, capacity in t/yr, status and years, investment. */
export interface KbCapacityProject {
  id: string;
  company: string;
  country: string;
  site: string;
  stage: string;
  product: string;
  capacityTpy: number | null;
  capacityLowTpy: number | null;
  capacityHighTpy: number | null;
  massBasis: string;
  status: string;
  startYear: number | null;
  targetYear: number | null;
  capexAmount: number | null;
  capexCurrency: string;
  excludeReason: string;
  source: SourceRef;
}

/** A sourced exchange rate (exchange-rates.csv): `rate` units of `quote` per one `base`, averaged over `period`. */
export interface KbExchangeRate {
  id: string;
  base: string;
  quote: string;
  /** A year (annual average), a month (monthly average) or a day. */
  period: string;
  rate: number;
  source: SourceRef;
}

/** A sourced tax rate with its validity (tax-rates.csv); empty `from`/`to` = open-ended. */
export interface KbTaxRate {
  id: string;
  jurisdiction: string;
  tax: string;
  from: string;
  to: string;
  ratePct: number;
  source: SourceRef;
}

export interface KnowledgeBase {
  figures: KbFigure[];
  companyResults: KbCompanyResult[];
  marketEstimates: KbMarketEstimate[];
  capacityProjects: KbCapacityProject[];
  exchangeRates: KbExchangeRate[];
  taxRates: KbTaxRate[];
  policyEvents: PolicyEvent[];
  provisions: Provision[];
  applicationParameters: KbParameter[];
  referenceFacts: KbFact[];
  /** Sources cited by policy events and provisions, by id. */
  sources: Record<string, SourceRef>;
  /** The scenario model's bands (`modelBaseline`), when the caller ran it: demand and output claims are compared with it. */
  model?: ModelBaseline;
}

/** An empty knowledge base with the given parts filled in (tests, partial loads). */
export function createKnowledgeBase(parts: Partial<KnowledgeBase> = {}): KnowledgeBase {
  return {
    figures: [],
    companyResults: [],
    marketEstimates: [],
    capacityProjects: [],
    exchangeRates: [],
    taxRates: [],
    policyEvents: [],
    provisions: [],
    applicationParameters: [],
    referenceFacts: [],
    sources: {},
    ...parts,
  };
}

const usable = (r: { excludeReason?: string; quality?: string }) =>
  !r.excludeReason && r.quality !== "excluded";

/**
 * The knowledge base without the rows it marks as excluded (a row whose own note says not to use it): such a row
 * never backs a verdict, not even as "another source".
 */
export function withoutExcluded(kb: KnowledgeBase): KnowledgeBase {
  return {
    ...kb,
    figures: kb.figures.filter(usable),
    companyResults: kb.companyResults.filter(usable),
    marketEstimates: kb.marketEstimates.filter(usable),
    capacityProjects: kb.capacityProjects.filter(usable),
  };
}

/** The cited source of `id`, or a placeholder naming the id when the snapshot lacks it. */
export function sourceOf(kb: KnowledgeBase, id: string | null | undefined): SourceRef[] {
  if (!id) return [];
  return [kb.sources[id] ?? { id, publisher: "(source not loaded)", url: "" }];
}
