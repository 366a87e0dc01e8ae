/** @module The price series as one table (CSV of `lodestone prices` and of the Prices page's chart): a row per point. */
import type { CsvCell } from "./csv-text.ts";
import type { PricesResult } from "./price-types.ts";

export const PRICE_COLUMNS = [
  "material",
  "market",
  "date",
  "period",
  "usd_per_kg_ex_vat",
  "low_usd_per_kg",
  "high_usd_per_kg",
  "published_low",
  "published_high",
  "published_unit",
  "fx_rate",
  "fx_pair",
  "fx_period",
  "fx_source",
  "vat_removed_pct",
  "vat_source",
  "location",
  "price_type",
  "source_id",
  "publisher",
  "url",
  "figure_id",
] as const;

const round = (v: number) => Math.round(v * 1000) / 1000;

/** One row per point, in the order of the series (material, market, date); USD rounded to 0.001. */
export function priceTable(r: PricesResult): { header: readonly string[]; rows: CsvCell[][] } {
  const rows = r.series.flatMap((s) =>
    s.points.map((p): CsvCell[] => [
      p.material,
      p.market,
      p.date,
      p.period,
      round(p.usdPerKg),
      round(p.lowUsdPerKg),
      round(p.highUsdPerKg),
      p.published.low,
      p.published.high,
      p.published.unit,
      p.fx?.rate ?? "",
      p.fx ? `${p.fx.quote} per ${p.fx.base}` : "",
      p.fx?.period ?? "",
      p.fx?.source.id ?? "",
      p.vat?.ratePct ?? "",
      p.vat?.source.id ?? "",
      p.location,
      p.priceType,
      p.source.id,
      p.source.publisher,
      p.source.url,
      p.figureId,
    ]),
  );
  return { header: PRICE_COLUMNS, rows };
}
