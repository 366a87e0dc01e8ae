/** @module The Prices page's tables: the premium outside China per quarter, and the latest converted points. */
import { MARKET_LABEL, priceTooltip } from "./charts/price-usd.ts";
import { empty, h, html } from "./dom.ts";
import { formatNumber, formatPct } from "./format.ts";
import type { PricePointUsd, PricesResult } from "./types.ts";

/** The premium outside China per quarter for one material, or why there is none. */
export function premiumTable(r: PricesResult, material: string): HTMLElement {
  const rows = r.premium.filter((p) => p.material === material);
  if (!rows.length)
    return empty(
      `No quarter has both a China and an outside-China price of ${material} that could be converted (annual averages are not paired).`,
    );
  return h(
    "table",
    { class: "data" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ...["Quarter", "China, ex VAT", "Outside China", "Premium outside China"].map((t) => h("th", {}, t)),
      ),
    ),
    h(
      "tbody",
      {},
      ...rows.map((p) =>
        h(
          "tr",
          { "data-premium": String(p.premiumPct) },
          h("td", {}, p.quarter),
          h("td", { class: "num" }, `${formatNumber(p.chinaUsdPerKg)} (${p.chinaPoints})`),
          h("td", { class: "num" }, `${formatNumber(p.outsideUsdPerKg)} (${p.outsidePoints})`),
          h("td", { class: "num" }, formatPct(p.premiumPct)),
        ),
      ),
    ),
  );
}

/** The latest 25 converted points, each with its published price, rate and VAT. */
export function pointsTable(points: PricePointUsd[]): HTMLElement {
  const recent = [...points].sort((a, b) => b.date.localeCompare(a.date)).slice(0, 25);
  return h(
    "table",
    { class: "data", "data-testid": "price-points-table" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ...["Date", "Market", "USD/kg ex VAT", "Published", "Rate and VAT", "Source"].map((t) =>
          h("th", {}, t),
        ),
      ),
    ),
    h(
      "tbody",
      {},
      ...recent.map((p) =>
        h(
          "tr",
          { "data-usd": String(p.usdPerKg) },
          h("td", {}, p.period),
          h("td", {}, MARKET_LABEL[p.market]),
          h("td", { class: "num" }, formatNumber(p.usdPerKg)),
          h(
            "td",
            {},
            `${formatNumber(p.published.low)}${p.published.high !== p.published.low ? `–${formatNumber(p.published.high)}` : ""} ${p.published.unit}, ${p.location}`,
          ),
          h("td", {}, html(priceTooltip(p).split("<br>").slice(3, 5).join("; "))),
          h("td", {}, p.source.publisher),
        ),
      ),
    ),
  );
}
