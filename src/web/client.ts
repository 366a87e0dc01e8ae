/** @module API client: fetches JSON from the Lodestone API and turns its error shape into a readable ApiClientError. */
import type {
  CapacityProject,
  CompanyResult,
  CuratedParams,
  EntityInfo,
  Facets,
  Figure,
  FigureParams,
  Health,
  List,
  MarketEstimate,
  Page,
  PolicyEvent,
  PriceParams,
  PricesResult,
  SeriesParams,
  SeriesResult,
  SourceRow,
} from "./types.ts";

/** An API or network failure with the message the API gave (or a plain-language one). */
export class ApiClientError extends Error {
  readonly code: string;
  readonly status: number;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Builds a query string from defined, non-empty values, in a stable order. */
export function toQuery(params: object): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === "") continue;
    q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** Fetches `path` as JSON; non-2xx answers throw ApiClientError with the API's `error.message`. */
export async function getJson<T>(path: string, fetcher: typeof fetch = fetch): Promise<T> {
  let res: Response;
  try {
    res = await fetcher(path, { headers: { accept: "application/json" } });
  } catch (e) {
    throw new ApiClientError(
      0,
      "network_error",
      `cannot reach the Lodestone API (${e instanceof Error ? e.message : e})`,
    );
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    throw new ApiClientError(
      res.status,
      "bad_response",
      `the API answered ${res.status} with something that is not JSON`,
    );
  }
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiClientError(
      res.status,
      err?.code ?? "http_error",
      err?.message ?? `request failed (${res.status})`,
    );
  }
  return body as T;
}

export const api = {
  health: () => getJson<Health>("/api/health"),
  facets: () => getJson<Facets>("/api/facets"),
  sources: () => getJson<List<SourceRow>>("/api/sources"),
  figures: (p: FigureParams) => getJson<Page<Figure>>(`/api/figures${toQuery(p)}`),
  /** One value per period for one series (the same answer as `lodestone series`). */
  series: (p: SeriesParams) => getJson<SeriesResult>(`/api/series${toQuery(p)}`),
  /** Price series in USD/kg without VAT (the same answer as `lodestone prices`). */
  prices: (p: PriceParams = {}) => getJson<PricesResult>(`/api/prices${toQuery(p)}`),
  /** The registry: names, aliases and bloc members (which destinations overlap). */
  entities: () => getJson<List<EntityInfo>>("/api/entities"),
  /** The curated tables, filtered by the API (the same filters as the CLI); every row, up to 10,000. */
  policyEvents: (p: CuratedParams = {}) =>
    getJson<Page<PolicyEvent>>(`/api/policy-events${toQuery({ ...p, limit: 10_000 })}`),
  capacityProjects: (p: CuratedParams = {}) =>
    getJson<Page<CapacityProject>>(`/api/capacity-projects${toQuery({ ...p, limit: 10_000 })}`),
  companyResults: (p: CuratedParams = {}) =>
    getJson<Page<CompanyResult>>(`/api/company-results${toQuery({ ...p, limit: 10_000 })}`),
  marketEstimates: (p: CuratedParams = {}) =>
    getJson<Page<MarketEstimate>>(`/api/market-estimates${toQuery({ ...p, limit: 10_000 })}`),
};

/** Every figure matching `p` (pages through the API 10,000 rows at a time). */
export async function allFigures(p: FigureParams): Promise<Figure[]> {
  const out: Figure[] = [];
  for (let offset = 0; ; offset += 10_000) {
    const page = await api.figures({ ...p, limit: 10_000, offset });
    out.push(...page.items);
    if (out.length >= page.total || page.items.length === 0) return out;
  }
}
