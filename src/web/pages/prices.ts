/** @module Prices page: USGS annual oxide prices and curated price points with their basis (location, VAT). */
import { pricePointsChart } from "../charts/price-points.ts";
import { seriesChart } from "../charts/series.ts";
import { allFigures } from "../client.ts";
import { empty, h } from "../dom.ts";
import { mountChart } from "../echarts.ts";
import { figureTable } from "../figure-table.ts";
import { getFacets, onlyDataset } from "../state.ts";

const OXIDES = ["NdPr oxide", "Nd oxide", "Pr oxide", "Dy oxide", "Tb oxide"];

export async function pricesPage(root: HTMLElement): Promise<void> {
  const facets = await getFacets();
  const [annual, points] = await Promise.all([
    facets.metrics.includes("oxide_price_annual")
      ? allFigures({
          metric: "oxide_price_annual",
          vintage: "latest",
          ...onlyDataset(facets, "oxide-prices-annual"),
        })
      : [],
    facets.metrics.includes("price")
      ? allFigures({ metric: "price", ...onlyDataset(facets, "price-points") })
      : [],
  ]);
  const annualChart = h("div", { class: "chart", "data-testid": "annual-prices-chart" });
  const pointsChart = h("div", { class: "chart tall" });
  const log = h("input", { type: "checkbox", id: "log", checked: true });
  const unitCount = new Map<string, number>();
  for (const f of points) unitCount.set(f.unit, (unitCount.get(f.unit) ?? 0) + 1);
  // Most-used unit first: the default view shows the most points.
  const units = [...unitCount].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([u]) => u);
  const unitPick = h(
    "select",
    { id: "price-unit", "aria-label": "Unit" },
    ...units.map((u) => h("option", { value: u }, `${u} (${unitCount.get(u)})`)),
  );
  const matPick = h(
    "select",
    { id: "price-material", "aria-label": "Material" },
    h("option", { value: "" }, "All materials"),
  );
  for (const m of [...new Set(points.map((f) => f.material))].sort())
    matPick.append(h("option", { value: m }, m));
  const tableSlot = h("div", { class: "table-wrap" });
  root.append(
    h("h1", {}, "Prices"),
    h(
      "p",
      { class: "lede" },
      "Annual average oxide prices from USGS (Argus-sourced, USD/kg) and dated price observations from public reports, with their delivery and tax basis.",
    ),
    h(
      "section",
      { class: "panel" },
      h(
        "div",
        { class: "panel-head" },
        h("h2", {}, "USGS annual oxide prices"),
        h("label", {}, log, " log scale"),
      ),
      annualChart,
    ),
    h(
      "section",
      { class: "panel" },
      h(
        "div",
        { class: "panel-head" },
        h("h2", {}, "Price points"),
        h(
          "div",
          { class: "controls" },
          h("label", {}, "Unit ", unitPick),
          h("label", {}, "Material ", matPick),
        ),
      ),
      h(
        "p",
        { class: "hint" },
        "A range is plotted at its midpoint; the tooltip gives the published low–high and the basis (location, VAT).",
      ),
      pointsChart,
      tableSlot,
    ),
  );
  const drawAnnual = () => {
    const series = OXIDES.map((m) => ({ name: m, figures: annual.filter((f) => f.material === m) })).filter(
      (s) => s.figures.length,
    );
    if (series.length)
      mountChart(annualChart, seriesChart(series, { yName: "USD/kg", logScale: log.checked }));
    else annualChart.replaceChildren(empty("No annual oxide prices in the data."));
  };
  const drawPoints = () => {
    const rows = points.filter(
      (f) => f.unit === unitPick.value && (!matPick.value || f.material === matPick.value),
    );
    if (rows.length)
      mountChart(pointsChart, pricePointsChart(rows, { unit: unitPick.value, logScale: !matPick.value }));
    else pointsChart.replaceChildren(empty("No price points for this selection."));
    const recent = [...rows].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd)).slice(0, 25);
    tableSlot.replaceChildren(
      h("h3", {}, `Latest ${recent.length} of ${rows.length} price points`),
      figureTable(recent, ["period", "material", "location", "note"]),
    );
  };
  log.addEventListener("change", drawAnnual);
  unitPick.addEventListener("change", drawPoints);
  matPick.addEventListener("change", drawPoints);
  drawAnnual();
  drawPoints();
}
