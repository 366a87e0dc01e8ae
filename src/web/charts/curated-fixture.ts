/** @module Test helpers: curated rows with defaults, for chart unit tests (every value is an arbitrary test input). */
import type { CapacityProject, CompanyResult, MarketEstimate, SourceRef } from "../types.ts";

const source: SourceRef = {
  id: "src-t",
  title: "Test page",
  publisher: "Test Publisher",
  url: "https://example.org/t",
  published: "2025-05-01",
  licence: "facts-attributed",
};

export function project(over: Partial<CapacityProject> & Pick<CapacityProject, "id">): CapacityProject {
  return {
    company: `Company ${over.id}`,
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
    capacityText: "1,000 t/yr",
    status: "operating",
    startYear: null,
    targetYear: null,
    capexAmount: null,
    capexQualifier: null,
    capexApprox: false,
    capexCurrency: "",
    sourceId: "src-t" as CapacityProject["sourceId"],
    excludeReason: "",
    note: "",
    source,
    ...over,
  };
}

export function result(over: Partial<CompanyResult> & Pick<CompanyResult, "id" | "period">): CompanyResult {
  return {
    company: "Test Magnets",
    ticker: "000000.SZ",
    periodAsPublished: over.period,
    fiscalPeriod: "",
    periodEnd: "",
    item: "revenue",
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
    sourceId: "src-t" as CompanyResult["sourceId"],
    excludeReason: "",
    note: "",
    source,
    ...over,
  };
}

export function estimate(over: Partial<MarketEstimate> & Pick<MarketEstimate, "id">): MarketEstimate {
  return {
    kind: "market_value",
    publisher: `Publisher ${over.id}`,
    publisherType: "market research",
    publishedDate: "2025-01",
    published: "2025-01",
    metric: "magnet market value",
    scopeBasis: "",
    massBasis: "not_applicable",
    geography: "global",
    baseYear: 2024,
    baseValue: 100,
    baseLow: null,
    baseHigh: null,
    baseQualifier: null,
    targetYear: 2030,
    targetValue: 200,
    targetLow: null,
    targetHigh: null,
    targetQualifier: null,
    unit: "USD",
    statedCagrPct: null,
    computedCagrPct: null,
    scenario: "",
    approx: false,
    sourceId: "src-t" as MarketEstimate["sourceId"],
    excludeReason: "",
    note: "",
    source,
    ...over,
  };
}
