/** @module Test fixtures for the claim checker: claims, events and a small in-memory knowledge base written for the tests. */
import type { PolicyEvent } from "../domain/policy-event.ts";
import { type Claim, type Extraction, type ExtractedEvent, NO_CHANGE } from "../extract/schema.ts";
import {
  createKnowledgeBase,
  type KbCapacityProject,
  type KbCompanyResult,
  type KbExchangeRate,
  type KbFigure,
  type KbMarketEstimate,
  type KnowledgeBase,
} from "./knowledge-base.ts";

/** A date as a sentence writes it (month, quarter, half, year, "a year earlier"), as the extractor's `period_text`. */
const DATE_TEXT =
  /\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?|Q[1-4](?: \d{4})?|first[- ]quarter|(?:19|20)\d{2})\b/i;

/** The first date written in `quote`, or null (the claim's period then counts as taken from elsewhere). */
export const dateText = (quote: string): string | null => DATE_TEXT.exec(quote)?.[0] ?? null;

/**
 * A claim with defaults (China's magnet exports, tonnes); `quote` should be a sentence the test wrote. Its
 * `period_text` defaults to the first date the quote writes, as the extractor would read it.
 */
export function claim(over: Partial<Claim> & Pick<Claim, "id">): Claim {
  const quote = over.quote ?? "a test sentence";
  return {
    period_text: over.period ? dateText(quote) : null,
    metric: "export volume",
    metric_family: "trade",
    entity: "China",
    material: "rare earth magnets",
    counterparty: null,
    location: null,
    value: null,
    value_text: over.value !== undefined && over.value !== null ? over.value.toLocaleString("en-US") : null,
    qualifier: null,
    value_min: null,
    value_max: null,
    approx: false,
    unit: "t",
    unit_text: null,
    currency: null,
    currency_basis: null,
    period: null,
    is_forecast: false,
    change: { ...NO_CHANGE },
    additional_changes: [],
    conversions: [],
    salience: "core",
    in_teaser: false,
    quote,
    quote_start: 0,
    quote_end: quote.length,
    note: null,
    ...over,
  };
}

export const change = (over: Partial<Claim["change"]>): Claim["change"] => ({ ...NO_CHANGE, ...over });

export function event(over: Partial<ExtractedEvent> & Pick<ExtractedEvent, "id" | "type">): ExtractedEvent {
  return {
    date: null,
    date_text: over.date ? dateText(over.quote ?? "") : null,
    actor: "China",
    action: "",
    counterparty: null,
    materials: [],
    amount: null,
    effective_date: null,
    is_planned: false,
    salience: "core",
    in_teaser: false,
    quote: "a test sentence",
    quote_start: 0,
    quote_end: 15,
    note: null,
    ...over,
  };
}

export function extraction(claims: Claim[], events: ExtractedEvent[] = []): Extraction {
  return {
    meta: {
      title: "Test article",
      source: "https://example.org/test",
      publisher: "Test Wire",
      date: "2025-11-20",
      docDate: "2025-11-20",
      language: "en",
      format: "text",
      bodyLength: 1000,
    },
    claims,
    events,
  };
}

const src = (id: string) => ({ id, publisher: `Publisher of ${id}`, url: `https://example.org/${id}` });

export function figure(over: Partial<KbFigure> & Pick<KbFigure, "id" | "period" | "value">): KbFigure {
  return {
    dataset: "china-magnet-exports",
    metric: "export_volume",
    entity: "China",
    counterparty: "World",
    material: "rare earth magnets",
    location: "",
    low: null,
    high: null,
    unit: "t",
    vintage: "",
    isLatest: true,
    isDerived: false,
    isForecast: false,
    note: "",
    source: src("customs-test"),
    ...over,
  };
}

const policy = (
  over: Partial<Omit<PolicyEvent, "sourceId">> &
    Pick<PolicyEvent, "id" | "date" | "title"> & { sourceId?: string },
): PolicyEvent =>
  ({
    effectiveDate: null,
    endDate: null,
    jurisdiction: "China",
    actor: "MOFCOM",
    instruments: ["export_control"],
    materials: [],
    hsCodes: [],
    amount: null,
    amountUnit: "",
    status: "in_force",
    summary: "",
    sourceId: "register-test",
    sourceId2: null,
    note: "",
    ...over,
  }) as PolicyEvent;

