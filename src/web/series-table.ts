/** @module Series tables: the items of GET /api/series with how each was obtained, its source and the values that lost. */
import type { NamedSeries } from "./charts/trade.ts";
import { itemFlags } from "./charts/tooltip.ts";
import type { CsvCell } from "../domain/csv-text.ts";
import { SERIES_COLUMNS, seriesTable } from "../domain/series-table.ts";
import { h, html } from "./dom.ts";
import { formatNumber, formatValue, sourceHtml } from "./format.ts";
import { type TotalSummary, totalSummary } from "./series-total.ts";
import type { Alternative, SeriesItem } from "./types.ts";

const HOW: Record<SeriesItem["composition"], string> = {
  figure: "reported",
  share: "share of an aggregate",
  sum_of_months: "sum of months",
  sum_of_quarters: "sum of quarters",
  sum_of_years: "sum of years",
  sum_of_parts: "sum of parts",
  missing: "missing",
};

const PER_PLURAL = { month: "months", quarter: "quarters", year: "years" } as const;

const altText = (a: Alternative) =>
  `${formatValue(a)} ${a.source ? `${a.source.publisher} (${a.source.tier})` : a.qualityReason} — ${a.whyNotPreferred}`;

function tags(i: SeriesItem): HTMLElement[] {
  return itemFlags(i).map((t) =>
    h("span", { class: `tag tag-${t}`, title: t === "derived" ? i.qualityReason : t }, t),
  );
}

/** One row per (period, series): value, how obtained, quality and confidence, source, the other values. */
export function seriesItemsTable(series: readonly NamedSeries[]): HTMLTableElement {
  const rows = series.flatMap((s) =>
    s.result.items.map((i) =>
      h(
        "tr",
        {
          "data-period": i.period,
          "data-series": s.name,
          class: i.composition === "missing" ? "missing" : "",
        },
        h("td", { class: "nowrap", "data-col": "period" }, i.period),
        series.length > 1 ? h("td", { "data-col": "series" }, s.name) : null,
        h(
          "td",
          { class: "num", "data-col": "value", "data-value": i.value ?? "" },
          formatValue(i),
          ...tags(i),
        ),
        h("td", { class: "unit" }, i.unit),
        h(
          "td",
          {},
          i.composition === "figure" && i.quality === "derived" ? "derived by Lodestone" : HOW[i.composition],
          i.composition === "missing" ? h("div", { class: "muted" }, i.reason) : null,
          i.quality === "derived" && i.note
            ? h(
                "div",
                { class: "muted", title: i.note },
                i.note.length > 140 ? `${i.note.slice(0, 137)}…` : i.note,
              )
            : null,
          i.parts.length ? h("div", { class: "muted" }, i.qualityReason) : null,
        ),
        h("td", {}, i.composition === "missing" ? "" : i.confidence),
        h("td", { class: "source-cell" }, i.source ? html(sourceHtml(i.source)) : ""),
        h(
          "td",
          { class: "note-cell alts" },
          ...i.alternatives.map((a) => h("div", { class: `alt alt-${a.quality}` }, altText(a))),
        ),
      ),
    ),
  );
  const head = [
    "Period",
    ...(series.length > 1 ? ["Destination"] : []),
    "Value",
    "Unit",
    "How obtained",
    "Confidence",
    "Source",
    "Other values (why not preferred)",
  ];
  return h(
    "table",
    { class: "data", "data-testid": "series-table" },
    h("thead", {}, h("tr", {}, ...head.map((t) => h("th", { class: t === "Value" ? "num" : "" }, t)))),
    h("tbody", {}, ...rows),
  );
}

/** The dashboard's series CSV: a `series` column (the line's name) before the one series table, range totals included. */
export const SERIES_CSV_HEADER = ["series", ...SERIES_COLUMNS];

/** The shown items (and each range total, as period `first..last`) as CSV rows. */
export function seriesCsvRows(series: readonly NamedSeries[]): CsvCell[][] {
  // Several series share one header, so share columns (one series' own) are left to the CLI and the workbook.
  return series.flatMap((s) => {
    const { share: _, ...result } = s.result;
    return seriesTable(result, { total: true }).rows.map((r) => [s.name, ...r]);
  });
}

/** The range total of each series: value, how it was obtained (reported vs sum of parts) and its source. */
export function totalsBox(series: readonly NamedSeries[]): HTMLElement {
  const line = (s: NamedSeries, t: TotalSummary) =>
    h(
      "div",
      {
        class: "total",
        "data-testid": "series-total",
        "data-series": s.name,
        "data-value": t.value ?? "",
        "data-how": t.how,
      },
      h("span", { class: "total-name" }, `${s.name}, ${t.period}: `),
      h("b", {}, t.value === null ? "no total" : `${formatNumber(t.value)} ${t.unit}`),
      t.quality === "derived" ? h("span", { class: "tag tag-derived" }, "derived") : null,
      h("span", { class: "muted" }, ` — ${t.label}`),
      t.sumOfItems !== null
        ? h(
            "div",
            { class: "muted", "data-testid": "sum-of-items", "data-value": t.sumOfItems },
            `Sum of the ${t.items} preferred ${PER_PLURAL[s.result.per]}${t.sumIncludesDerived ? " (some derived)" : ""}: ${formatNumber(t.sumOfItems)} ${t.unit} (reported − sum = ${
              t.difference! > 0 ? "+" : ""
            }${formatNumber(t.difference)} ${t.unit}${
              t.value ? `, ${((Math.abs(t.difference!) / t.value) * 100).toFixed(2)}%` : ""
            })`,
          )
        : null,
      t.source ? h("div", { class: "card-src" }, html(sourceHtml(t.source))) : null,
    );
  return h("div", { class: "totals" }, ...series.map((s) => line(s, totalSummary(s.result))));
}
