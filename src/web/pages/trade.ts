/** @module Trade page: China's magnet exports by destination from GET /api/series — one value per period, never double counted. */
import { PALETTE } from "../charts/theme.ts";
import type { SeriesOption } from "echarts";
import { type NamedSeries, periodAxis, stackRefusal, tradeChart } from "../charts/trade.ts";
import { allFigures, api, toQuery } from "../client.ts";
import { csvButton } from "../csv.ts";
import { briefDoc, reportButton, xlsxLink } from "../report-ui.ts";
import { empty, errorBox, h, loading } from "../dom.ts";
import { mountChart } from "../echarts.ts";
import { SERIES_CSV_HEADER, seriesCsvRows, seriesItemsTable, totalsBox } from "../series-table.ts";
import { getFacets, pick } from "../state.ts";
import { exportValues, tradeChangesPanel } from "../trade-changes-table.ts";
import { policyMarkSeries, policyMarks } from "../trade-policy-marks.ts";
import type { SeriesParams } from "../types.ts";

type Per = NonNullable<SeriesParams["per"]>;
interface TradeState {
  dest: string[];
  per: Per;
  from: string;
  to: string;
  material: string;
  stacked: boolean;
  /** Each destination as a % of China's exports to this aggregate (GET /api/series?shareOf=). */
  shareOf: string;
}

/** Destinations with China export data for each product, World first, then by number of rows. */
async function destinations(): Promise<Map<string, string[]>> {
  const rows = await allFigures({ metric: "export_volume,export_volume_ytd", entity: "China" });
  const count = new Map<string, Map<string, number>>();
  for (const f of rows) {
    if (!f.counterparty) continue;
    const m = count.get(f.material) ?? new Map<string, number>();
    m.set(f.counterparty, (m.get(f.counterparty) ?? 0) + 1);
    count.set(f.material, m);
  }
  const out = new Map<string, string[]>();
  for (const [material, m] of [...count].sort((a, b) => b[1].size - a[1].size))
    out.set(
      material,
      [...m].sort((a, b) => +(b[0] === "World") - +(a[0] === "World") || b[1] - a[1]).map(([d]) => d),
    );
  return out;
}

export function tradeState(q: URLSearchParams, byMaterial: Map<string, string[]>): TradeState {
  const per = q.get("per");
  const materials = [...byMaterial.keys()];
  const material = q.get("material") ?? pick(materials, "rare earth magnets") ?? materials[0] ?? "";
  // World by default, or the destination with the most data when there is no world series.
  const known = byMaterial.get(material) ?? [];
  return {
    dest: (q.get("dest") ?? (known.includes("World") ? "World" : (known[0] ?? "World")))
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    // Anything else goes to the API as given, which refuses it with what it expected (shown on the page).
    per: (per ?? "month") as Per,
    from: q.get("from") ?? "",
    to: q.get("to") ?? "",
    material,
    stacked: q.get("mode") === "stack",
    shareOf: q.get("shareOf") === "World" ? "World" : "",
  };
}

const hashOf = (s: TradeState) =>
  `#/trade${toQuery({
    dest: s.dest.join(","),
    per: s.per,
    from: s.from,
    to: s.to,
    material: s.material,
    mode: s.stacked ? "stack" : "",
    shareOf: s.shareOf,
  })}`;

/** The last month with a value in any of the series (the brief's default month). */
export function latestMonth(series: NamedSeries[]): string | undefined {
  const months = series.flatMap((x) =>
    x.result.items.filter((i) => i.value !== null && /^\d{4}-\d{2}$/.test(i.period)).map((i) => i.period),
  );
  return months.sort().at(-1);
}

