/**
 * @module The Scenarios page's result panels for one run: demand, supply against demand and unmet demand per element
 * group, export-control shortfall, stage shares and HHI (with bands when the Monte Carlo has them), fans and the
 * sensitivity ranking with readable input names. Every chart cites the run and the scenario file's own sources.
 */
import type { MonteCarloResult, ScenarioResult } from "../engine/index.ts";
import { fanChart, type FanInput, fanTable } from "./charts/fan.ts";
import { stackedAreaChart } from "./charts/stacked-area.ts";
import { PALETTE } from "./charts/theme.ts";
import { empty, h } from "./dom.ts";
import { mountChart } from "./echarts.ts";
import type { ScenarioFile } from "./scenario-files.ts";
import { APPLICATION_LABEL, readableOutput, readablePath, STAGE_LABEL } from "../domain/scenario-labels.ts";
import { chinaShare, ELEMENT_GROUPS, elementBalance } from "./scenario-outputs.ts";

/** First year shown: history before it is model warm-up for the stock cohorts. */
export const SHOW_FROM = 2015;

/** Slices every series from `start` on. */
export function fromYear(years: number[], start = SHOW_FROM) {
  const i = Math.max(0, years.indexOf(start));
  return { years: years.slice(i), cut: (s: number[]) => s.slice(i) };
}

export function panel(title: string, hint: string, testid: string, extra?: Node) {
  const chart = h("div", { class: "chart", "data-testid": testid });
  return {
    chart,
    el: h(
      "section",
      { class: "panel" },
      h("h2", {}, title),
      h("p", { class: "hint" }, hint),
      extra ?? null,
      chart,
    ),
  };
}

