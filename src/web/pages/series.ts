/** @module Series view: any one series from GET /api/series (linked from the figures explorer), one value per period. */
import { tradeChart } from "../charts/trade.ts";
import { api, toQuery } from "../client.ts";
import { csvButton } from "../csv.ts";
import { xlsxLink } from "../report-ui.ts";
import { empty, errorBox, h } from "../dom.ts";
import { mountChart } from "../echarts.ts";
import { SERIES_CSV_HEADER, seriesCsvRows, seriesItemsTable, totalsBox } from "../series-table.ts";
import type { Figure, SeriesParams } from "../types.ts";

const KEYS = [
  "metric",
  "entity",
  "counterparty",
  "material",
  "location",
  "basis",
  "unit",
  "variant",
  "from",
  "to",
  "per",
  "vintage",
  "forecast",
] as const;

/** The series a figure belongs to: every component of its series key, so the answer is never ambiguous. */
export function seriesHref(f: Figure): string {
  return `#/series${toQuery({
    metric: f.metric,
    entity: f.entityId || f.entity,
    counterparty: f.counterpartyId || f.counterparty,
    material: f.material,
    location: f.location,
    basis: f.massBasis,
    unit: f.unit,
    variant: f.variant,
    vintage: f.isLatest ? "" : f.vintage,
    forecast: f.isForecast ? "true" : "",
  })}`;
}

export async function seriesPage(root: HTMLElement, query: URLSearchParams): Promise<void> {
  const p: Record<string, string> = {};
  for (const k of KEYS) {
    const v = query.get(k);
    if (v) p[k] = v;
  }
  root.append(h("h1", {}, "Series"));
  if (!p.metric || !p.entity) {
    root.append(
      empty(
        "Open a series from the figures explorer (the “series ↗” link on a row), or give metric and entity in the address.",
      ),
    );
    return;
  }
  const per = h(
    "select",
    { id: "s-per", "aria-label": "Per" },
    h("option", { value: "" }, "finest reported"),
    ...["month", "quarter", "year"].map((x) => h("option", { value: x, selected: p.per === x }, x)),
  );
  per.addEventListener("change", () => {
    location.hash = `#/series${toQuery({ ...p, per: per.value })}`;
  });
  const slot = h("div", { "data-testid": "series-results" });
  root.append(
    h(
      "p",
      { class: "lede" },
      "One preferred value per period, chosen by the written preference rules (docs/reconciliation.md); every other value reported for a period stays beside it with the rule on which it lost.",
    ),
    slot,
  );
  try {
    const result = await api.series(p as unknown as SeriesParams);
    const name = [result.entity, result.counterparty].filter(Boolean).join(" → ");
    const title = [result.metric, name, result.material, result.location, result.variant]
      .filter(Boolean)
      .join(" · ");
    const named = [{ name: name || result.metric, result }];
    const chart = h("div", { class: "chart tall", "data-testid": "series-chart" });
    slot.replaceChildren(
      h(
        "section",
        { class: "panel" },
        h(
          "div",
          { class: "panel-head" },
          h("h2", {}, title),
          h(
            "div",
            { class: "controls" },
            h("label", {}, "Per ", per),
            csvButton("series-csv", "lodestone-series.csv", () => ({
              header: SERIES_CSV_HEADER,
              rows: seriesCsvRows(named),
            })),
            xlsxLink("series-xlsx", `/api/export/series.xlsx?${new URLSearchParams(p).toString()}`),
          ),
        ),
        h(
          "p",
          { class: "hint" },
          `Unit ${result.unit || "–"}${result.basis && result.basis !== "not_applicable" ? ` · mass basis ${result.basis}` : ""}. Hollow red diamonds: derived by Lodestone; orange rings: sources disagree; triangles: bounds.`,
        ),
        result.items.length ? chart : empty(result.reason || "No values for this series."),
        totalsBox(named),
      ),
      h("section", { class: "panel" }, h("div", { class: "table-wrap" }, seriesItemsTable(named))),
    );
    if (result.items.some((i) => i.value !== null || i.low !== null)) mountChart(chart, tradeChart(named));
    else if (result.items.length) chart.replaceChildren(empty("Every period of this series is missing."));
  } catch (e) {
    slot.replaceChildren(errorBox(e, "The API could not answer this series"));
  }
}
