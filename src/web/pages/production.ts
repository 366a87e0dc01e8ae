/** @module Production page: mine production by country (stacked, per vintage), USGS revisions, and reserves. */
import { isWorld, productionChart, rankingChart, revisionsChart } from "../charts/production.ts";
import { allFigures, api } from "../client.ts";
import { empty, h } from "../dom.ts";
import { mountChart } from "../echarts.ts";
import { figureTable } from "../figure-table.ts";
import { getFacets, onlyDataset } from "../state.ts";
import { formatValue } from "../format.ts";
import type { Figure } from "../types.ts";

/** Latest period per entity. */
function latestPerEntity(rows: Figure[]): Figure[] {
  const best = new Map<string, Figure>();
  for (const f of rows) {
    const cur = best.get(f.entity);
    if (!cur || f.periodEnd > cur.periodEnd) best.set(f.entity, f);
  }
  return [...best.values()];
}

export async function productionPage(root: HTMLElement): Promise<void> {
  const facets = await getFacets();
  // Country tables only (reference facts also carry mine_production figures, under descriptive entities).
  const only = (dataset: string) => onlyDataset(facets, dataset);
  const hasMine = facets.metrics.includes("mine_production");
  const [prod, preferred, world, reserves] = await Promise.all([
    hasMine ? allFigures({ metric: "mine_production", per: "year", ...only("mine-production") }) : [],
    // One answer per country and year: the preferred value, as every other surface gives it.
    hasMine
      ? allFigures({ metric: "mine_production", per: "year", preferred: true, ...only("mine-production") })
      : [],
    // The world line only when a world total exists (the small fixture dataset has none).
    hasMine && facets.entityIds.includes("world")
      ? api.series({ metric: "mine_production", entity: "World", per: "year" })
      : null,
    facets.metrics.includes("reserves")
      ? allFigures({ metric: "reserves", preferred: true, ...only("reserves") })
      : [],
  ]);
  const vintages = [...new Set(prod.map((f) => f.vintage))].filter(Boolean).sort();
  const toggle = h(
    "select",
    { id: "vintage", "aria-label": "Vintage" },
    h("option", { value: "latest" }, "Preferred value of each year (latest edition)"),
  );
  for (const v of vintages) toggle.append(h("option", { value: v }, v));
  const stacked = h("div", { class: "chart tall", "data-testid": "production-chart" });
  const revisions = h("div", { class: "chart" });
  const reserveChart = h("div", { class: "chart" });
  const worldName = prod.find((f) => isWorld(f.entity))?.entity;
  root.append(
    h("h1", {}, "Production"),
    h(
      "p",
      { class: "lede" },
      "Rare-earth mine production (t REO) by country as published by USGS. Later editions revise earlier years; pick an edition to see what it said.",
    ),
    h(
      "section",
      { class: "panel" },
      h(
        "div",
        { class: "panel-head" },
        h("h2", {}, "Mine production by country"),
        h("label", {}, "Edition ", toggle),
      ),
      stacked,
    ),
    h(
      "div",
      { class: "two" },
      h("section", { class: "panel" }, h("h2", {}, "Revisions: world total by edition"), revisions),
      h("section", { class: "panel" }, h("h2", {}, "Reserves by country (latest edition)"), reserveChart),
    ),
  );
  const draw = () => {
    const v = toggle.value;
    const rows = v === "latest" ? preferred : prod.filter((f) => f.vintage === v);
    if (rows.length)
      mountChart(stacked, productionChart(rows, v === "latest" && world ? { world: world.items } : {}));
    else stacked.replaceChildren(empty("No mine production figures for this edition."));
  };
  toggle.addEventListener("change", draw);
  draw();
  if (worldName) mountChart(revisions, revisionsChart(prod, worldName));
  else revisions.replaceChildren(empty("No world totals in the data."));
  const res = latestPerEntity(reserves).filter((f) => !isWorld(f.entity));
  const worldReserves = latestPerEntity(reserves).find((f) => isWorld(f.entity));
  if (res.length) mountChart(reserveChart, rankingChart(res));
  else reserveChart.replaceChildren(empty("No reserves figures in the data."));
  if (res.length)
    root.append(
      h(
        "section",
        { class: "panel" },
        h("h2", {}, "Reserves table"),
        worldReserves
          ? h(
              "p",
              { class: "hint" },
              `World total ${worldReserves.period}: ${formatValue(worldReserves)} ${worldReserves.unit} (${worldReserves.source.publisher}, ${worldReserves.vintage}).`,
            )
          : null,
        figureTable(
          res.sort((a, b) => (b.value ?? 0) - (a.value ?? 0)),
          ["entity", "period", "vintage"],
        ),
      ),
    );
}
