/**
 * @module GET /api/export/prices.xlsx: the price series in USD/kg without VAT as a workbook — the points (exactly the
 * columns of `lodestone prices --format csv`), the premium outside China per quarter, the prices left out with the
 * reason, the sources (prices, exchange rates and VAT) with their licences, and the query. The parameters and 400s are
 * those of GET /api/prices.
 */
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { priceTable } from "../../domain/price-table.ts";
import type { PricesResult } from "../../domain/price-types.ts";
import { sourcesTable, type WorkbookTable } from "../../domain/workbook.ts";
import type { Store } from "../../store/store.ts";
import { about, write, XLSX_RESPONSES } from "./export.ts";
import { PriceParamsSchema, queryPrices } from "./prices.ts";

const route = createRoute({
  method: "get",
  path: "/api/export/prices.xlsx",
  summary:
    "Prices in USD/kg without VAT as an XLSX workbook: points with the rate and VAT used, premium, prices left out and why, sources with licences",
  request: { query: PriceParamsSchema },
  responses: XLSX_RESPONSES,
});

/** The workbook's data sheets: points, premium, left out; then the sources of every price, rate and VAT rate. */
export function priceTables(r: PricesResult): WorkbookTable[] {
  const t = priceTable(r);
  const points = r.series.flatMap((s) => s.points);
  return [
    {
      name: "prices",
      header: [...t.header],
      rows: t.rows.map((row) => row.map((v) => (v === "" || v === undefined ? null : v))),
    },
    {
      name: "premium",
      header: [
        "material",
        "quarter",
        "china_usd_per_kg",
        "outside_usd_per_kg",
        "premium_pct",
        "china_points",
        "outside_points",
      ],
      rows: r.premium.map((p) => [
        p.material,
        p.quarter,
        p.chinaUsdPerKg,
        p.outsideUsdPerKg,
        p.premiumPct,
        p.chinaPoints,
        p.outsidePoints,
      ]),
    },
    {
      name: "left_out",
      header: ["material", "period", "reason", "figure_id"],
      rows: r.skipped.map((s) => [s.material, s.period, s.reason, s.figureId]),
    },
    sourcesTable(
      points.flatMap((p) => [p.source, ...(p.fx ? [p.fx.source] : []), ...(p.vat ? [p.vat.source] : [])]),
    ),
  ];
}

export function exportPricesRoute(app: OpenAPIHono, store: Store) {
  app.openapi(route, async (c) => {
    const raw = c.req.valid("query");
    const { result } = await queryPrices(raw, store);
    const query = Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => !!e[1]));
    return write(
      c,
      [...priceTables(result), await about(store, "prices, USD/kg without VAT", query)],
      "lodestone-prices.xlsx",
    );
  });
}
