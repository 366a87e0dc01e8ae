/** @module Companies page: company results with the API's filters; one company's item over its periods, sources beside. */
import { companyChart, drawableResults, periodLength, resultValue } from "../charts/company.ts";
import { allFigures, api } from "../client.ts";
import { recordsCsv } from "../csv.ts";
import { distinct, EXCLUDED_FILTER, type FilterSpec, noteCell, sourceCell } from "../curated.ts";
import { curatedFrame, loadRows, tablePanel } from "../curated-page.ts";
import { empty, h } from "../dom.ts";
import { mountChart } from "../echarts.ts";
import { formatPct } from "../format.ts";
import type { CompanyResult } from "../types.ts";

/** The most frequent value (ties: first in sort order). */
const mostCommon = (xs: readonly string[]) => {
  const n = new Map<string, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
};

/** Ids of the results reconciliation preferred for their (company, item, period): matched to their figures. */
async function preferredIds(rows: readonly CompanyResult[]): Promise<Set<string>> {
  const figs = await allFigures({ metric: "company_financial,company_operating", preferred: true });
  const won = new Set(figs.map((f) => `${f.entity}|${f.variant}|${f.period}|${f.source.id}`));
  return new Set(
    rows.filter((r) => won.has(`${r.company}|${r.item}|${r.period}|${r.sourceId}`)).map((r) => r.id),
  );
}

function row(r: CompanyResult, preferred: ReadonlySet<string>): HTMLTableRowElement {
  return h(
    "tr",
    { "data-id": r.id, class: r.excludeReason ? "excluded" : "" },
    h("td", {}, h("b", {}, r.company), h("div", { class: "mono" }, r.ticker)),
    h("td", { "data-col": "item" }, r.item.replace(/_/g, " ")),
    h(
      "td",
      { class: "nowrap", "data-col": "period" },
      r.periodAsPublished,
      r.periodAsPublished !== r.period ? h("div", { class: "muted" }, r.period) : null,
      r.fiscalPeriod ? h("div", { class: "muted" }, `fiscal ${r.fiscalPeriod}`) : null,
    ),
    h(
      "td",
      { class: "num", "data-col": "value", "data-value": r.value ?? "" },
      r.value === null && r.low === null ? "not published" : resultValue(r),
      preferred.has(r.id)
        ? h("span", { class: "tag tag-preferred", title: "preferred for this period" }, "✓")
        : null,
    ),
    h(
      "td",
      { class: "num" },
      r.yoyPct !== null ? `${formatPct(r.yoyPct)} y/y` : "",
      r.qoqPct !== null ? h("div", {}, `${formatPct(r.qoqPct)} q/q`) : null,
    ),
    h("td", {}, r.basis),
    sourceCell(r.source),
    noteCell(r.excludeReason, r.note),
  );
}

export async function companiesPage(root: HTMLElement, query: URLSearchParams): Promise<void> {
  const all = await api.companyResults();
  const chosen = query.get("company") ?? "";
  const items = distinct(all.items.filter((r) => !chosen || r.company === chosen).map((r) => r.item));
  const specs: FilterSpec[] = [
    { key: "company", label: "Company", kind: "select", options: distinct(all.items.map((r) => r.company)) },
    { key: "item", label: "Item", kind: "select", options: items },
    { key: "from", label: "From", kind: "period" },
    { key: "to", label: "To", kind: "period" },
    {
      key: "currency",
      label: "Currency",
      kind: "select",
      options: distinct(all.items.map((r) => r.currency)),
    },
    EXCLUDED_FILTER,
  ];
  const { filters, results } = curatedFrame(root, query, {
    page: "companies",
    title: "Company results",
    lede: "Revenue, profit, production and prices of magnet-chain companies as published, in the currency and period the company used (the normalised calendar period beside it). Preliminary ranges and guidance stay ranges; a value the source did not give is shown as not published, never as zero.",
    specs,
  });
  const rows = await loadRows(results, () => api.companyResults(filters), "company results");
  if (!rows) return;
  const company = mostCommon(rows.map((r) => r.company))!;
  const theirs = rows.filter((r) => r.company === company);
  const item =
    theirs.some((r) => r.item === "revenue") && !filters.item
      ? "revenue"
      : mostCommon(theirs.map((r) => r.item))!;
  const charted = theirs.filter((r) => r.item === item);
  const preferred = await preferredIds(rows);
  const chart = h("div", { class: "chart", "data-testid": "companies-chart" });
  const blanks = charted.filter((r) => !drawableResults([r]).length);
  results.replaceChildren(
    h(
      "section",
      { class: "panel" },
      h(
        "div",
        { class: "panel-head" },
        h("h2", {}, `${company}: ${item.replace(/_/g, " ")} (${charted[0]!.unit})`),
      ),
      h(
        "p",
        { class: "hint" },
        "One line per period length: a quarter, a half-year and a full year are different quantities and are never joined. The line follows the value preferred for each period; hollow points are other reports of the same period, triangles bounds, bars ranges. Choose one company and one item in the filters to chart another.",
      ),
      chart,
      blanks.length
        ? h(
            "p",
            { class: "hint", "data-testid": "not-drawn" },
            `Not drawn (no value published): ${blanks.map((r) => `${r.periodAsPublished} (${r.source.publisher})`).join(", ")}.`,
          )
        : null,
    ),
    tablePanel({
      page: "companies",
      count: `${rows.length} of ${all.total} results`,
      csvFile: "lodestone-company-results.csv",
      csv: () => recordsCsv(rows, { preferred: (r) => preferred.has(r.id) }),
      head: ["Company", "Item", "Period", "Value", "Change", "Basis", "Source", "Note"],
      numeric: ["Value", "Change"],
      rows: rows.map((r) => row(r, preferred)),
    }),
  );
  if (drawableResults(charted).length) mountChart(chart, companyChart(charted, preferred));
  else chart.replaceChildren(empty(`No ${item.replace(/_/g, " ")} values to draw for ${company}.`));
  chart.dataset.lengths = [...new Set(drawableResults(charted).map((r) => periodLength(r.period)))].join(",");
}