export async function tradePage(root: HTMLElement, query: URLSearchParams): Promise<void> {
  // Both at once: the destinations with data do not wait for the facets.
  const destinationsReq = destinations();
  destinationsReq.catch(() => undefined);
  const facets = await getFacets();
  root.append(
    h("h1", {}, "Trade"),
    h(
      "p",
      { class: "lede" },
      "China's rare-earth magnet exports by destination (China customs, HS 8505 11), from the reconciled series: one preferred value per period when several outlets report it, the other values kept beside it with the rule on which each lost.",
    ),
  );
  if (!facets.metrics.includes("export_volume") || !pick(facets.entities, "China")) {
    root.append(empty("No China export figures in the loaded data."));
    return;
  }
  const byMaterial = await destinationsReq;
  const materials = [...byMaterial.keys()];
  const state = tradeState(query, byMaterial);
  const known = byMaterial.get(state.material) ?? [];
  const product = h(
    "select",
    { id: "t-material", "aria-label": "Product" },
    ...materials.map((m) => h("option", { value: m, selected: m === state.material }, m)),
  );
  const boxes = [...new Set([...known, ...state.dest])].map((d) =>
    h(
      "label",
      { class: "chip" },
      h("input", { type: "checkbox", name: "dest", value: d, checked: state.dest.includes(d) }),
      d,
    ),
  );
  const per = h(
    "select",
    { id: "t-per", "aria-label": "Per" },
    ...(["month", "quarter", "year"] as const).map((p) =>
      h("option", { value: p, selected: p === state.per }, p),
    ),
  );
  const from = h("input", {
    id: "t-from",
    value: state.from,
    placeholder: "2025-01",
    size: 8,
    "aria-label": "From",
  });
  const to = h("input", { id: "t-to", value: state.to, placeholder: "2025-09", size: 8, "aria-label": "To" });
  const stack = h("input", { type: "checkbox", id: "t-stack", checked: state.stacked });
  const share = h("input", { type: "checkbox", id: "t-share", checked: state.shareOf === "World" });
  const stackWhy = h("span", { class: "muted", "data-testid": "stack-why" });
  const form = h(
    "form",
    { class: "panel trade-form", id: "trade-filters" },
    h(
      "div",
      { class: "chips", role: "group", "aria-label": "Destinations" },
      h("span", { class: "label" }, "Destinations"),
      ...boxes,
    ),
    h(
      "div",
      { class: "controls" },
      h("label", {}, "Product ", product),
      h("label", {}, "Per ", per),
      h("label", {}, "From ", from),
      h("label", {}, "To ", to),
      h("label", { class: "check" }, stack, " Stacked bars"),
      known.includes("World")
        ? h(
            "label",
            {
              class: "check",
              title: "each destination as a share of China's exports to the world (derived)",
            },
            share,
            " as % of World",
          )
        : null,
      stackWhy,
      h("button", { type: "submit", class: "primary" }, "Apply"),
    ),
  );
  const results = h("div", { "data-testid": "trade-results" });
  // Policy events are marked on the time axis; the page still works without them.
  const events = api
    .policyEvents()
    .then((p) => p.items)
    .catch(() => []);
  root.append(form, results);

  const read = (): TradeState => ({
    dest: boxes
      .map((b) => b.querySelector("input")!)
      .filter((i) => i.checked)
      .map((i) => i.value),
    per: per.value as Per,
    from: from.value.trim(),
    to: to.value.trim(),
    material: product.value,
    stacked: stack.checked,
    shareOf: share.checked ? "World" : "",
  });
  const draw = async (s: TradeState) => {
    results.replaceChildren(loading());
    if (!s.dest.length) {
      results.replaceChildren(empty("Choose one or more destinations."));
      return;
    }
    try {
      // The export values (unit values) are requested with the volumes, not after them.
      const valuesReq =
        s.per === "month" && !s.shareOf
          ? exportValues(s.dest, { material: s.material, from: s.from, to: s.to })
          : Promise.resolve(new Map());
      const query = (d: string) => ({
        metric: "export_volume",
        entity: "China",
        counterparty: d,
        material: s.material,
        per: s.per,
        from: s.from,
        to: s.to,
        shareOf: s.shareOf,
      });
      const series: NamedSeries[] = await Promise.all(
        s.dest.map(async (d) => ({
          name: d,
          color: PALETTE[Math.max(0, known.indexOf(d)) % PALETTE.length]!,
          // The year to date of each month or quarter, by the API's range-total rule (not summed here).
          result: await api.series({ ...query(d), ytd: s.shareOf ? "" : "true" }),
        })),
      );
      // One workbook per destination (GET /api/export/series.xlsx: values, alternatives, sources with licences).
      const xlsx = s.dest.map((d, k) =>
        xlsxLink(
          `trade-xlsx-${k}`,
          `/api/export/series.xlsx${toQuery(query(d))}`,
          s.dest.length === 1 ? "XLSX" : `XLSX: ${d}`,
        ),
      );
      const values = await valuesReq;
      const changes = tradeChangesPanel(series, values);
      const refusal = s.dest.length > 1 ? stackRefusal(series) : "stacking needs two or more destinations";
      stack.disabled = !!refusal;
      stackWhy.textContent = refusal && s.dest.length > 1 ? `Stacking is off: ${refusal}.` : "";
      const stacked = s.stacked && !refusal;
      const chart = h("div", { class: "chart tall", "data-testid": "trade-chart" });
      const drawn = series.filter((x) => x.result.items.some((i) => i.value !== null || i.low !== null));
      const emptyWhy = series
        .filter((x) => !drawn.includes(x))
        .map((x) => `${x.name}: ${x.result.reason || "no values in this range"}`);
      results.replaceChildren(
        h(
          "section",
          { class: "panel" },
          h(
            "div",
            { class: "panel-head" },
            h(
              "h2",
              {},
              `China → ${s.dest.join(", ")}: ${s.material}, per ${s.per}${s.shareOf ? `, as % of ${s.shareOf}` : ""}`,
            ),
            h(
              "div",
              { class: "controls" },
              csvButton("trade-csv", "lodestone-china-exports.csv", () => ({
                header: SERIES_CSV_HEADER,
                rows: seriesCsvRows(series),
              })),
              ...xlsx,
              reportButton("brief-report", "Monthly brief (HTML, print to PDF)", () =>
                briefDoc(latestMonth(series) ?? s.to, s.material),
              ),
            ),
          ),
          h(
            "p",
            { class: "hint" },
            (s.shareOf
              ? `Each value is the destination's exports divided by China's exports to ${s.shareOf} in the same period (derived by Lodestone; the tooltip gives both values and their sources). `
              : "") +
              (stacked
                ? "Stacked bars add destinations that do not overlap. A period where a destination has no value shows only the others, so its stack is not a total (the tooltip says so). Dashed borders: red, derived by Lodestone; orange, sources disagree."
                : "Lines break where a period has no value. Hollow red diamonds: derived by Lodestone from reported totals or growth rates; orange rings: sources disagree beyond rounding; triangles: a bound (> or <). The tooltip lists every other value reported for the period, its source and why it lost. A destination group is never stacked with its members."),
          ),
          emptyWhy.length ? h("div", { class: "state empty" }, emptyWhy.join("; ")) : null,
          chart,
          totalsBox(series),
        ),
        ...(changes ? [changes] : []),
        h("section", { class: "panel" }, h("div", { class: "table-wrap" }, seriesItemsTable(series))),
      );
      if (drawn.length) {
        const option = tradeChart(drawn, { stacked });
        const marks = policyMarks(await events, periodAxis(drawn), s.per);
        if (marks.length)
          option.series = [
            ...(option.series as SeriesOption[]),
            policyMarkSeries(marks, chart.clientWidth >= 640),
          ];
        mountChart(chart, option);
      } else chart.replaceChildren(empty("Nothing to draw for this selection."));
    } catch (e) {
      results.replaceChildren(errorBox(e, "The API rejected this query"));
    }
    results.dataset.query = hashOf(s);
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const s = read();
    history.replaceState(null, "", hashOf(s));
    void draw(s);
  });
  // Another product has other destinations: redraw the whole page for it.
  product.addEventListener("change", () => {
    location.hash = hashOf({ ...read(), dest: ["World"] });
  });
  for (const el of [per, stack, share, ...boxes.map((b) => b.querySelector("input")!)])
    el.addEventListener("change", () => form.requestSubmit());
  await draw(state);
}
