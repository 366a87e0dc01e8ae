/** @module GET /api/prices: price series per material and market in USD/kg without VAT, with the rates used and their sources. */
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { type PriceQuery, PriceQuerySchema, filterPrices } from "../../domain/price-query.ts";
import { buildPriceSeries, type PriceInputs } from "../../domain/price-series.ts";
import { type PriceSource, type PricesResult, PricesResultSchema } from "../../domain/price-types.ts";
import { unknownValues } from "../../store/query-fields.ts";
import { FigureQuerySchema } from "../../store/figure-query.ts";
import type { FigureRow, Store } from "../../store/store.ts";
import { ErrorSchema, invalidInput, unknownFilterValue } from "../error.ts";

const text = (description: string, example: string) =>
  z.string().optional().openapi({ description, example });

/** The query parameters of GET /api/prices, as sent (text); PriceQuerySchema parses them. */
export const PriceParamsSchema = z.object({
  material: text("Material, as the price table names it", "NdPr oxide"),
  market: text("china (China domestic, listed prices) or outside (FOB, CIF, Europe)", "china"),
  from: text("First day, month or year (inclusive)", "2024-01"),
  to: text("Last day, month or year (inclusive)", "2025-12"),
});

const route = createRoute({
  method: "get",
  path: "/api/prices",
  summary:
    "Price series per material and market in USD/kg without VAT, each point with the exchange rate and VAT rate used and their sources; the premium outside China per quarter",
  request: { query: PriceParamsSchema },
  responses: {
    200: { description: "The series", content: { "application/json": { schema: PricesResultSchema } } },
    400: {
      description: "Invalid parameter or unknown material (with the closest known)",
      content: { "application/json": { schema: ErrorSchema } },
    },
  },
});

const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v));

async function allPriceFigures(store: Store): Promise<FigureRow[]> {
  const out: FigureRow[] = [];
  for (let offset = 0; ; offset += 10_000) {
    const page = await store.figures(FigureQuerySchema.parse({ metric: "price", limit: 10_000, offset }));
    out.push(...page.items);
    if (out.length >= page.total || !page.items.length) return out;
  }
}

/** Price figures, sourced exchange rates and China's VAT rates from the store: the inputs of `buildPriceSeries`. */
export async function loadPriceInputs(store: Store): Promise<PriceInputs> {
  const [figures, fx, tax] = await Promise.all([
    allPriceFigures(store),
    store.records("exchange_rate"),
    store.records("tax_rate"),
  ]);
  const ids = [...new Set([...fx, ...tax].map((r) => r.sourceId))];
  const sources = new Map<
    string,
    { publisher: string; title: string; url: string; published: string; licence: string }
  >((await store.sources({ id: ids })).map((s) => [s.id, s]));
  const ref = (id: string): PriceSource => {
    const s = sources.get(id);
    return {
      id,
      publisher: s?.publisher ?? "(source not loaded)",
      title: s?.title ?? "",
      url: s?.url ?? "",
      published: s?.published ?? "",
      licence: s?.licence ?? "",
    };
  };
  return {
    figures: figures.map((f) => ({
      ...f,
      source: {
        id: f.source.id,
        publisher: f.source.publisher,
        title: f.source.title,
        url: f.source.url,
        published: f.source.published,
        licence: f.source.licence,
      },
    })),
    exchangeRates: fx.map((r) => ({
      base: str(r.data.base),
      quote: str(r.data.quote),
      period: str(r.data.period),
      rate: Number(r.data.rate),
      source: ref(r.sourceId),
    })),
    taxRates: tax.map((r) => ({
      jurisdiction: str(r.data.jurisdiction),
      tax: str(r.data.tax),
      from: str(r.data.fromDate),
      to: str(r.data.toDate),
      ratePct: Number(r.data.ratePct),
      source: ref(r.sourceId),
    })),
  };
}

/** The one answer for the API, the CLI and the page: parsed filters (400s name the parameter), then the series. */
export async function queryPrices(
  raw: Record<string, string | undefined>,
  store: Store,
): Promise<{ query: PriceQuery; result: PricesResult }> {
  const parsed = PriceQuerySchema.safeParse(
    Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== "")),
  );
  if (!parsed.success) throw invalidInput("invalid_query", parsed.error, raw);
  const all = buildPriceSeries(await loadPriceInputs(store));
  const known = [
    ...new Set([...all.series.map((s) => s.material), ...all.skipped.map((s) => s.material)]),
  ].sort();
  const unknown = unknownValues("material", parsed.data.material ? [parsed.data.material] : [], known);
  if (unknown.length) throw unknownFilterValue(unknown);
  return { query: parsed.data, result: filterPrices(all, parsed.data) };
}

export function pricesRoute(app: OpenAPIHono, store: Store) {
  app.openapi(route, async (c) => c.json((await queryPrices(c.req.valid("query"), store)).result, 200));
}
