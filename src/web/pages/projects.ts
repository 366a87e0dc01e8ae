/** @module Projects page: capacity projects with the API's filters; one bar per project, each basis on its own chart. */
import {
  capacityChart,
  capacityChartHeight,
  capacityGroups,
  capacityText,
  drawable,
  groupOf,
} from "../charts/capacity.ts";
import { api, toQuery } from "../client.ts";
import { recordsCsv } from "../csv.ts";
import { distinct, EXCLUDED_FILTER, type FilterSpec, noteCell, sourceCell } from "../curated.ts";
import { curatedFrame, groupControls, loadRows, tablePanel } from "../curated-page.ts";
import { h } from "../dom.ts";
import { mountChart } from "../echarts.ts";
import { formatMoney, formatValue } from "../format.ts";
import type { CapacityProject } from "../types.ts";
import { PROJECT_STATUSES, STAGES } from "../../domain/curated-enums.ts";

const BASES = ["finished", "blank", "high_performance", "alloy", "element", "not_applicable"];

const SHORT_BASIS: Record<CapacityProject["massBasis"], string> = {
  finished: "finished magnet",
  blank: "magnet blank",
  high_performance: "high-performance",
  alloy: "alloy / powder",
  element: "element",
  not_applicable: "oxide or feed",
};

const years = (p: CapacityProject) =>
  [p.startYear && `start ${p.startYear}`, p.targetYear && `target ${p.targetYear}`]
    .filter(Boolean)
    .join(", ");

function row(p: CapacityProject): HTMLTableRowElement {
  return h(
    "tr",
    { "data-id": p.id, class: p.excludeReason ? "excluded" : "" },
    h(
      "td",
      {},
      h("b", {}, p.company),
      h("div", { class: "muted" }, p.site || "site not stated"),
      h("div", { class: "mono" }, p.id),
    ),
    h("td", { "data-col": "country" }, p.country),
    h("td", {}, p.stage.replace(/_/g, " "), h("div", { class: "muted" }, SHORT_BASIS[p.massBasis])),
    h("td", {}, p.product, p.magnetType ? h("div", { class: "muted" }, p.magnetType) : null),
    h(
      "td",
      { class: "num", "data-col": "capacity", "data-value": p.capacityTpy ?? "" },
      capacityText(p),
      h("div", { class: "why" }, p.capacityBasis || "basis not stated"),
    ),
    h(
      "td",
      {},
      h("span", { class: `status status-${p.status}` }, p.status),
      h("div", { class: "muted" }, years(p)),
    ),
    h(
      "td",
      { class: "num" },
      p.capexAmount === null
        ? "–"
        : `${p.capexQualifier ? formatValue({ value: 0, low: null, high: null, qualifier: p.capexQualifier }).replace(/0$/, "") : ""}${p.capexApprox ? "~" : ""}${formatMoney(p.capexAmount)} ${p.capexCurrency}`,
    ),
    sourceCell(p.source),
    noteCell(p.excludeReason, p.note),
  );
}

export async function projectsPage(root: HTMLElement, query: URLSearchParams): Promise<void> {
  const all = await api.capacityProjects();
  const specs: FilterSpec[] = [
    { key: "country", label: "Country", kind: "select", options: distinct(all.items.map((p) => p.country)) },
    { key: "company", label: "Company", kind: "select", options: distinct(all.items.map((p) => p.company)) },
    { key: "stage", label: "Stage", kind: "select", options: STAGES },
    { key: "status", label: "Status", kind: "select", options: PROJECT_STATUSES },
    { key: "basis", label: "Mass basis", kind: "select", options: BASES },
    { key: "startFrom", label: "Start from", kind: "year" },
    { key: "startTo", label: "Start to", kind: "year" },
    EXCLUDED_FILTER,
  ];
  const { filters, results } = curatedFrame(root, query, {
    page: "projects",
    title: "Capacity projects",
    lede: "Mining, separation, alloy, magnet and recycling capacity as the sources state it: bounds keep their sign (> 8,000), ranges stay ranges, hedged numbers keep their ~, and a blank is never a zero.",
    specs,
    keep: ["group", "log"],
  });
  const rows = await loadRows(results, () => api.capacityProjects(filters), "capacity projects");
  if (!rows) return;
  const groups = capacityGroups(rows);
  const wanted = query.get("group");
  const group =
    groups.find((g) => g.key === wanted) ?? groups.find((g) => g.key.startsWith("magnet|")) ?? groups[0]!;
  const log = query.get("log") === "1";
  const go = (next: Record<string, string>) => {
    location.hash = `#/projects${toQuery({ ...filters, group: group.key, log: log ? "1" : "", ...next })}`;
  };
  const controls = groupControls(
    "projects",
    "Stage and basis",
    groups,
    { group: group.key, log },
    { group: (key) => go({ group: key }), log: (on) => go({ log: on ? "1" : "" }) },
  );
  const blanks = rows.filter((p) => groupOf(p) === group.key && !drawable([p], group.key).length);
  const chart = h("div", { class: "chart", "data-testid": "projects-chart" });
  chart.style.height = `${capacityChartHeight(rows, group.key)}px`;
  results.replaceChildren(
    h(
      "section",
      { class: "panel" },
      h("div", { class: "panel-head" }, h("h2", {}, `Capacity by project: ${group.label}`), controls),
      h(
        "p",
        { class: "hint" },
        "One bar per project, grouped by country and coloured by status; never summed. A company often reports the same plant as built, target and added capacity, and aggregate rows already contain the companies beside them, so a total per country would count capacity twice. Each stage and mass basis has its own chart: a blank loses mass when it is machined into a finished magnet, and oxide, alloy and magnet tonnes measure different things, so they are never added or put on one axis. Excluded rows are grey.",
      ),
      chart,
      blanks.length
        ? h(
            "p",
            { class: "hint", "data-testid": "not-drawn" },
            `Not drawn (no capacity stated): ${blanks.map((p) => `${p.company} (${p.id})`).join(", ")}.`,
          )
        : null,
    ),
    tablePanel({
      page: "projects",
      count: `${rows.length} of ${all.total} projects`,
      csvFile: "lodestone-capacity-projects.csv",
      csv: () => recordsCsv(rows),
      head: [
        "Project",
        "Country",
        "Stage · basis",
        "Product",
        "Capacity t/yr",
        "Status",
        "Capex",
        "Source",
        "Note",
      ],
      numeric: ["Capacity t/yr", "Capex"],
      rows: rows.map(row),
    }),
  );
  mountChart(chart, capacityChart(rows, group.key, { logScale: log, narrow: chart.clientWidth < 600 }));
}
