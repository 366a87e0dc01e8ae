/** @module loadKnowledgeBase: the one function that reads the store, fetching only the figures an extraction's claims need. */
import { periodSpan } from "../domain/period.ts";
import type { Extraction } from "../extract/schema.ts";
import type { Store } from "../store/store.ts";
import { kbMapping } from "./kb-match.ts";
import type { KbFact, KbFigure, KbParameter, KnowledgeBase, Provision, SourceRef } from "./knowledge-base.ts";

export interface LoadKnowledgeBaseOptions {
  /** Provisions to use instead of the store's `policy_provision` records (loaded from data/policy-provisions.csv). */
  provisions?: Provision[];
}

const num = (v: unknown): number | null => (v === null || v === undefined || v === "" ? null : Number(v));
const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

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

/** The figure metrics and the period window the claims need (with a year of history for y/y changes). */
function figureNeeds(extraction: Extraction): { metrics: string[]; from: string; to: string } | null {
  const metrics = new Set<string>();
  let start: string | null = null;
  let end: string | null = null;
  for (const c of extraction.claims) {
    const m = kbMapping(c);
    for (const id of m?.metrics ?? []) metrics.add(id);
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

/** Builds the knowledge-base snapshot for checking `extraction`: relevant figures, the policy register, parameters, facts. */
export async function loadKnowledgeBase(
  store: Store,
  extraction: Extraction,
  options: LoadKnowledgeBaseOptions = {},
): Promise<KnowledgeBase> {
  const figures: KbFigure[] = [];
  const needs = figureNeeds(extraction);
  const page = { limit: 10_000, offset: 0 };
  if (needs)
    figures.push(
      ...(await store.figures({ metric: needs.metrics, from: needs.from, to: needs.to, ...page })).items,
    );
  if (
    extraction.claims.some((c) => c.unit === "%" && /share/.test(c.metric)) ||
    needs?.metrics.includes("mine_production")
  )
    figures.push(
      ...(
        await store.figures({
          metric: ["mine_production"],
          entity: ["China", "World", "World total"],
          ...page,
        })
      ).items,
    );
  const policyEvents = await store.policyEvents();
  const provisions = options.provisions ?? (await loadProvisions(store));
  const ids = [
    ...new Set([
      ...policyEvents.flatMap((e) => [e.sourceId, e.sourceId2 ?? ""]),
      ...provisions.map((p) => p.sourceId),
    ]),
  ];
  const sourceRows = await store.sources({ id: ids.filter(Boolean) });
  const paramRecords = await store.records("application_parameter");
  const factRecords = await store.records("reference_fact");
  const recordSources = await store.sources({
    id: [...new Set([...paramRecords, ...factRecords].map((r) => r.sourceId))],
  });
  const sources: Record<string, SourceRef> = {};
  for (const s of [...sourceRows, ...recordSources])
    sources[s.id] = { id: s.id, publisher: s.publisher, url: s.url, title: s.title };
  const ref = (id: string): SourceRef => sources[id] ?? { id, publisher: "(source not loaded)", url: "" };
  const applicationParameters: KbParameter[] = paramRecords.map((r) => ({
    id: r.id,
    application: str(r.data.application),
    parameter: str(r.data.parameter),
    value: num(r.data.value),
    low: num(r.data.low),
    high: num(r.data.high),
    unit: str(r.data.unit),
    massBasis: str(r.data.massBasis),
    source: ref(r.sourceId),
  }));
  const referenceFacts: KbFact[] = factRecords.map((r) => ({
    id: r.id,
    description: str(r.data.description),
    metric: str(r.data.metric),
    period: str(r.data.period ?? r.data.year),
    value: num(r.data.value),
    low: num(r.data.low),
    high: num(r.data.high),
    unit: str(r.data.unit),
    massBasis: str(r.data.massBasis),
    source: ref(r.sourceId),
  }));
  const seen = new Set<string>();
  const unique = figures.filter((f) => !seen.has(f.id) && seen.add(f.id));
  return { figures: unique, policyEvents, provisions, applicationParameters, referenceFacts, sources };
}
