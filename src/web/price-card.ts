/**
 * @module The Overview's price card: the latest point of a material's China series in USD/kg without VAT (the same
 * number GET /api/prices and `lodestone prices` give), its published price, rate and VAT, the latest outside-China
 * point beside it, and how many newer prices were left out (and where to see why).
 */
import { card } from "./card.ts";
import { h } from "./dom.ts";
import { formatNumber } from "./format.ts";
import type { PricePointUsd, PricesResult } from "./types.ts";

const range = (low: number, high: number, unit: string) =>
  `${formatNumber(low)}${high !== low ? `–${formatNumber(high)}` : ""} ${unit}`;

/** How the published price became USD/kg without VAT, in one line. */
function basisLine(p: PricePointUsd): string {
  const fx = p.fx
    ? `at ${p.fx.rate} ${p.fx.quote}/${p.fx.base} (${p.fx.period} average, ${p.fx.source.publisher})`
    : "";
  const vat = p.vat ? `, ${p.vat.ratePct}% VAT removed` : "";
  return `${p.location}; published ${range(p.published.low, p.published.high, p.published.unit)}${fx ? ` ${fx}` : ""}${vat}`;
}

const latest = (r: PricesResult, material: string, market: PricePointUsd["market"]) =>
  r.series.find((s) => s.material === material && s.market === market)?.points.at(-1);

export function priceCard(r: PricesResult, material: string): HTMLElement {
  const china = latest(r, material, "china");
  const outside = latest(r, material, "outside");
  const shown = china ?? outside;
  if (!shown) return card("price", `${material} price`, "–", null, "no price that could be converted to USD");
  const newer = r.skipped.filter((s) => s.material === material && s.period > shown.period).length;
  const market = shown.market === "china" ? "China" : "outside China";
  return card(
    "price",
    `${material}, ${market}, ${shown.period}`,
    `${shown.approx ? "~" : ""}${range(shown.lowUsdPerKg, shown.highUsdPerKg, "USD/kg")} ex VAT`,
    shown.usdPerKg,
    h(
      "span",
      {},
      h("span", { "data-testid": "price-basis" }, basisLine(shown)),
      outside && outside !== shown
        ? h(
            "span",
            { "data-testid": "price-outside", "data-value": outside.usdPerKg },
            ` · outside China ${outside.period}: ${range(outside.lowUsdPerKg, outside.highUsdPerKg, "USD/kg")} (${outside.location})`,
          )
        : null,
      newer
        ? h(
            "span",
            { "data-testid": "price-newer-skipped", "data-value": newer },
            ` · ${newer} newer price${newer === 1 ? "" : "s"} left out (`,
            h("a", { href: `#/prices?material=${encodeURIComponent(material)}` }, "why"),
            ")",
          )
        : null,
    ),
    shown.source,
  );
}
