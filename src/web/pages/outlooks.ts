/** @module Outlooks page: published market estimates with the API's filters; base → target per unit, CAGRs, sources. */
import { cagrChart } from "../charts/cagr.ts";
import { cagrGap, endText, outlookChart, outlookGroupOf, outlookGroups } from "../charts/outlook.ts";
import { api, toQuery } from "../client.ts";
import { recordsCsv } from "../csv.ts";
import { distinct, EXCLUDED_FILTER, type FilterSpec, noteCell, sourceCell } from "../curated.ts";
import { curatedFrame, groupControls, loadRows, tablePanel } from "../curated-page.ts";
import { empty, h } from "../dom.ts";
import { mountChart } from "../echarts.ts";
import { formatNumber } from "../format.ts";
import type { MarketEstimate } from "../types.ts";
import { ESTIMATE_KINDS } from "../../domain/curated-enums.ts";

const cagrCell = (e: MarketEstimate) => {
  const { gap, conflict } = cagrGap(e);
  return h(
    "td",
    { class: "num", "data-col": "cagr" },
    e.statedCagrPct !== null ? `${formatNumber(e.statedCagrPct)}%` : "–",
    h(
      "div",
      { class: "why" },
      e.computedCagrPct !== null ? `ours ${formatNumber(e.computedCagrPct)}%` : "",
      e.computedCagrPct !== null ? h("span", { class: "tag tag-derived" }, "derived") : null,
    ),
    conflict
      ? h(
          "span",
          { class: "tag tag-conflict", title: "stated and computed CAGR differ" },
          `≠ ${formatNumber(Math.abs(gap!))} pp`,
        )
      : null,
  );
};

function row(e: MarketEstimate): HTMLTableRowElement {
  return h(
    "tr",
    { "data-id": e.id, class: e.excludeReason ? "excluded" : "" },
    h(
      "td",
      {},
      h("b", {}, e.publisher),
      h("div", { class: "muted" }, e.publisherType),
      h("div", { class: "mono" }, e.id),
    ),
    h("td", { class: "nowrap" }, e.publishedDate),
    h(
      "td",
      { "data-col": "metric" },
      e.metric,
      h("div", { class: "muted" }, [e.geography, e.scopeBasis].filter(Boolean).join(" · ")),
    ),
    h(
      "td",
      { class: "num" },
      e.baseYear === null ? "" : String(e.baseYear),
      h(
        "div",
        {},
        endText({ value: e.baseValue, low: e.baseLow, high: e.baseHigh, qualifier: e.baseQualifier }, e.unit),
      ),
    ),
    h(
      "td",
      { class: "num" },
      e.targetYear === null ? "" : String(e.targetYear),
      h(
        "div",
        {},
        endText(
          { value: e.targetValue, low: e.targetLow, high: e.targetHigh, qualifier: e.targetQualifier },
          e.unit,
        ),
      ),
    ),
    cagrCell(e),
    h(
      "td",
      {},
      e.massBasis === "not_applicable" ? "" : e.massBasis.replace(/_/g, " "),
      e.scenario ? h("div", { class: "muted" }, e.scenario) : null,
    ),
    sourceCell(e.source),
    noteCell(e.excludeReason, e.note),
  );
}

