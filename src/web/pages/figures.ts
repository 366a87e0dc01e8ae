/** @module Figures explorer: filters -> table with the source beside each value, paging, CSV export, and a chart for time series. */
import { seriesChart } from "../charts/series.ts";
import { allFigures, api, toQuery } from "../client.ts";
import { empty, errorBox, h, loading } from "../dom.ts";
import { mountChart } from "../echarts.ts";
import { type FigureColumn, figureTable } from "../figure-table.ts";
import { formatNumber } from "../format.ts";
import { getFacets } from "../state.ts";
import { xlsxLink } from "../report-ui.ts";
import type { Figure, FigureParams } from "../types.ts";
import { seriesHref } from "./series.ts";

/** Rows that belong to a series the series view can draw (months, quarters, years, year-to-date spans). */
const seriesLink = (f: Figure) =>
  ["month", "quarter", "year"].includes(f.periodKind) ||
  (f.periodKind === "range" && f.metric.endsWith("_ytd"))
    ? seriesHref(f)
    : null;

const TEXT_FILTERS = ["metric", "entity", "counterparty", "material"] as const;
const PERS = ["", "year", "half", "quarter", "month", "day", "range"];
const SERIES_KINDS = new Set(["year", "half", "quarter", "month"]);

/** Explorer state from the hash query (`#/figures?metric=...`). */
export function paramsFromHash(q: URLSearchParams): FigureParams {
  const p: FigureParams = {};
  for (const k of [...TEXT_FILTERS, "dataset", "from", "to", "per", "vintage"] as const) {
    const v = q.get(k);
    if (v) p[k] = v;
  }
  if (q.get("preferred") === "true") p.preferred = true;
  p.limit = Number(q.get("limit")) || 50;
  p.offset = Number(q.get("offset")) || 0;
  return p;
}

