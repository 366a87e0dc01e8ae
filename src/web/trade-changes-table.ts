/**
 * @module tradeChangesTable: per destination and month (or quarter), the preferred volume with its m/m (q/q), y/y and
 * year-to-date figures and, for months where an export value series exists, the unit value in USD/kg (see
 * trade-changes.ts). Blank cells mean the figure cannot be computed (a gap, a bound or a range), never zero.
 */
import type { NamedSeries } from "./charts/trade.ts";
import { api } from "./client.ts";
import { h } from "./dom.ts";
import { formatNumber } from "./format.ts";
import { tradeChanges, unitValuesUsdPerKg } from "./trade-changes.ts";
import type { SeriesResult } from "./types.ts";

const cell = (v: number | null, col: string, digits = 1, approx = false) =>
  h(
    "td",
    { class: "num", "data-col": col, "data-value": v ?? "" },
    v === null ? "" : `${approx ? "~" : ""}${formatNumber(v, digits)}`,
  );

/** The table, or null when no series is monthly or quarterly. `values` maps a destination to its export value series. */
export function tradeChangesTable(
  series: readonly NamedSeries[],
  values: ReadonlyMap<string, SeriesResult | null>,
): HTMLTableElement | null {
  const monthly = series.filter(
    (s) => (s.result.per === "month" || s.result.per === "quarter") && !s.result.share,
  );
  if (!monthly.length) return null;
  const quarterly = monthly[0]!.result.per === "quarter";
  const anyValue = monthly.some((s) => values.get(s.name)?.items.some((i) => i.value !== null));
  const rows = monthly.flatMap((s) => {
    const changes = tradeChanges(s.result.items, s.result.ytd ?? []);
    const value = values.get(s.name);
    const unit = value ? unitValuesUsdPerKg(value.items, s.result.items, s.result.unit) : new Map();
    return s.result.items.map((i, k) =>
      h(
        "tr",
        { "data-period": i.period, "data-series": s.name },
        h("td", { class: "nowrap" }, i.period),
        monthly.length > 1 ? h("td", {}, s.name) : null,
        cell(i.value !== null && i.qualifier === null ? i.value : null, "value", 0, i.approx),
        cell(changes[k]!.prevPct, "mom", 1, changes[k]!.approx),
        cell(changes[k]!.yoyPct, "yoy", 1, changes[k]!.approx),
        cell(changes[k]!.ytd, "ytd", 0, changes[k]!.approx),
        anyValue
          ? cell(unit.get(i.period)?.usdPerKg ?? null, "unit-value", 2, unit.get(i.period)?.approx)
          : null,
      ),
    );
  });
  const unit = monthly[0]!.result.unit;
  const head = [
    quarterly ? "Quarter" : "Month",
    ...(monthly.length > 1 ? ["Destination"] : []),
    `Volume (${unit})`,
    quarterly ? "q/q %" : "m/m %",
    "y/y %",
    `Year to date (${unit})`,
    ...(anyValue ? ["Unit value (USD/kg)"] : []),
  ];
  return h(
    "table",
    { class: "data", "data-testid": "trade-changes" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ...head.map((t, k) =>
          h("th", k === 0 || t === "Destination" ? {} : { class: "num", style: "text-align: right" }, t),
        ),
      ),
    ),
    h("tbody", {}, ...rows),
  );
}

/**
 * China's export value (USD) per month for each destination, from GET /api/series (the same preferred values as
 * `lodestone series --metric export_value`); null for a destination the API refuses.
 */
export async function exportValues(
  dest: readonly string[],
  q: { material: string; from: string; to: string },
): Promise<Map<string, SeriesResult | null>> {
  const one = (d: string) =>
    api
      .series({ ...q, metric: "export_value", entity: "China", counterparty: d, per: "month" })
      .catch(() => null);
  return new Map(await Promise.all(dest.map(async (d) => [d, await one(d)] as const)));
}

/** The changes table in its panel with what a blank cell means, or null when nothing is monthly. */
export function tradeChangesPanel(
  series: readonly NamedSeries[],
  values: ReadonlyMap<string, SeriesResult | null>,
): HTMLElement | null {
  const table = tradeChangesTable(series, values);
  return table
    ? h(
        "section",
        { class: "panel" },
        h(
          "h2",
          {},
          series[0]?.result.per === "quarter"
            ? "Quarter on quarter, year on year, year to date"
            : "Month on month, year on year, year to date",
        ),
        h(
          "p",
          { class: "hint" },
          "Changes from the preferred values above. A blank cell cannot be computed: the period or the one it is compared with has no value, or only a bound or range. Year to date comes from the API (GET /api/series?ytd=true), by the same rule as a range total: a year-to-date figure reported for exactly January to the period, else the sum of the preferred periods when every one has a value; it is the total `lodestone series --from <year>-01 --to <period>` gives. Unit value is the export value divided by the volume of the same month, where China customs value is in the data; ~ marks a figure computed from an approximate one.",
        ),
        h("div", { class: "table-wrap" }, table),
      )
    : null;
}
