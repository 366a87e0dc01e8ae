/**
 * @module Supply-chain page: stage × country shares over time and HHI per stage (recorded history, then the chosen
 * scenario), and a Sankey of one year's oxide flows, all from one engine run in the worker.
 */
import type { ScenarioResult } from "../../engine/index.ts";
import { sankeyChart, sankeyFlows } from "../charts/sankey.ts";
import { stackedAreaChart } from "../charts/stacked-area.ts";
import { h } from "../dom.ts";
import { mountChart } from "../echarts.ts";
import { formatNumber } from "../format.ts";
import { bundledScenarios } from "../scenario-files.ts";
import { STAGE_LABEL } from "../../domain/scenario-labels.ts";
import { countryLabel, stageShareSeries } from "../scenario-outputs.ts";
import { fromYear, panel, runSources } from "../scenario-panels.ts";
import { runInWorker } from "../scenario-run.ts";
import { intParam } from "./scenarios.ts";

const STAGES = ["mining", "separation", "metal", "magnet"];

/** Stage × country shares in one year (%), countries ordered by their largest share. */
export function shareTable(r: ScenarioResult, year: number) {
  const t = r.years.indexOf(year);
  const countries = new Map<string, number>();
  for (const st of STAGES)
    for (const [c, s] of Object.entries(r.supply.stageShares[st] ?? {}))
      countries.set(c, Math.max(countries.get(c) ?? 0, s[t] ?? 0));
  const cols = [...countries.entries()]
    .filter(([, v]) => v >= 0.005)
    .sort((a, b) => b[1] - a[1])
    .map(([c]) => c);
  return {
    cols,
    rows: STAGES.map((st) => ({
      stage: st,
      values: cols.map((c) => {
        const s = r.supply.stageShares[st]?.[c];
        return s ? 100 * s[t]! : undefined;
      }),
      hhi: r.supply.hhi[st]?.[t],
    })),
  };
}