/** Groups rows into series when the result is a time series: one unit, periodic, at most 8 series. */
export function asTimeSeries(rows: Figure[]): { name: string; figures: Figure[] }[] | null {
  if (rows.length < 2 || new Set(rows.map((f) => f.unit)).size !== 1) return null;
  if (!rows.every((f) => SERIES_KINDS.has(f.periodKind))) return null;
  const groups = new Map<string, Figure[]>();
  for (const f of rows) {
    const key = [f.metric, f.entity, f.counterparty, f.material, f.location].filter(Boolean).join(" · ");
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  if (groups.size > 8 || ![...groups.values()].some((g) => new Set(g.map((f) => f.period)).size > 1))
    return null;
  return [...groups.entries()].map(([name, figures]) => ({ name, figures }));
}

/** Table columns, leaving out those empty on every row of the page. */
function usedColumns(rows: Figure[]): FigureColumn[] {
  const all: FigureColumn[] = [
    "period",
    "metric",
    "entity",
    "counterparty",
    "material",
    "location",
    "vintage",
  ];
  return all.filter((c) => c === "period" || rows.some((f) => f[c] !== ""));
}

function field(name: string, label: string, value: string, list?: string[]) {
  const id = `f-${name}`;
  const input = h("input", {
    id,
    name,
    value,
    placeholder: "any",
    autocomplete: "off",
    ...(list ? { list: `${id}-list` } : {}),
  });
  return h(
    "label",
    { class: "field" },
    h("span", {}, label),
    input,
    list ? h("datalist", { id: `${id}-list` }, ...list.map((v) => h("option", { value: v }))) : null,
  );
}

export async function figuresPage(root: HTMLElement, query: URLSearchParams): Promise<void> {
  const facets = await getFacets();
  const params = paramsFromHash(query);
  const per = h(
    "select",
    { id: "f-per", name: "per" },
    ...PERS.map((p) => h("option", { value: p, selected: (params.per ?? "") === p }, p || "any")),
  );
  const latest = h("input", {
    type: "checkbox",
    id: "f-latest",
    name: "vintage",
    checked: params.vintage === "latest",
  });
  const preferred = h("input", {
    type: "checkbox",
    id: "f-preferred",
    name: "preferred",
    checked: params.preferred === true,
  });
  const limit = h(
    "select",
    { id: "f-limit", name: "limit" },
    ...[25, 50, 100, 500].map((n) => h("option", { value: n, selected: params.limit === n }, String(n))),
  );
  const lists: Record<(typeof TEXT_FILTERS)[number], string[]> = {
    metric: facets.metrics,
    entity: facets.entities,
    counterparty: facets.counterparties,
    material: facets.materials,
  };
  const form = h(
    "form",
    { class: "filters", id: "figure-filters" },
    ...TEXT_FILTERS.map((k) => field(k, k[0]!.toUpperCase() + k.slice(1), params[k] ?? "", lists[k])),
    field("from", "From", params.from ?? ""),
    field("to", "To", params.to ?? ""),
    h("label", { class: "field" }, h("span", {}, "Per"), per),
    h("label", { class: "field" }, h("span", {}, "Rows"), limit),
    h("label", { class: "field check" }, latest, h("span", {}, "Latest vintage only")),
    h(
      "label",
      { class: "field check", title: "only the one value chosen for each series and period" },
      preferred,
      h("span", {}, "Preferred only"),
    ),
    h(
      "div",
      { class: "actions" },
      h("button", { type: "submit", class: "primary" }, "Apply"),
      h("a", { href: "#/figures", class: "button" }, "Reset"),
    ),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const next: Record<string, string> = {};
    for (const k of [...TEXT_FILTERS, "from", "to", "per", "limit"]) {
      const v = String(data.get(k) ?? "").trim();
      if (v) next[k] = v;
    }
    if (latest.checked) next.vintage = "latest";
    if (preferred.checked) next.preferred = "true";
    location.hash = `#/figures${toQuery(next)}`;
  });
  const results = h("div", { class: "results", "data-testid": "figure-results" }, loading());
  root.append(
    h("h1", {}, "Figures explorer"),
    h(
      "p",
      { class: "lede" },
      "Filter every sourced figure. Values are as published; ranges show low–high. Filters accept several values separated by commas. Quality says which value is preferred for its series and period (✓), and why the others are not; “series ↗” opens the series a row belongs to.",
    ),
    h("section", { class: "panel" }, form),
    results,
  );
  try {
    const page = await api.figures(params);
    const { limit: pageSize = 50, offset = 0 } = params;
    const { limit: _l, offset: _o, ...filters } = params;
    const csv = h(
      "a",
      {
        id: "csv-download",
        class: "button",
        href: `/api/figures.csv${toQuery({ ...filters, limit: 10_000 })}`,
        download: "lodestone-figures.csv",
        "data-query": toQuery(filters).slice(1),
      },
      "Download CSV",
    );
    const xlsx = xlsxLink("xlsx-download", `/api/export/figures.xlsx${toQuery(filters)}`);
    const go = (o: number) => `#/figures${toQuery({ ...filters, limit: pageSize, offset: Math.max(0, o) })}`;
    const pager = h(
      "div",
      { class: "pager" },
      h(
        "span",
        { "data-testid": "result-count" },
        page.total
          ? `${formatNumber(offset + 1)}–${formatNumber(offset + page.items.length)} of ${formatNumber(page.total)} figures`
          : "No figures match",
      ),
      offset > 0 ? h("a", { href: go(offset - pageSize), class: "button" }, "← Previous") : null,
      offset + page.items.length < page.total
        ? h("a", { href: go(offset + pageSize), class: "button", id: "next-page" }, "Next →")
        : null,
      csv,
      xlsx,
    );
    const chartSlot = h("div", { class: "chart", "data-testid": "explorer-chart" });
    results.replaceChildren(pager);
    if (page.total > 1 && page.total <= 2000) {
      const series = asTimeSeries(page.total <= page.items.length ? page.items : await allFigures(filters));
      if (series) {
        results.append(h("section", { class: "panel" }, chartSlot));
        mountChart(chartSlot, seriesChart(series, { yName: series[0]!.figures[0]!.unit, markDerived: true }));
      }
    }
    results.append(
      page.items.length
        ? h(
            "div",
            { class: "table-wrap" },
            figureTable(page.items, usedColumns(page.items), { link: seriesLink }),
          )
        : empty("No figures match these filters."),
    );
  } catch (e) {
    results.replaceChildren(errorBox(e, "The API rejected this query"));
  }
}
