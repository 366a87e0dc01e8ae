/**
 * @module Prices page: each material's prices in USD/kg without VAT from GET /api/prices (China domestic against outside
 * China, the premium per quarter, the rate and VAT used on every point, what was left out and why), and USGS annual
 * oxide prices.
 */
import { MARKET_LABEL, priceUsdChart } from "../charts/price-usd.ts";
import { pointsTable, premiumTable } from "../price-tables.ts";
import { xlsxLink } from "../report-ui.ts";
import { seriesChart } from "../charts/series.ts";
import { allFigures, api, toQuery } from "../client.ts";
import { priceTable } from "../../domain/price-table.ts";
import { empty, errorBox, h } from "../dom.ts";
import { mountChart } from "../echarts.ts";
import { getFacets, onlyDataset, pick } from "../state.ts";
import type { PricesResult } from "../types.ts";

const OXIDES = ["NdPr oxide", "Nd oxide", "Pr oxide", "Dy oxide", "Tb oxide"];

interface PriceState {
  material: string;
  market: string;
  from: string;
  to: string;
}

const hashOf = (s: PriceState) => `#/prices${toQuery(s)}`;

/** Materials with the most converted points first (the default view shows the most). */
function materialsOf(r: PricesResult): string[] {
  const n = new Map<string, number>();
  for (const s of r.series) n.set(s.material, (n.get(s.material) ?? 0) + s.points.length);
  return [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([m]) => m);
}

export async function pricesPage(root: HTMLElement, query: URLSearchParams): Promise<void> {
  const state: PriceState = {
    material: query.get("material") ?? "",
    market: query.get("market") ?? "",
    from: query.get("from") ?? "",
    to: query.get("to") ?? "",
  };
  // Every request at once: the converted series (the material checked by the API when one is asked for) and USGS.
  const filters = { market: state.market, from: state.from, to: state.to };
  const pricesReq = api.prices(state.material ? { ...filters, material: state.material } : filters);
  const annualReq = getFacets().then((facets) =>
    facets.metrics.includes("oxide_price_annual")
      ? allFigures({
          metric: "oxide_price_annual",
          vintage: "latest",
          ...onlyDataset(facets, "oxide-prices-annual"),
        })
      : [],
  );
  root.append(
    h("h1", {}, "Prices"),
    h(
      "p",
      { class: "lede" },
      "Price observations from public reports converted to USD/kg without VAT, China domestic against outside China, with the exchange rate, the VAT removed and their sources on every point; and USGS annual average oxide prices.",
    ),
  );
  let prices: PricesResult;
  try {
    prices = await pricesReq;
  } catch (e) {
    root.append(
      errorBox(e, "The API rejected this query"),
      h("p", {}, h("a", { href: "#/prices" }, "Show every price (no filters)")),
    );
    return;
  }
  const materials = materialsOf(prices);
  const material = state.material
    ? (pick(materials, state.material) ?? state.material)
    : (pick(materials, "NdPr oxide") ?? materials[0] ?? "");
  const select = (id: string, label: string, value: string, options: [string, string][]) =>
    h(
      "select",
      { id, "aria-label": label },
      ...options.map(([v, t]) => h("option", { value: v, selected: v === value }, t)),
    );
  const matPick = select(
    "price-material",
    "Material",
    material,
    materials.map((m) => [m, m]),
  );
  const marketPick = select("price-market", "Market", state.market, [
    ["", "Both markets"],
    ["china", MARKET_LABEL.china],
    ["outside", MARKET_LABEL.outside],
  ]);
  const from = h("input", {
    id: "price-from",
    value: state.from,
    placeholder: "2024",
    size: 8,
    "aria-label": "From",
  });
  const to = h("input", {
    id: "price-to",
    value: state.to,
    placeholder: "2025-12",
    size: 8,
    "aria-label": "To",
  });
  const log = h("input", { type: "checkbox", id: "price-log" });
  const form = h(
    "form",
    { class: "controls", id: "price-filters" },
    h("label", {}, "Material ", matPick),
    h("label", {}, "Market ", marketPick),
    h("label", {}, "From ", from),
    h("label", {}, "To ", to),
    h("label", { class: "check" }, log, " log scale"),
    h("button", { type: "submit", class: "primary" }, "Apply"),
  );
  const read = (): PriceState => ({
    material: matPick.value,
    market: marketPick.value,
    from: from.value.trim(),
    to: to.value.trim(),
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    location.hash = hashOf(read());
  });
  for (const el of [matPick, marketPick]) el.addEventListener("change", () => form.requestSubmit());
  const usdChart = h("div", { class: "chart tall", "data-testid": "price-usd-chart" });
  const points = prices.series.filter((s) => s.material === material).flatMap((s) => s.points);
  const skipped = prices.skipped.filter((s) => s.material === material);
  const reasons = new Map<string, number>();
  for (const s of skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  const annualChart = h("div", { class: "chart", "data-testid": "annual-prices-chart" });
  const annualLog = h("input", { type: "checkbox", id: "log", checked: true });
  root.append(
    h(
      "section",
      { class: "panel" },
      h("div", { class: "panel-head" }, h("h2", {}, `${material || "Prices"}: USD/kg without VAT`), form),
      h("p", { class: "hint" }, prices.method),
      usdChart,
    ),
    h(
      "section",
      { class: "panel", "data-testid": "price-premium" },
      h("h2", {}, `Premium outside China: ${material}`),
      premiumTable(prices, material),
    ),
    h(
      "section",
      { class: "panel" },
      h(
        "div",
        { class: "panel-head" },
        h("h2", {}, `Latest ${Math.min(25, points.length)} of ${points.length} converted prices`),
        // Every point of the material (not only the latest 25), the premium, the left-out prices and the sources.
        xlsxLink(
          "prices-xlsx",
          `/api/export/prices.xlsx${toQuery({ ...filters, material })}`,
          "Download XLSX (all points, rates, sources)",
        ),
      ),
      h("div", { class: "table-wrap" }, pointsTable(points)),
      h(
        "details",
        { "data-testid": "price-skipped", "data-count": String(skipped.length) },
        h("summary", {}, `${skipped.length} price(s) of ${material} left out`),
        h("ul", {}, ...[...reasons].map(([r, n]) => h("li", {}, `${n} × ${r}`))),
      ),
    ),
    h(
      "section",
      { class: "panel" },
      h(
        "div",
        { class: "panel-head" },
        h("h2", {}, "USGS annual oxide prices"),
        h("label", {}, annualLog, " log scale"),
      ),
      annualChart,
    ),
  );
  const drawUsd = () => {
    if (points.length)
      mountChart(usdChart, priceUsdChart(prices, material, { logScale: log.checked }), {
        csv: () => priceTable({ ...prices, series: prices.series.filter((s) => s.material === material) }),
      });
    else usdChart.replaceChildren(empty(`No ${material || "price"} could be converted for this selection.`));
  };
  log.addEventListener("change", drawUsd);
  drawUsd();
  const annual = await annualReq;
  const drawAnnual = () => {
    const series = OXIDES.map((m) => ({ name: m, figures: annual.filter((f) => f.material === m) })).filter(
      (s) => s.figures.length,
    );
    if (series.length)
      mountChart(annualChart, seriesChart(series, { yName: "USD/kg", logScale: annualLog.checked }));
    else annualChart.replaceChildren(empty("No annual oxide prices in the data."));
  };
  annualLog.addEventListener("change", drawAnnual);
  drawAnnual();
}
