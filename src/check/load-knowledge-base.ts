/** @module loadKnowledgeBase: the one function that reads the store, fetching only the figures an extraction's claims need. */
import { periodSpan } from "../domain/period.ts";
import type { StoredRecord } from "../domain/record.ts";
import type { Extraction } from "../extract/schema.ts";
import type { CompanyResultRow } from "../store/company-results.ts";
import type { FigureRow, Store } from "../store/store.ts";
import { kbMapping } from "./kb-match.ts";
import type { ModelBaseline } from "./model-baseline.ts";
import { REPORTED_CHANGE_METRICS } from "./reported-changes.ts";
import type {
  KbCapacityProject,
  KbCompanyResult,
  KbExchangeRate,
  KbFact,
  KbFigure,
  KbMarketEstimate,
  KbParameter,
  KbTaxRate,
  KnowledgeBase,
  Provision,
  SourceRef,
} from "./knowledge-base.ts";

export interface LoadKnowledgeBaseOptions {
  /** Provisions to use instead of the store's `policy_provision` records (loaded from data/policy-provisions.csv). */
  provisions?: Provision[];
  /** The scenario model's bands (`modelBaseline`, run once by the caller): demand and output claims are compared with them. */
  model?: ModelBaseline;
}

const num = (v: unknown): number | null => (v === null || v === undefined || v === "" ? null : Number(v));
const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

/** Figure metrics loaded whole for every article: small tables the new checks compare against. */
const ALWAYS = ["price", "oxide_price_annual", "policy_amount"];

/** The figure metrics and the period window the claims need (with a year of history for y/y changes). */
function figureNeeds(extraction: Extraction): { metrics: string[]; from: string; to: string } | null {
  const metrics = new Set<string>();
  let start: string | null = null;
  let end: string | null = null;
  for (const c of extraction.claims) {
    const m = kbMapping(c);
    for (const id of m?.metrics ?? []) metrics.add(id);
    const changed = [c.change, ...c.additional_changes].some((ch) => ch.value !== null);
    if (m && c.metric === "export volume" && changed)
      for (const id of REPORTED_CHANGE_METRICS) metrics.add(id);
    const span = c.period ? periodSpan(c.period) : null;
    if (!m || !span) continue;
    if (!start || span.start < start) start = span.start;
    if (!end || span.end > end) end = span.end;
  }
  if (!metrics.size || !start || !end) return null;
  return {
    metrics: [...metrics],
    from: `${Number(start.slice(0, 4)) - 1}-${start.slice(5, 7)}`,
    to: end.slice(0, 7),
  };
}

/** A company result as the store's company-results table serves it (excluded rows kept: `withoutExcluded` drops them). */
function companyResult(r: CompanyResultRow): KbCompanyResult {
  return {
    id: r.id,
    company: r.company,
    period: r.period,
    item: r.item,
    value: r.value,
    low: r.low,
    high: r.high,
    qualifier: r.qualifier,
    unit: r.unit,
    yoyPct: r.yoyPct,
    basis: r.basis,
    excludeReason: r.excludeReason,
    source: { id: r.source.id, publisher: r.source.publisher, url: r.source.url, title: r.source.title },
  };
}