/** The citation lines of a run: the model run itself, then the scenario file's own sources. */
export function runSources(file: ScenarioFile, mc: MonteCarloResult | null, levers: string): string[] {
  const run = `Lodestone model run of scenario "${file.id}"${levers ? ` with levers ${levers}` : ""}${mc ? `, Monte Carlo seed ${mc.seed}, ${mc.draws} draws` : ""}`;
  // One name per publisher: a file may cite the same notice twice with different remarks in brackets.
  const own = [...new Set(file.sources.map((s) => s.publisher.split(/[(,]/)[0]!.trim()))];
  const shown = own.slice(0, 3).join("; ");
  return [
    run,
    ...(own.length
      ? [
          `inputs: scenarios/${file.id}.yaml, citing ${shown}${own.length > 3 ? ` and ${own.length - 3} more (listed on the page)` : ""}`,
        ]
      : []),
  ];
}

export interface RunView {
  file: ScenarioFile;
  result: ScenarioResult;
  mc: MonteCarloResult | null;
  /** Lever settings as text ("EV sales 1.2×"), or "" when untouched. */
  levers: string;
  /** Element group shown in the balance panel (ELEMENT_GROUPS key). */
  group: string;
}

/** Draws the central-run panels of `v` into `out` (replacing what was there). */
export function drawRun(v: RunView, out: HTMLElement, onGroup: (g: string) => void): void {
  const { years, cut } = fromYear(v.result.years);
  const r = v.result;
  const sources = runSources(v.file, v.mc, v.levers);
  const cite = sources[0]!;
  const opts = (unit: string, stack = false) => ({ years, unit, citation: cite, stack });
  const group = ELEMENT_GROUPS.find((g) => g.key === v.group) ?? ELEMENT_GROUPS[0]!;
  const pick = h(
    "select",
    { "aria-label": "Element", "data-testid": "element-pick" },
    ...ELEMENT_GROUPS.map((g) => h("option", { value: g.key, selected: g.key === group.key }, g.label)),
  );
  pick.addEventListener("change", () => onGroup(pick.value));
  const demand = panel(
    "Magnet demand by application",
    "NdFeB + SmCo, t finished magnet per year.",
    "demand-chart",
  );
  const balance = panel(
    `Supply and demand: ${group.label}`,
    "t REO per year: supply is mine output × element basket + recycling + the calibration term; unmet demand is what supply does not cover.",
    "balance-chart",
    h("label", { class: "field inline" }, h("span", {}, "Element"), pick),
  );
  const shortfall = panel(
    "Export-control shortfall",
    "Imports from China withheld by the scenario's controls (1 − licensed share): magnets in t magnet, elements in t REO.",
    "shortfall-chart",
  );
  const china = panel(
    "China's share by stage",
    "% of each stage's output (mining, separation, metal, magnet making); P5–P95 band when the Monte Carlo reports one.",
    "stage-chart",
  );
  const hhi = panel(
    "Concentration (HHI) by stage",
    "Herfindahl–Hirschman index, 0–10,000; above 2,500 is highly concentrated. Bands when the Monte Carlo reports them.",
    "hhi-chart",
  );
  out.replaceChildren(
    h("div", { class: "two" }, demand.el, balance.el),
    h("div", { class: "two" }, shortfall.el, china.el),
    hhi.el,
  );
  const apps = Object.entries(r.demand.byApplication)
    .filter(([, s]) => s.some((x) => x > 0))
    .map(([k, s]) => ({ name: APPLICATION_LABEL[k] ?? k, values: cut(s) }));
  mountChart(demand.chart, stackedAreaChart(apps, opts("t magnet", true)), { sources });
  const b = elementBalance(r, group.elements);
  mountChart(
    balance.chart,
    stackedAreaChart(
      [
        { name: "Supply", values: cut(b.supply) },
        { name: "Demand", values: cut(b.demand) },
        { name: "Unmet demand", values: cut(b.unmet), color: "#c44e52" },
      ],
      opts("t REO"),
    ),
    { sources },
  );
  const sf = Object.entries(r.exportControls.shortfall).filter(([, s]) => s.some((x) => x > 0));
  if (sf.length)
    mountChart(
      shortfall.chart,
      stackedAreaChart(
        sf.map(([k, s]) => ({
          name: k === "magnet" ? "Magnets (t magnet)" : `${k} (t REO)`,
          values: cut(s),
        })),
        opts("t"),
      ),
      { sources },
    );
  else
    shortfall.chart.replaceChildren(
      empty("No export-control shortfall in this scenario (every controlled flow is licensed)."),
    );
  const stages = Object.keys(r.supply.stageShares);
  const bandOf = (key: string) => v.mc?.bands[key];
  // China's share per stage: a P5–P95 band when the Monte Carlo reports one, else the central line.
  const chinaFans: FanInput[] = stages.flatMap((st) => {
    const c = chinaShare(r, st);
    if (!c) return [];
    const b = bandOf(`supply.stageShares.${st}.china`);
    const pct = (x: number[]) => cut(x).map((y) => 100 * y);
    return [
      b
        ? { name: STAGE_LABEL[st] ?? st, p5: pct(b.p5), p50: pct(b.p50), p95: pct(b.p95) }
        : { name: STAGE_LABEL[st] ?? st, p5: cut(c), p50: cut(c), p95: cut(c) },
    ];
  });
  mountChart(china.chart, fanChart(chinaFans, { years, unit: "% China", citation: cite }), {
    sources,
    csv: () => fanTable(chinaFans, years),
  });
  const fans: FanInput[] = stages.map((st) => {
    const band = bandOf(`supply.hhi.${st}`);
    const c = cut(r.supply.hhi[st] ?? []);
    return band
      ? { name: STAGE_LABEL[st] ?? st, p5: cut(band.p5), p50: cut(band.p50), p95: cut(band.p95) }
      : { name: STAGE_LABEL[st] ?? st, p5: c, p50: c, p95: c };
  });
  mountChart(hhi.chart, fanChart(fans, { years, unit: "HHI", citation: cite }), {
    sources,
    csv: () => fanTable(fans, years),
  });
}

/** Draws the Monte Carlo panels (fans and sensitivity) of `v` into `out`. */
export function drawMonteCarlo(v: RunView, out: HTMLElement): void {
  const mc = v.mc;
  if (!mc) {
    out.replaceChildren(empty("Monte Carlo off (draws = 0)."));
    return;
  }
  const { years, cut } = fromYear(v.result.years);
  const sources = runSources(v.file, mc, v.levers);
  const band = (key: string, name: string): FanInput[] => {
    const b = mc.bands[key];
    return b ? [{ name, p5: cut(b.p5), p50: cut(b.p50), p95: cut(b.p95) }] : [];
  };
  const total = panel(
    "Uncertainty: total magnet demand",
    "Median (line) and P5–P95 band across draws, t magnet.",
    "fan-total",
  );
  const bal = panel(
    "Uncertainty: element balance",
    "Supply − demand, P5 / P50 / P95, t REO; below zero is unmet demand.",
    "fan-balance",
  );
  const inputs = new Map(
    (v.file.data as { uncertainty?: { path: string; mode?: "set" | "scale" }[] }).uncertainty?.map((u) => [
      u.path,
      u.mode,
    ]) ?? [],
  );
  out.replaceChildren(
    h("div", { class: "two" }, total.el, bal.el),
    h(
      "section",
      { class: "panel" },
      h("h2", {}, `What drives ${readableOutput(mc.sensitivity.output)}`),
      h(
        "p",
        { class: "hint" },
        "Spearman rank correlation between each uncertain input and the output, across draws.",
      ),
      h(
        "div",
        { class: "table-wrap" },
        h(
          "table",
          { class: "data", "data-testid": "sensitivity" },
          h("thead", {}, h("tr", {}, h("th", {}, "Input"), h("th", { class: "num" }, "ρ"))),
          h(
            "tbody",
            {},
            ...mc.sensitivity.ranking
              .slice(0, 8)
              .map((x) =>
                h(
                  "tr",
                  {},
                  h("td", { title: x.path }, readablePath(x.path, inputs.get(x.path))),
                  h("td", { class: "num" }, x.rho.toFixed(2)),
                ),
              ),
          ),
        ),
      ),
    ),
  );
  const opts = { years, citation: sources[0]! };
  mountChart(total.chart, fanChart(band("demand.total", "Total demand"), { ...opts, unit: "t magnet" }), {
    sources,
  });
  mountChart(
    bal.chart,
    fanChart(
      ["Nd", "Pr", "Dy", "Tb"].flatMap((e) => band(`balance.${e}`, `${e} balance`)),
      { ...opts, unit: "t REO" },
    ),
    { sources },
  );
}

export const SCENARIO_COLORS: [string, string] = [PALETTE[0]!, PALETTE[1]!];
