/** @module Policy page: the policy and export-control register filtered by the API (jurisdiction, instrument, element, HS code, dates); timeline and table. */
import { policyTimeline } from "../charts/timeline.ts";
import { api } from "../client.ts";
import { recordsCsv } from "../csv.ts";
import { distinct, excludedLine, type FilterSpec } from "../curated.ts";
import { curatedFrame, loadRows, tablePanel } from "../curated-page.ts";
import { empty, errorBox, h, html } from "../dom.ts";
import { exposureCheck, exposureProblem } from "../exposure.ts";
import { mountChart } from "../echarts.ts";
import { formatNumber, sourceHtml } from "../format.ts";
import { getSourceIndex } from "../state.ts";
import type { FigureSource, PolicyEvent } from "../types.ts";
import { INSTRUMENTS, POLICY_STATUSES } from "../../domain/curated-enums.ts";

const BOUND = { gt: "more than ", gte: "at least ", lt: "less than ", lte: "up to " } as const;

/** A measure's date, with its effective and end dates beneath when they differ. */
function datesCell(e: PolicyEvent, attrs: Record<string, string> = {}): HTMLTableCellElement {
  return h(
    "td",
    { class: "nowrap", ...attrs },
    e.date,
    e.effectiveDate && e.effectiveDate !== e.date
      ? h("div", { class: "muted" }, `effective ${e.effectiveDate}`)
      : null,
    e.endDate ? h("div", { class: "muted" }, `until ${e.endDate}`) : null,
  );
}

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

/** Exposure check: pick an element or type an HS code, see the controls that name it, with dates and status. */
function exposurePanel(events: PolicyEvent[]): HTMLElement {
  const element = h(
    "select",
    { id: "exposure-element", "aria-label": "Element" },
    h("option", { value: "" }, "— any —"),
    ...distinct(events.flatMap((e) => e.elements)).map((x) => h("option", { value: x }, x)),
  );
  const hs = h("input", {
    id: "exposure-hs",
    type: "text",
    placeholder: "e.g. 8505 or 85051110",
    "aria-label": "HS code",
  });
  const out = h("div", { "data-testid": "exposure-results" });
  const run = () => {
    const q = { element: element.value || undefined, hs: hs.value.trim() || undefined };
    const problem = exposureProblem(q);
    if (problem) {
      out.replaceChildren(errorBox(new Error(problem), "Cannot check"));
      return;
    }
    const hits = exposureCheck(events, q);
    out.replaceChildren(
      hits.length
        ? h(
            "div",
            { class: "table-wrap" },
            h(
              "table",
              { class: "data", "data-count": String(hits.length) },
              h(
                "thead",
                {},
                h(
                  "tr",
                  {},
                  h("th", {}, "Date"),
                  h("th", {}, "Status"),
                  h("th", {}, "Measure"),
                  h("th", {}, "Why it applies"),
                  h("th", {}, "Source"),
                ),
              ),
              h(
                "tbody",
                {},
                ...hits.map(({ event: e, why }) =>
                  h(
                    "tr",
                    { "data-id": e.id },
                    datesCell(e),
                    h(
                      "td",
                      {},
                      h("span", { class: `status status-${e.status}` }, e.status.replace(/_/g, " ")),
                    ),
                    h(
                      "td",
                      {},
                      h("b", {}, e.title),
                      h(
                        "div",
                        { class: "muted" },
                        `${e.jurisdiction} · ${e.instruments.join(", ").replace(/_/g, " ")}`,
                      ),
                    ),
                    h("td", {}, why.join("; ")),
                    h("td", { class: "source-cell" }, html(sourceHtml(e.source))),
                  ),
                ),
              ),
            ),
          )
        : empty("No export control, suspension, licence, tariff or quota in the register names it."),
    );
  };
  return h(
    "section",
    { class: "panel", "data-testid": "exposure" },
    h("h2", {}, "Exposure check"),
    h(
      "p",
      { class: "hint" },
      "Which controls apply to an element or an HS code (a code covers the codes that start with it), with their dates and status, newest first.",
    ),
    h(
      "form",
      {
        class: "filters",
        onsubmit: (e: Event) => {
          e.preventDefault();
          run();
        },
      },
      h("label", { class: "field" }, h("span", {}, "Element"), element),
      h("label", { class: "field" }, h("span", {}, "HS code"), hs),
      h(
        "div",
        { class: "actions" },
        h("button", { type: "submit", class: "primary", id: "exposure-run" }, "Check"),
      ),
    ),
    out,
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
  mountChart(chart, policyTimeline(items));
}
