/** @module Curated rows with neutral defaults for the tests of every layer (values are arbitrary test inputs, not claims). */
import type { CapacityProject } from "./capacity-project.ts";
import type { CompanyResult } from "./company-result.ts";
import type { MarketEstimate } from "./market-estimate.ts";
import type { PolicyEvent } from "./policy-event.ts";
import type { SourceId } from "./source.ts";

/** The source of a test row unless it names another. */
export const TEST_SOURCE_ID = "src-a" as SourceId;

/** A policy event: an export control in force in Testland unless `e` says otherwise. */
export const testEvent = (e: Partial<PolicyEvent> & Pick<PolicyEvent, "id" | "date">): PolicyEvent => ({
  effectiveDate: null,
  endDate: null,
  jurisdiction: "Testland",
  actor: "Ministry",
  instruments: ["export_control"],
  announcementNo: "",
  title: `Event ${e.id}`,
  materials: [],
  elements: [],
  hsCodes: [],
  amount: null,
  amountQualifier: null,
  approx: false,
  amountUnit: "",
  status: "in_force",
  summary: "",
  sourceId: TEST_SOURCE_ID,
  sourceId2: null,
  excludeReason: "",
  note: "",
  ...e,
});

/** A capacity project: an operating finished-magnet plant of 1,000 t/yr in Testland unless `p` says otherwise. */
export const testProject = (
  p: Partial<CapacityProject> & Pick<CapacityProject, "id" | "company">,
): CapacityProject => ({
  country: "Testland",
  site: "",
  stage: "magnet",
  magnetType: "NdFeB sintered",
  product: "magnets",
  capacityTpy: 1000,
  capacityLowTpy: null,
  capacityHighTpy: null,
  capacityQualifier: null,
  approx: false,
  capacityBasis: "capacity",
  massBasis: "finished",
  capacityText: "",
  status: "operating",
  startYear: null,
  targetYear: null,
  capexAmount: null,
  capexQualifier: null,
  capexApprox: false,
  capexCurrency: "",
  sourceId: TEST_SOURCE_ID,
  excludeReason: "",
  note: "",
  ...p,
});

/** A company result: reported revenue of 100 CNY unless `r` says otherwise; the id as the dataset builds it. */
export const testResult = (
  r: Partial<CompanyResult> & Pick<CompanyResult, "company" | "period" | "item">,
): CompanyResult => ({
  id: `${r.company}|${r.period}|${r.item}|${r.sourceId ?? TEST_SOURCE_ID}`,
  ticker: "",
  periodAsPublished: r.period,
  fiscalPeriod: "",
  periodEnd: "",
  value: 100,
  low: null,
  high: null,
  qualifier: null,
  approx: false,
  unit: "CNY",
  currency: "CNY",
  yoyPct: null,
  qoqPct: null,
  basis: "reported",
  sourceId: TEST_SOURCE_ID,
  excludeReason: "",
  note: "",
  ...r,
});

/** A market estimate: a global market value from 10 USD in 2024 to 20 USD in 2030 unless `m` says otherwise. */
export const testEstimate = (
  m: Partial<MarketEstimate> & Pick<MarketEstimate, "id" | "publisher">,
): MarketEstimate => ({
  kind: "market_value",
  publisherType: "market research",
  publishedDate: "2025-06",
  published: "2025-06",
  metric: "magnet market value",
  scopeBasis: "",
  massBasis: "not_applicable",
  geography: "global",
  baseYear: 2024,
  baseValue: 10,
  baseLow: null,
  baseHigh: null,
  baseQualifier: null,
  targetYear: 2030,
  targetValue: 20,
  targetLow: null,
  targetHigh: null,
  targetQualifier: null,
  unit: "USD",
  statedCagrPct: null,
  computedCagrPct: null,
  scenario: "",
  approx: false,
  sourceId: TEST_SOURCE_ID,
  excludeReason: "",
  note: "",
  ...m,
});
