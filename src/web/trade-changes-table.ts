/**
 * @module tradeChangesTable: per destination and month, the preferred volume with its m/m, y/y and year-to-date
 * figures and, where an export value series exists, the unit value in USD/kg (see trade-changes.ts). Blank cells
 * mean the figure cannot be computed (a gap, a bound or a range), never zero.
 */
import type { NamedSeries } from "./charts/trade.ts";
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

/** The table, or null when no series is monthly. `values` maps a destination to its export value series. */
export function tradeChangesTable(
  series: readonly NamedSeries[],
  values: ReadonlyMap<string, SeriesResult | null>,
): HTMLTableElement | null {
  const monthly = series.filter((s) => s.result.per === "month" && !s.result.share);
  if (!monthly.length) return null;
  const anyValue = monthly.some((s) => values.get(s.name)?.items.some((i) => i.value !== null));
  const rows = monthly.flatMap((s) => {
    const changes = tradeChanges(s.result.items);
    const value = values.get(s.name);
    const unit = value ? unitValuesUsdPerKg(value.items, s.result.items, s.result.unit) : new Map();
    return s.result.items.map((i, k) =>
      h(
        "tr",
        { "data-period": i.period, "data-series": s.name },
        h("td", { class: "nowrap" }, i.period),
        monthly.length > 1 ? h("td", {}, s.name) : null,
        cell(i.value !== null && i.qualifier === null ? i.value : null, "value", 0, i.approx),
        cell(changes[k]!.momPct, "mom", 1, changes[k]!.approx),
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
    "Month",
    ...(monthly.length > 1 ? ["Destination"] : []),
    `Volume (${unit})`,
    "m/m %",
    "y/y %",
    `Year to date, sum of months (${unit})`,
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
