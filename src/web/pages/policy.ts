/** @module Policy page: the policy and export-control register filtered by the API (jurisdiction, instrument, element, HS code, dates); timeline and table. */
import { policyTimeline } from "../charts/timeline.ts";
import { api } from "../client.ts";
import { recordsCsv } from "../csv.ts";
import { distinct, excludedLine, type FilterSpec } from "../curated.ts";
import { curatedFrame, loadRows, tablePanel } from "../curated-page.ts";
import { datesCell, exposurePanel } from "../exposure-panel.ts";
import { h, html } from "../dom.ts";
import { mountChart } from "../echarts.ts";
import { formatNumber, sourceHtml } from "../format.ts";
import { getSourceIndex } from "../state.ts";
import type { FigureSource, PolicyEvent } from "../types.ts";
import { INSTRUMENTS, POLICY_STATUSES } from "../../domain/curated-enums.ts";

const BOUND = { gt: "more than ", gte: "at least ", lt: "less than ", lte: "up to " } as const;

function row(e: PolicyEvent, sources: Map<string, FigureSource>): HTMLTableRowElement {
  const src = (id: string | null) => {
    if (!id) return null;
    const s = id === e.sourceId ? e.source : sources.get(id);
    return s ? html(sourceHtml(s)) : h("span", { class: "mono" }, id);
  };
  return h(
    "tr",
    { "data-id": e.id, class: e.excludeReason ? "excluded" : "" },
    datesCell(e, { "data-col": "date" }),
    h(
      "td",
      { "data-col": "jurisdiction" },
      h("b", {}, e.jurisdiction),
      h("div", { class: "muted" }, e.actor),
    ),
    h(
      "td",
      { "data-col": "instruments" },
      ...e.instruments.map((i) => h("span", { class: "tag" }, i.replace(/_/g, " "))),
    ),
    h("td", {}, h("span", { class: `status status-${e.status}` }, e.status.replace(/_/g, " "))),
    h(
      "td",
      {},
      h("b", {}, e.title),
      e.announcementNo ? h("div", { class: "muted", "data-col": "announcement" }, e.announcementNo) : null,
      h("div", {}, e.summary),
      e.elements.length
        ? h("div", { class: "muted", "data-col": "elements" }, `Elements: ${e.elements.join(", ")}`)
        : null,
      e.hsCodes.length ? h("div", { class: "muted", "data-col": "hs" }, `HS: ${e.hsCodes.join(", ")}`) : null,
      e.amount !== null
        ? h(
            "div",
            { class: "muted" },
            `Amount: ${e.amountQualifier ? BOUND[e.amountQualifier] : ""}${e.approx ? "about " : ""}${formatNumber(e.amount)} ${e.amountUnit}`,
          )
        : null,
      excludedLine(e.excludeReason),
    ),
    h("td", { class: "source-cell" }, src(e.sourceId), e.sourceId2 ? h("div", {}, src(e.sourceId2)) : null),
  );
}

export async function policyPage(root: HTMLElement, query: URLSearchParams): Promise<void> {
  const all = await api.policyEvents();
  const split = (xs: string[]) => distinct(xs.flatMap((x) => x.split(";").map((s) => s.trim())));
  const specs: FilterSpec[] = [
    {
      key: "jurisdiction",
      label: "Jurisdiction",
      kind: "select",
      options: split(all.items.map((e) => e.jurisdiction)),
    },
    { key: "instrument", label: "Instrument", kind: "select", options: INSTRUMENTS },
    { key: "status", label: "Status", kind: "select", options: POLICY_STATUSES },
    {
      key: "element",
      label: "Element",
      kind: "select",
      options: distinct(all.items.flatMap((e) => e.elements)),
    },
    {
      key: "hs",
      label: "HS code (or its start)",
      kind: "text",
      placeholder: "e.g. 8505",
      options: distinct(all.items.flatMap((e) => e.hsCodes)),
    },
    { key: "from", label: "From", kind: "period" },
    { key: "to", label: "To", kind: "period" },
    { key: "q", label: "Text", kind: "text", placeholder: "title, summary, No. …" },
  ];
  const { filters, results } = curatedFrame(root, query, {
    page: "policy",
    title: "Policy",
    lede: "Export controls, quotas, funding, tariffs and other measures that move the magnet supply chain, newest first, with announcement numbers, the elements and HS codes they name, and their sources.",
    specs,
  });
  root.append(exposurePanel(all.items));
  const items = await loadRows(results, () => api.policyEvents(filters), "policy events");
  if (!items) return;
  // Second sources are cited by id only; the first comes with the row.
  const sources = items.some((e) => e.sourceId2) ? await getSourceIndex() : new Map<string, FigureSource>();
  const chart = h("div", { class: "chart", "data-testid": "policy-chart" });
  // One row per jurisdiction, so the chart grows with the selection.
  chart.style.height = `${Math.max(260, 26 * new Set(items.map((e) => e.jurisdiction)).size + 110)}px`;
  results.replaceChildren(
    h("section", { class: "panel" }, h("div", { class: "panel-head" }, h("h2", {}, "Timeline")), chart),
    tablePanel({
      page: "policy",
      count: `${items.length} of ${all.total} events`,
      csvFile: "lodestone-policy-events.csv",
      csv: () => recordsCsv(items),
      head: ["Date", "Actor", "Instrument", "Status", "Summary", "Source"],
      rows: [...items].reverse().map((e) => row(e, sources)),
    }),
  );
  mountChart(chart, policyTimeline(items, { narrow: chart.clientWidth < 600 }));
}