export async function outlooksPage(root: HTMLElement, query: URLSearchParams): Promise<void> {
  const all = await api.marketEstimates();
  const specs: FilterSpec[] = [
    { key: "kind", label: "Kind", kind: "select", options: ESTIMATE_KINDS },
    {
      key: "publisher",
      label: "Publisher",
      kind: "select",
      options: distinct(all.items.map((e) => e.publisher)),
    },
    { key: "metric", label: "Metric (contains)", kind: "text", placeholder: "e.g. market value" },
    { key: "year", label: "Base or target year", kind: "year" },
    {
      key: "geography",
      label: "Geography",
      kind: "select",
      options: distinct(all.items.map((e) => e.geography)),
    },
    { key: "publishedFrom", label: "Published from", kind: "period" },
    { key: "publishedTo", label: "Published to", kind: "period" },
    EXCLUDED_FILTER,
  ];
  const { filters, results } = curatedFrame(root, query, {
    page: "outlooks",
    title: "Outlooks",
    lede: "Published market-size, demand and humanoid-robot estimates, kept side by side when they contradict each other. Compare like with like: each chart holds one unit (and one mass basis for tonnages); our recomputed CAGR is marked derived beside the stated one.",
    specs,
    keep: ["group", "log"],
  });
  const rows = await loadRows(results, () => api.marketEstimates(filters), "estimates");
  if (!rows) return;
  const groups = outlookGroups(rows);
  const group = groups.find((g) => g.key === query.get("group")) ?? groups[0]!;
  const inGroup = rows.filter((e) => outlookGroupOf(e) === group.key);
  const values = inGroup
    .flatMap((e) => [e.baseValue, e.baseLow, e.targetValue, e.targetHigh])
    .filter((v): v is number => v !== null && v > 0);
  const wide = values.length > 1 && Math.max(...values) / Math.min(...values) > 100;
  const log = query.has("log") ? query.get("log") === "1" : wide;
  const go = (next: Record<string, string>) => {
    location.hash = `#/outlooks${toQuery({ ...filters, group: group.key, log: log ? "1" : "0", ...next })}`;
  };
  const controls = groupControls(
    "outlooks",
    "Unit and basis",
    groups,
    { group: group.key, log },
    { group: (key) => go({ group: key, log: "" }), log: (on) => go({ log: on ? "1" : "0" }) },
  );
  const chart = h("div", { class: "chart tall", "data-testid": "outlooks-chart" });
  const withCagr = inGroup.filter((e) => e.statedCagrPct !== null || e.computedCagrPct !== null);
  const cagr = h("div", { class: "chart", "data-testid": "cagr-chart" });
  cagr.style.height = `${Math.max(160, withCagr.length * 30 + 70)}px`;
  const drawable = inGroup.some(
    (e) => e.baseValue !== null || e.targetValue !== null || e.baseLow !== null || e.targetLow !== null,
  );
  results.replaceChildren(
    h(
      "section",
      { class: "panel" },
      h("div", { class: "panel-head" }, h("h2", {}, `Base → target: ${group.label}`), controls),
      h(
        "p",
        { class: "hint" },
        "One segment per estimate from its base year to its target year, coloured by what it measures; a single point is an estimate with only one end. Bars are ranges, triangles bounds (a segment with a bound at either end is dotted); grey dashed estimates are excluded (hover for the reason). Each chart holds one kind of measure in one unit (and one mass basis for tonnages); the others are under the picker.",
      ),
      drawable ? chart : empty("These estimates give only a growth rate: see the CAGR chart below."),
    ),
    h(
      "section",
      { class: "panel" },
      h("h2", {}, "Growth rates: stated and recomputed"),
      h(
        "p",
        { class: "hint" },
        `Stated CAGR as published; ours is recomputed from base and target (derived). A gap of more than 0.5 percentage points is labelled ≠.`,
      ),
      withCagr.length ? cagr : empty("No growth rate stated or computable for these estimates."),
    ),
    tablePanel({
      page: "outlooks",
      count: `${rows.length} of ${all.total} estimates`,
      csvFile: "lodestone-market-estimates.csv",
      csv: () => recordsCsv(rows),
      head: [
        "Publisher",
        "Published",
        "Metric",
        "Base",
        "Target",
        "CAGR",
        "Basis · scenario",
        "Source",
        "Note",
      ],
      numeric: ["Base", "Target", "CAGR"],
      rows: rows.map(row),
    }),
  );
  if (drawable) mountChart(chart, outlookChart(rows, group.key, { logScale: log }));
  if (withCagr.length) mountChart(cagr, cagrChart(inGroup));
}
