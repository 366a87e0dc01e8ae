/** @module Test helpers: curated rows as the API serves them, for chart unit tests (every value is an arbitrary test input). */
import { testEstimate, testProject, testResult } from "../../domain/curated-fixture.ts";
import type { SourceId } from "../../domain/source.ts";
import type { CapacityProject, CompanyResult, MarketEstimate, SourceRef } from "../types.ts";

const source: SourceRef = {
  id: "src-t",
  title: "Test page",
  publisher: "Test Publisher",
  url: "https://example.org/t",
  published: "2025-05-01",
  licence: "facts-attributed",
};
const sourceId = source.id as SourceId;

// Each row: the shared test defaults, the ones these chart tests were written with, then `over` (which may replace
// the source).

export const project = (over: Partial<CapacityProject> & Pick<CapacityProject, "id">): CapacityProject => ({
  source,
  ...testProject({ company: `Company ${over.id}`, capacityText: "1,000 t/yr", sourceId, ...over }),
});

export const result = (
  over: Partial<CompanyResult> & Pick<CompanyResult, "id" | "period">,
): CompanyResult => ({
  source,
  ...testResult({ company: "Test Magnets", ticker: "000000.SZ", item: "revenue", sourceId, ...over }),
});

export const estimate = (over: Partial<MarketEstimate> & Pick<MarketEstimate, "id">): MarketEstimate => ({
  source,
  ...testEstimate({
    publisher: `Publisher ${over.id}`,
    publishedDate: "2025-01",
    published: "2025-01",
    baseValue: 100,
    targetValue: 200,
    sourceId,
    ...over,
  }),
});