/** A small knowledge base; the numbers are test inputs chosen for these tests. */
export function testKnowledgeBase(): KnowledgeBase {
  return createKnowledgeBase({
    figures: [
      figure({ id: "x:de-2025-07", period: "2025-07", value: 1116, counterparty: "Germany" }),
      figure({ id: "x:w-2025-07", period: "2025-07", value: 5577 }),
      figure({ id: "x:w-2025-08", period: "2025-08", value: 6146 }),
      figure({ id: "x:w-2025-09", period: "2025-09", value: 5774 }),
      figure({
        id: "x:w-ytd-2025-09",
        metric: "export_volume_ytd",
        period: "2025-01..2025-09",
        value: 39817,
      }),
      figure({ id: "x:de-2025-06", period: "2025-06", value: 1288, counterparty: "Germany" }),
      figure({ id: "x:us-2025-06", period: "2025-06", value: 420, counterparty: "United States" }),
      figure({
        id: "m:cn-2024-v25",
        dataset: "mine-production",
        metric: "mine_production",
        entity: "China",
        counterparty: "",
        material: "rare earths (REO)",
        period: "2024",
        value: 270000,
        unit: "t REO",
        vintage: "USGS MCS 2025",
        isLatest: false,
        source: src("usgs-2025"),
      }),
      figure({
        id: "m:w-2024-v25",
        dataset: "mine-production",
        metric: "mine_production",
        entity: "World",
        counterparty: "",
        material: "rare earths (REO)",
        period: "2024",
        value: 390000,
        unit: "t REO",
        vintage: "USGS MCS 2025",
        isLatest: false,
        source: src("usgs-2025"),
      }),
      figure({
        id: "m:cn-2024-v26",
        dataset: "mine-production",
        metric: "mine_production",
        entity: "China",
        counterparty: "",
        material: "rare earths (REO)",
        period: "2024",
        value: 270000,
        unit: "t REO",
        vintage: "USGS MCS 2026",
        isLatest: true,
        source: src("usgs-2026"),
      }),
      figure({
        id: "m:w-2024-v26",
        dataset: "mine-production",
        metric: "mine_production",
        entity: "World",
        counterparty: "",
        material: "rare earths (REO)",
        period: "2024",
        value: 380000,
        unit: "t REO",
        vintage: "USGS MCS 2026",
        isLatest: true,
        source: src("usgs-2026"),
      }),
    ],
    applicationParameters: [
      {
        id: "humanoid robot:magnet_mass_per_unit",
        application: "humanoid robot",
        parameter: "magnet_mass_per_unit",
        value: 3,
        low: 2,
        high: 4,
        unit: "kg/unit",
        massBasis: "finished",
        source: src("robot-param"),
      },
    ],
    policyEvents: [
      policy({
        id: "CN-2025-02",
        date: "2025-04-04",
        effectiveDate: "2025-04-04",
        title: "Announcement No. 18 [2025]",
      }),
      policy({
        id: "EU-2024-01",
        date: "2024-04-11",
        effectiveDate: "2024-05-23",
        title: "Critical Raw Materials Act",
        jurisdiction: "European Union",
        actor: "EU",
        instruments: ["regulation"],
        sourceId: "crma-test",
      }),
    ],
    provisions: [
      {
        id: "CRMA-BENCH-RECYCLING",
        eventId: "EU-2024-01",
        provision: "2030 benchmark for EU recycling capacity",
        metric: "recycling capacity benchmark",
        value: 25,
        unit: "%",
        note: "a capacity benchmark, not a content quota",
        sourceId: "crma-test",
      },
      {
        id: "CRMA-MINIMUM",
        eventId: "EU-2024-01",
        provision: "minimum recycled shares in magnets",
        metric: "recycled content requirement",
        value: null,
        unit: "%",
        note: "the Regulation sets no minimum share",
        sourceId: "crma-test",
      },
    ],
    sources: {
      "register-test": src("register-test"),
      "crma-test": { id: "crma-test", publisher: "EUR-Lex", url: "https://example.org/crma" },
    },
  });
}

/** A company result row (test input). */
export const result = (
  over: Partial<KbCompanyResult> & Pick<KbCompanyResult, "company" | "period" | "item" | "value">,
): KbCompanyResult => ({
  id: `r:${over.company}:${over.period}:${over.item}`,
  low: null,
  high: null,
  qualifier: null,
  unit: "CNY",
  yoyPct: null,
  basis: "reported",
  excludeReason: "",
  source: src("results-test"),
  ...over,
});

/** A market estimate row (test input). */
export const estimate = (
  over: Partial<KbMarketEstimate> & Pick<KbMarketEstimate, "id" | "publisher">,
): KbMarketEstimate => ({
  metric: "NdFeB magnet market value",
  scopeBasis: "NdFeB magnets",
  geography: "global",
  baseYear: null,
  baseValue: null,
  targetYear: null,
  targetValue: null,
  unit: "USD",
  statedCagrPct: null,
  excludeReason: "",
  source: src(`estimate-${over.id}`),
  ...over,
});

/** A capacity project row (test input). */
export const project = (
  over: Partial<KbCapacityProject> & Pick<KbCapacityProject, "id" | "company" | "capacityTpy">,
): KbCapacityProject => ({
  country: "Testland",
  site: "",
  stage: "magnet",
  product: "magnets",
  capacityLowTpy: null,
  capacityHighTpy: null,
  massBasis: "finished",
  status: "planned",
  startYear: null,
  targetYear: null,
  capexAmount: null,
  capexCurrency: "",
  excludeReason: "",
  source: src(`project-${over.id}`),
  ...over,
});

/** A sourced exchange rate (test input): `rate` units of `quote` per `base`. */
export const rate = (base: string, quote: string, period: string, value: number): KbExchangeRate => ({
  id: `${base}/${quote}:${period}`,
  base,
  quote,
  period,
  rate: value,
  source: src(`fx-${period}`),
});

export { policy };