/** Builds the knowledge-base snapshot for checking `extraction`: relevant figures, the policy register, parameters, facts. */
export async function loadKnowledgeBase(
  store: Store,
  extraction: Extraction,
  options: LoadKnowledgeBaseOptions = {},
): Promise<KnowledgeBase> {
  const rows: FigureRow[] = [];
  const needs = figureNeeds(extraction);
  const page = { limit: 10_000, offset: 0 };
  if (needs)
    rows.push(
      ...(await store.figures({ metric: needs.metrics, from: needs.from, to: needs.to, ...page })).items,
    );
  if (
    extraction.claims.some((c) => c.unit === "%" && /share/.test(c.metric)) ||
    extraction.claims.some((c) => c.metric_family === "production" || c.metric_family === "market") ||
    needs?.metrics.includes("mine_production")
  )
    rows.push(...(await store.figures({ metric: ["mine_production"], ...page })).items);
  rows.push(...(await store.figures({ metric: ALWAYS, ...page })).items);
  if (extraction.claims.some((c) => /\b(?:EV|NEV|electric[- ](?:vehicle|car))s?\b/i.test(c.quote)))
    rows.push(...(await store.figures({ metric: ["ev_sales"], entity: ["World"], ...page })).items);
  if (extraction.claims.some((c) => /\breserves?\b|储量/i.test(c.quote)))
    rows.push(...(await store.figures({ metric: ["reserves"], ...page })).items);
  if (extraction.claims.some((c) => (c.unit === "GW" || c.unit === "MW") && /\bwind\b/i.test(c.quote)))
    rows.push(...(await store.figures({ metric: ["wind_capacity_cumulative"], ...page })).items);
  const seen = new Set<string>();
  const unique = rows.filter((f) => !seen.has(f.id) && seen.add(f.id));
  const figures: KbFigure[] = unique;
  const companyRows = (await store.companyResults({ excluded: "include", limit: 10_000, offset: 0 })).items;

  const policyEvents = await store.policyEvents();
  const provisions = options.provisions ?? (await loadProvisions(store));
  const kinds = [
    "application_parameter",
    "reference_fact",
    "market_estimate",
    "capacity_project",
    "exchange_rate",
    "tax_rate",
  ] as const;
  const records = Object.fromEntries(
    await Promise.all(kinds.map(async (k) => [k, await store.records(k)] as const)),
  ) as Record<(typeof kinds)[number], StoredRecord[]>;
  const ids = new Set<string>([
    ...policyEvents.flatMap((e) => [e.sourceId, e.sourceId2 ?? ""]),
    ...provisions.map((p) => p.sourceId),
    ...Object.values(records).flatMap((rs) => rs.map((r) => r.sourceId)),
  ]);
  ids.delete("");
  const sources: Record<string, SourceRef> = {};
  for (const s of await store.sources({ id: [...ids] }))
    sources[s.id] = { id: s.id, publisher: s.publisher, url: s.url, title: s.title };
  const ref = (id: string): SourceRef => sources[id] ?? { id, publisher: "(source not loaded)", url: "" };
  const fromRecords = <T>(
    kind: (typeof kinds)[number],
    map: (d: Record<string, unknown>, r: StoredRecord) => Omit<T, "source">,
  ) => records[kind].map((r) => ({ ...map(r.data, r), source: ref(r.sourceId) }) as T);

  const applicationParameters = fromRecords<KbParameter>("application_parameter", (d, r) => ({
    id: r.id,
    application: str(d.application),
    parameter: str(d.parameter),
    value: num(d.value),
    low: num(d.low),
    high: num(d.high),
    unit: str(d.unit),
    massBasis: str(d.massBasis),
  }));
  const referenceFacts = fromRecords<KbFact>("reference_fact", (d, r) => ({
    id: r.id,
    description: str(d.description),
    metric: str(d.metric),
    period: str(d.period ?? d.year),
    value: num(d.value),
    low: num(d.low),
    high: num(d.high),
    unit: str(d.unit),
    massBasis: str(d.massBasis),
  }));
  const marketEstimates = fromRecords<KbMarketEstimate>("market_estimate", (d, r) => ({
    id: r.id,
    publisher: str(d.publisher),
    metric: str(d.metric),
    scopeBasis: str(d.scopeBasis),
    geography: str(d.geography),
    baseYear: num(d.baseYear),
    baseValue: num(d.baseValue),
    targetYear: num(d.targetYear),
    targetValue: num(d.targetValue),
    unit: str(d.unit),
    statedCagrPct: num(d.statedCagrPct),
    excludeReason: str(d.excludeReason),
  }));
  const capacityProjects = fromRecords<KbCapacityProject>("capacity_project", (d, r) => ({
    id: r.id,
    company: str(d.company),
    country: str(d.country),
    site: str(d.site),
    stage: str(d.stage),
    product: str(d.product),
    capacityTpy: num(d.capacityTpy),
    capacityLowTpy: num(d.capacityLowTpy),
    capacityHighTpy: num(d.capacityHighTpy),
    massBasis: str(d.massBasis),
    status: str(d.status),
    startYear: num(d.startYear),
    targetYear: num(d.targetYear),
    capexAmount: num(d.capexAmount),
    capexCurrency: str(d.capexCurrency),
    excludeReason: str(d.excludeReason),
  }));
  const exchangeRates = fromRecords<KbExchangeRate>("exchange_rate", (d, r) => ({
    id: r.id,
    base: str(d.base),
    quote: str(d.quote),
    period: str(d.period),
    rate: Number(d.rate),
  }));
  const taxRates = fromRecords<KbTaxRate>("tax_rate", (d, r) => ({
    id: r.id,
    jurisdiction: str(d.jurisdiction),
    tax: str(d.tax),
    from: str(d.fromDate),
    to: str(d.toDate),
    ratePct: Number(d.ratePct),
  }));
  return {
    figures,
    companyResults: companyRows.map(companyResult),
    marketEstimates,
    capacityProjects,
    exchangeRates,
    taxRates,
    policyEvents,
    provisions,
    applicationParameters,
    referenceFacts,
    sources,
    ...(options.model ? { model: options.model } : {}),
  };
}

async function loadProvisions(store: Store): Promise<Provision[]> {
  return (await store.records("policy_provision")).map((r) => ({
    id: r.id,
    eventId: str(r.data.eventId),
    provision: str(r.data.provision),
    metric: str(r.data.metric),
    value: num(r.data.value),
    unit: str(r.data.unit),
    note: str(r.data.note),
    sourceId: r.sourceId,
  }));
}
