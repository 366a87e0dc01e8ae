/** @module A small dataset of curated rows for the conformance suite (values are test inputs, not claims). */
import type { Dataset } from "../dataset/dataset.ts";
import {
  testEstimate,
  testEvent as event,
  testProject as project,
  testResult as result,
} from "../domain/curated-fixture.ts";
import type { MarketEstimate } from "../domain/market-estimate.ts";
import type { SourceId } from "../domain/source.ts";
import { testSource } from "../domain/source-fixture.ts";

const B = "src-b" as SourceId;
const src = (id: string) => testSource(id, { title: `Title of ${id}`, published: "2025-06" });

/** This suite's estimates cite the second source unless they say otherwise. */
const estimate = (m: Parameters<typeof testEstimate>[0]): MarketEstimate =>
  testEstimate({ sourceId: B, ...m });

/** Curated rows written for these tests (values are arbitrary test inputs, not claims about the world). */
export function curatedFixture(): Dataset {
  return {
    sources: [src("src-a"), src("src-b")],
    figures: [],
    records: [],
    policyEvents: [
      event({
        id: "TL-2024-01",
        date: "2024",
        jurisdiction: "Testland; Otherland",
        instruments: ["funding"],
        amount: 5,
        amountQualifier: "gte",
        amountUnit: "USD",
      }),
      event({
        id: "TL-2025-01",
        date: "2025-04-04",
        effectiveDate: "2025-05-01",
        announcementNo: "Ministry Announcement No. 7 [2025]",
        materials: ["Dy;Tb metals", "magnets containing Dy"],
        elements: ["Dy", "Tb"],
        hsCodes: ["85051110"],
      }),
      event({ id: "TL-2025-02", date: "2025-10", status: "suspended", elements: ["Sm"], sourceId: B }),
    ],
    capacityProjects: [
      project({ id: "TL-ABC-01", company: "Alpha Magnet Works", startYear: 2025, capacityQualifier: "gt" }),
      project({
        id: "TL-ABC-02",
        company: "Alpha Magnet Works",
        capacityTpy: null,
        capacityLowTpy: 100,
        capacityHighTpy: 300,
        stage: "recycling",
        massBasis: "alloy",
        targetYear: 2027,
        status: "planned",
      }),
      project({
        id: "OL-BET-01",
        company: "Beta Oxides",
        country: "Otherland",
        stage: "separation",
        magnetType: "",
        product: "NdPr oxide",
        massBasis: "not_applicable",
        startYear: 2023,
        excludeReason: "test: outdated list",
      }),
    ],
    companyResults: [
      result({
        company: "Alpha Magnet Works",
        ticker: "123456.SZ",
        period: "2024",
        item: "revenue",
        value: 7e9,
      }),
      result({
        company: "Alpha Magnet Works",
        ticker: "123456.SZ",
        period: "2025-H1",
        item: "revenue",
        value: 4e9,
      }),
      result({
        company: "Alpha Magnet Works",
        ticker: "123456.SZ",
        period: "2025-01..2025-09",
        item: "net_profit_attributable",
        value: null,
        low: 5e8,
        high: 5.5e8,
        basis: "preliminary (range)",
      }),
      result({
        company: "Beta Oxides",
        ticker: "BOX.AX",
        period: "2025-Q3",
        item: "ndpr_production",
        unit: "t",
        currency: "",
        value: 2000,
      }),
    ],
    marketEstimates: [
      estimate({ id: "MV-01", publisher: "Gamma Research" }),
      estimate({
        id: "DM-01",
        kind: "volume",
        publisher: "Delta Analysts",
        metric: "NEV magnet demand",
        unit: "t",
        massBasis: "finished",
        baseYear: 2025,
        baseValue: 60,
        baseQualifier: "gt",
        targetYear: null,
        targetValue: null,
        publishedDate: "2025 (approx.)",
        published: "2025",
      }),
      estimate({
        id: "HR-01",
        kind: "humanoid",
        publisher: "Gamma Research (via a blog)",
        metric: "humanoid robot output",
        unit: "units/yr",
        publishedDate: "unknown",
        published: null,
        baseYear: null,
        baseValue: null,
        targetLow: 100,
        targetHigh: 300,
        targetValue: null,
        excludeReason: "test: garbled",
      }),
    ],
  };
}
