/** @module Policy page: the policy and export-control register as a timeline and a table, each event with its source. */
import { policyTimeline } from "../charts/timeline.ts";
import { api } from "../client.ts";
import { empty, h, html } from "../dom.ts";
import { mountChart } from "../echarts.ts";
import { formatNumber, sourceHtml } from "../format.ts";
import { getSourceIndex } from "../state.ts";
import type { PolicyEvent } from "../types.ts";

const BOUND = { gt: "more than ", gte: "at least ", lt: "less than ", lte: "up to " } as const;

export async function policyPage(root: HTMLElement): Promise<void> {
  const [{ items }, sources] = await Promise.all([api.policyEvents(), getSourceIndex()]);
  const jurisdictions = [...new Set(items.map((e) => e.jurisdiction))].sort();
  const instruments = [...new Set(items.flatMap((e) => e.instruments))].sort();
  const jPick = h(
    "select",
    { id: "jurisdiction", "aria-label": "Jurisdiction" },
    h("option", { value: "" }, "All jurisdictions"),
    ...jurisdictions.map((j) => h("option", { value: j }, j)),
  );
  const iPick = h(
    "select",
    { id: "instrument", "aria-label": "Instrument" },
    h("option", { value: "" }, "All instruments"),
    ...instruments.map((i) => h("option", { value: i }, i.replace(/_/g, " "))),
  );
  const chart = h("div", { class: "chart", "data-testid": "policy-chart" });
  const body = h("tbody");
  const src = (id: string | null) => {
    if (!id) return null;
    const s = sources.get(id);
    return s ? html(sourceHtml(s)) : h("span", { class: "mono" }, id);
  };
  const row = (e: PolicyEvent) =>
    h(
      "tr",
      {},
      h(
        "td",
        { class: "nowrap" },
        e.date,
        e.effectiveDate && e.effectiveDate !== e.date
          ? h("div", { class: "muted" }, `effective ${e.effectiveDate}`)
          : null,
      ),
      h("td", {}, h("b", {}, e.jurisdiction), h("div", { class: "muted" }, e.actor)),
      h("td", {}, ...e.instruments.map((i) => h("span", { class: "tag" }, i.replace(/_/g, " ")))),
      h("td", {}, h("span", { class: `status status-${e.status}` }, e.status.replace(/_/g, " "))),
      h(
        "td",
        {},
        h("b", {}, e.title),
        e.announcementNo && !e.title.includes(e.announcementNo.replace(/^\S+ /, ""))
          ? h("div", { class: "muted" }, e.announcementNo)
          : null,
        h("div", {}, e.summary),
        e.elements.length ? h("div", { class: "muted" }, `Elements: ${e.elements.join(", ")}`) : null,
        e.amount !== null
          ? h(
              "div",
              { class: "muted" },
              `Amount: ${e.amountQualifier ? BOUND[e.amountQualifier] : ""}${e.approx ? "about " : ""}${formatNumber(e.amount)} ${e.amountUnit}`,
            )
          : null,
      ),
      h("td", { class: "source-cell" }, src(e.sourceId), e.sourceId2 ? h("div", {}, src(e.sourceId2)) : null),
    );
  const draw = () => {
    const rows = items.filter(
      (e) =>
        (!jPick.value || e.jurisdiction === jPick.value) &&
        (!iPick.value || e.instruments.includes(iPick.value as never)),
    );
    // One row per jurisdiction, so the chart grows with the selection.
    chart.style.height = `${Math.max(260, 26 * new Set(rows.map((e) => e.jurisdiction)).size + 110)}px`;
    if (rows.length) mountChart(chart, policyTimeline(rows, sources));
    else chart.replaceChildren(empty("No events for this selection."));
    body.replaceChildren(...[...rows].reverse().map(row));
  };
  jPick.addEventListener("change", draw);
  iPick.addEventListener("change", draw);
  root.append(
    h("h1", {}, "Policy"),
    h(
      "p",
      { class: "lede" },
      "Export controls, quotas, funding, tariffs and other measures that move the magnet supply chain, newest first.",
    ),
    h(
      "section",
      { class: "panel" },
      h(
        "div",
        { class: "panel-head" },
        h("h2", {}, "Timeline"),
        h("div", { class: "controls" }, jPick, iPick),
      ),
      chart,
    ),
    h(
      "section",
      { class: "panel" },
      h(
        "div",
        { class: "table-wrap" },
        h(
          "table",
          { class: "data", "data-testid": "policy-table" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ...["Date", "Actor", "Instrument", "Status", "Summary", "Source"].map((t) => h("th", {}, t)),
            ),
          ),
          body,
        ),
      ),
    ),
  );
  draw();
}
