/** @module Scenarios page: runs the bundled scenario files through the engine in the browser (in a worker). */
import type { MonteCarloResult, ScenarioResult } from "../../engine/index.ts";
import { fanChart } from "../charts/fan.ts";
import { stackedAreaChart } from "../charts/stacked-area.ts";
import { empty, errorBox, h, loading } from "../dom.ts";
import { mountChart } from "../echarts.ts";
import { escapeHtml, formatNumber } from "../format.ts";
import { bundledScenarios, type ScenarioFile } from "../scenario-files.ts";
import { runInWorker } from "../scenario-run.ts";

/** First year shown: history before it is model warm-up for the stock cohorts. */
const SHOW_FROM = 2015;
const ELEMENTS = ["Nd", "Pr", "Dy", "Tb"];
const LABEL: Record<string, string> = {
  ev_traction: "EV traction",
  ev_commercial: "EV vans, buses, trucks",
  auto_micromotors: "Auto micromotors",
  wind: "Wind",
  humanoid_robots: "Humanoid robots",
  industrial_robots: "Industrial robots",
  industrial_motors: "Industrial motors",
  hvac_compressors: "HVAC compressors",
  consumer_electronics: "Consumer electronics",
  e_bikes: "E-bikes",
  other: "Other",
};

/** Slices every series from SHOW_FROM on. */
export function fromYear(years: number[], start = SHOW_FROM) {
  const i = Math.max(0, years.indexOf(start));
  return { years: years.slice(i), cut: (s: number[]) => s.slice(i) };
}

function panel(title: string, hint: string, testid: string) {
  const chart = h("div", { class: "chart", "data-testid": testid });
  return {
    chart,
    el: h("section", { class: "panel" }, h("h2", {}, title), h("p", { class: "hint" }, hint), chart),
  };
}

function draw(file: ScenarioFile, r: ScenarioResult, mc: MonteCarloResult | null, out: HTMLElement) {
  const { years, cut } = fromYear(r.years);
  const cite = `Lodestone model run of scenario "${file.id}" (inputs cited in the scenario file)`;
  const demand = panel(
    "Magnet demand by application",
    "NdFeB + SmCo, t finished magnet per year (central run).",
    "demand-chart",
  );
  const elements = panel(
    "Element demand",
    "Nd, Pr, Dy, Tb contained in new magnets, t element per year (central run).",
    "elements-chart",
  );
  out.replaceChildren(h("div", { class: "two" }, demand.el, elements.el));
  const apps = Object.entries(r.demand.byApplication)
    .filter(([, s]) => s.some((v) => v > 0))
    .map(([k, s]) => ({ name: LABEL[k] ?? k, values: cut(s) }));
  mountChart(demand.chart, stackedAreaChart(apps, { years, unit: "t magnet", citation: cite }));
  const els = ELEMENTS.filter((e) => r.elements.inMagnet[e]).map((e) => ({
    name: e,
    values: cut(r.elements.inMagnet[e]!),
  }));
  mountChart(
    elements.chart,
    stackedAreaChart(els, { years, unit: "t element", citation: cite, stack: false }),
  );
  if (!mc) {
    out.append(empty("Monte Carlo off (draws = 0)."));
    return;
  }
  const mcCite = `${cite}; Monte Carlo seed ${mc.seed}, ${mc.draws} draws`;
  const band = (key: string, name: string) => {
    const b = mc.bands[key];
    return b ? [{ name, p5: cut(b.p5), p50: cut(b.p50), p95: cut(b.p95) }] : [];
  };
  const total = panel(
    "Uncertainty: total magnet demand",
    "Median (line) and P5–P95 band across draws, t magnet.",
    "fan-total",
  );
  const ndpr = panel("Uncertainty: Nd and Pr oxide demand", "P5 / P50 / P95, t REO.", "fan-ndpr");
  const heavy = panel("Uncertainty: Dy and Tb oxide demand", "P5 / P50 / P95, t REO.", "fan-heavy");
  const ranking = mc.sensitivity.ranking.slice(0, 6);
  out.append(
    total.el,
    h("div", { class: "two" }, ndpr.el, heavy.el),
    h(
      "section",
      { class: "panel" },
      h("h2", {}, `What drives ${mc.sensitivity.output}`),
      h(
        "p",
        { class: "hint" },
        "Spearman rank correlation between each uncertain input and the output, across draws.",
      ),
      h(
        "table",
        { class: "data" },
        h("thead", {}, h("tr", {}, h("th", {}, "Input"), h("th", { class: "num" }, "ρ"))),
        h(
          "tbody",
          {},
          ...ranking.map((x) =>
            h("tr", {}, h("td", { class: "mono" }, x.path), h("td", { class: "num" }, x.rho.toFixed(2))),
          ),
        ),
      ),
    ),
  );
  const opts = { years, citation: mcCite };
  mountChart(total.chart, fanChart(band("demand.total", "Total demand"), { ...opts, unit: "t magnet" }));
  mountChart(
    ndpr.chart,
    fanChart([...band("elements.reo.Nd", "Nd oxide"), ...band("elements.reo.Pr", "Pr oxide")], {
      ...opts,
      unit: "t REO",
    }),
  );
  mountChart(
    heavy.chart,
    fanChart([...band("elements.reo.Dy", "Dy oxide"), ...band("elements.reo.Tb", "Tb oxide")], {
      ...opts,
      unit: "t REO",
    }),
  );
}