export async function supplyChainPage(root: HTMLElement, query: URLSearchParams): Promise<void> {
  const files = bundledScenarios();
  const id = query.get("id") || files[0]?.id;
  const file = files.find((f) => f.id === id);
  if (!file) throw new RangeError(`unknown scenario id="${id}"; known: ${files.map((f) => f.id).join(", ")}`);
  const data = file.data as { baseYear: number; years: { start: number; end: number } } & Record<
    string,
    never
  >;
  const year = intParam(query, "year", data.baseYear, Math.max(2015, data.years.start), data.years.end);
  const stage = query.get("stage") || "mining";
  if (!STAGES.includes(stage))
    throw new RangeError(`"stage" must be one of ${STAGES.join(", ")}; got "${stage}"`);
  const set = (k: string, v: string) => {
    const q = new URLSearchParams(query);
    q.set(k, v);
    q.delete("chart");
    location.hash = `#/supply-chain?${q.toString()}`;
  };
  const pick = h(
    "select",
    {
      id: "sc-scenario",
      "aria-label": "Scenario",
      onchange: (e: Event) => set("id", (e.target as HTMLSelectElement).value),
    },
    ...files.map((f) => h("option", { value: f.id, selected: f.id === file.id }, f.title)),
  );
  const yearIn = h("input", {
    id: "sc-year",
    type: "number",
    min: Math.max(2015, data.years.start),
    max: data.years.end,
    value: String(year),
    onchange: (e: Event) => set("year", (e.target as HTMLInputElement).value),
  });
  const stagePick = h(
    "select",
    {
      id: "sc-stage",
      "aria-label": "Stage",
      onchange: (e: Event) => set("stage", (e.target as HTMLSelectElement).value),
    },
    ...STAGES.map((s) => h("option", { value: s, selected: s === stage }, STAGE_LABEL[s] ?? s)),
  );
  root.append(
    h("h1", {}, "Supply chain"),
    h(
      "p",
      { class: "lede" },
      `Who mines, separates, makes metal and makes magnets, and how concentrated each stage is: recorded history up to ${data.baseYear}, then the scenario. Computed in your browser by the Lodestone engine from the bundled scenario files.`,
    ),
    h(
      "section",
      { class: "panel" },
      h(
        "form",
        { class: "filters", onsubmit: (e: Event) => e.preventDefault() },
        h("label", { class: "field" }, h("span", {}, "Scenario"), pick),
        h("label", { class: "field" }, h("span", {}, "Stage"), stagePick),
        h("label", { class: "field" }, h("span", {}, "Year (Sankey, table)"), yearIn),
      ),
    ),
  );
  const { result } = await runInWorker({ data: file.data, draws: 0, seed: 0 }, "supply-chain");
  const sources = runSources(file, null, "");
  const cite = sources[0]!;
  const { years, cut } = fromYear(result.years);
  const shares = panel(
    `${STAGE_LABEL[stage]}: shares by country`,
    `% of the stage's output, stacked; up to ${data.baseYear} as recorded or calibrated, then the scenario.`,
    "stage-shares",
  );
  const hhi = panel(
    "Concentration (HHI) by stage",
    "0–10,000; above 2,500 is highly concentrated.",
    "stage-hhi",
  );
  const sankey = panel(
    `Oxide flows in ${year}`,
    "t REO of Nd, Pr, Dy, Tb and Sm: mines (element basket of each country's ore), recycling and undocumented output into supply; supply into magnets, other uses and surplus; magnets split across applications by their magnet tonnage.",
    "sankey",
  );
  sankey.chart.classList.add("tall");
  const tbl = shareTable(result, year);
  root.append(
    h("div", { class: "two" }, shares.el, hhi.el),
    sankey.el,
    h(
      "section",
      { class: "panel" },
      h("h2", {}, `Stage × country shares in ${year} (%)`),
      h(
        "div",
        { class: "table-wrap" },
        h(
          "table",
          { class: "data", "data-testid": "share-table" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              h("th", {}, "Stage"),
              ...tbl.cols.map((c) => h("th", { class: "num" }, countryLabel(c))),
              h("th", { class: "num" }, "HHI"),
            ),
          ),
          h(
            "tbody",
            {},
            ...tbl.rows.map((r) =>
              h(
                "tr",
                {},
                h("td", {}, STAGE_LABEL[r.stage] ?? r.stage),
                ...r.values.map((v) => h("td", { class: "num" }, v === undefined ? "–" : formatNumber(v, 1))),
                h("td", { class: "num" }, formatNumber(r.hhi, 0)),
              ),
            ),
          ),
        ),
      ),
      h(
        "p",
        { class: "hint" },
        `Source: ${sources.join(" · ")}. "–": the scenario gives no share for that country at that stage.`,
      ),
    ),
  );
  const shareOpt = stackedAreaChart(stageShareSeries(result, stage, result.years.indexOf(years[0]!)), {
    years,
    unit: "%",
    citation: cite,
  });
  mountChart(shares.chart, { ...shareOpt, yAxis: { ...(shareOpt.yAxis as object), max: 100 } }, { sources });
  mountChart(
    hhi.chart,
    stackedAreaChart(
      STAGES.map((st) => ({ name: STAGE_LABEL[st] ?? st, values: cut(result.supply.hhi[st] ?? []) })),
      { years, unit: "HHI", citation: cite, stack: false },
    ),
    { sources },
  );
  const d = file.data as {
    supply: { basket: { value: never } };
    levers: { yields: { magnet: { value: number }; metal: { value: number } } };
  };
  mountChart(
    sankey.chart,
    sankeyChart(
      sankeyFlows(result, year, {
        basket: d.supply.basket.value,
        yields: { magnet: d.levers.yields.magnet.value, metal: d.levers.yields.metal.value },
        baseYear: data.baseYear,
      }),
      { year, citation: cite, narrow: sankey.chart.clientWidth < 600 },
    ),
    { sources },
  );
}