export async function scenariosPage(root: HTMLElement, query: URLSearchParams): Promise<void> {
  const files = bundledScenarios();
  if (!files.length) {
    root.append(h("h1", {}, "Scenarios"), empty("No scenario files were bundled (scenarios/*.yaml)."));
    return;
  }
  const pick = h(
    "select",
    { id: "scenario", "aria-label": "Scenario" },
    ...files.map((f) => h("option", { value: f.id, selected: f.id === query.get("id") }, f.title)),
  );
  const draws = h("input", {
    id: "draws",
    type: "number",
    min: 0,
    max: 2000,
    step: 50,
    value: query.get("draws") ?? "200",
  });
  const seed = h("input", { id: "seed", type: "number", min: 0, value: query.get("seed") ?? "42" });
  const run = h("button", { type: "submit", class: "primary" }, "Run");
  const about = h("div", { class: "scenario-about" });
  const out = h("div", { "data-testid": "scenario-results" });
  const form = h(
    "form",
    { class: "filters", id: "scenario-form" },
    h("label", { class: "field" }, h("span", {}, "Scenario"), pick),
    h("label", { class: "field" }, h("span", {}, "Monte Carlo draws"), draws),
    h("label", { class: "field" }, h("span", {}, "Seed"), seed),
    h("div", { class: "actions" }, run),
  );
  root.append(
    h("h1", {}, "Scenarios"),
    h(
      "p",
      { class: "lede" },
      "Bottom-up magnet demand from the bundled scenario files, computed in your browser by the Lodestone engine. Same scenario, seed and draws give the same numbers.",
    ),
    h("section", { class: "panel" }, form, about),
    out,
  );
  const go = async () => {
    const file = files.find((f) => f.id === pick.value) ?? files[0]!;
    const n = Math.min(2000, Math.max(0, Math.floor(Number(draws.value) || 0)));
    const s = Math.max(0, Math.floor(Number(seed.value) || 0));
    about.innerHTML =
      `<p class="hint"><b>${escapeHtml(file.title)}.</b> ${escapeHtml(file.description)}</p>` +
      (file.sources.length
        ? `<p class="hint">Inputs cite: ${file.sources.map((x) => `<a href="${escapeHtml(x.url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(x.publisher)}</a>${x.date ? ` (${escapeHtml(x.date)})` : ""}`).join("; ")}</p>`
        : "");
    out.replaceChildren(
      loading(`Running ${file.id}${n ? ` with ${formatNumber(n)} Monte Carlo draws (seed ${s})` : ""}…`),
    );
    run.disabled = true;
    try {
      const { result, mc } = await runInWorker({ data: file.data, draws: n, seed: s });
      draw(file, result, mc, out);
      out.setAttribute("data-seed", String(s));
    } catch (e) {
      out.replaceChildren(errorBox(e, "Scenario run failed"));
    } finally {
      run.disabled = false;
    }
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void go();
  });
  pick.addEventListener("change", () => void go());
  await go();
}
