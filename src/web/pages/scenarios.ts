/**
 * @module Scenarios page: runs the bundled scenario files through the engine in the browser (Web Workers), with the
 * main levers as controls, a second scenario side by side, and each scenario's own description and sources.
 * State lives in the address (`#/scenarios?id=&vs=&draws=&seed=&el=&ev=…`) and is checked before anything runs.
 */
import { empty, errorBox, h, loading } from "../dom.ts";
import { escapeHtml, formatNumber } from "../format.ts";
import { drawCompare } from "../scenario-compare.ts";
import { bundledScenarios, type ScenarioFile } from "../scenario-files.ts";
import { applyLevers, LEVERS, leverDefault, readLevers, type ScenarioData } from "../scenario-levers.ts";
import { drawMonteCarlo, drawRun, runSources, type RunView } from "../scenario-panels.ts";
import { monteCarloInWorker, prewarmWorkers, runInWorker } from "../scenario-run.ts";
import { scenarioReport } from "../../domain/report-scenario.ts";
import { reportButton } from "../report-ui.ts";
import { scenarioWorkbook, workbookBlob } from "../scenario-workbook.ts";
import { getSourceIndex } from "../state.ts";
import { ELEMENT_GROUPS } from "../scenario-outputs.ts";

export { fromYear } from "../scenario-panels.ts";

/** An integer query value in [min, max], or a readable error naming the parameter. */
export function intParam(
  q: URLSearchParams,
  key: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = q.get(key);
  if (raw === null || raw === "") return fallback;
  const v = Number(raw);
  if (!Number.isInteger(v) || v < min || v > max)
    throw new RangeError(`"${key}" must be a whole number from ${min} to ${max}; got "${raw}"`);
  return v;
}

function findFile(files: ScenarioFile[], key: string, id: string | null): ScenarioFile | undefined {
  if (id === null || id === "") return undefined;
  const f = files.find((x) => x.id === id);
  if (!f)
    throw new RangeError(`unknown scenario ${key}="${id}"; known: ${files.map((x) => x.id).join(", ")}`);
  return f;
}

function aboutHtml(f: ScenarioFile, label: string, files: ScenarioFile[]): string {
  const parent = f.extends ? files.find((x) => x.id === f.extends) : undefined;
  const cites = f.sources
    .map(
      (x) =>
        `<a href="${escapeHtml(x.url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(x.publisher)}</a>${x.date ? ` (${escapeHtml(x.date)})` : ""}`,
    )
    .join("; ");
  return (
    `<h3>${escapeHtml(label)}: ${escapeHtml(f.title)}</h3>` +
    `<p class="hint" data-testid="scenario-description">${escapeHtml(f.description || "No description in the file.")}</p>` +
    (parent
      ? `<p class="hint">Builds on <b>${escapeHtml(parent.title)}</b>; only what it changes is listed here.</p>`
      : "") +
    (cites
      ? `<details class="hint"><summary>Its inputs cite ${f.sources.length} sources</summary>${cites}</details>`
      : "") +
    (f.assumptions.length
      ? `<details class="hint"><summary>Its ${f.assumptions.length} stated assumptions</summary>${f.assumptions.map(escapeHtml).join("; ")}</details>`
      : "")
  );
}

export async function scenariosPage(root: HTMLElement, query: URLSearchParams): Promise<void> {
  const files = bundledScenarios();
  root.append(h("h1", {}, "Scenarios"));
  if (!files.length) {
    root.append(empty("No scenario files were bundled (scenarios/*.yaml)."));
    return;
  }
  // Everything in the address is checked first: a bad value is a readable error, never a silent default.
  const fileA = findFile(files, "id", query.get("id")) ?? files[0]!;
  const fileB = findFile(files, "vs", query.get("vs"));
  const draws0 = intParam(query, "draws", 200, 0, 2000);
  const seed0 = intParam(query, "seed", 42, 0, 2 ** 31 - 1);
  const lev0 = readLevers(query);
  const el0 = query.get("el") ?? "NdPr";
  if (!ELEMENT_GROUPS.some((g) => g.key === el0))
    throw new RangeError(`"el" must be one of ${ELEMENT_GROUPS.map((g) => g.key).join(", ")}; got "${el0}"`);

  const select = (id: string, label: string, value: string | undefined, none?: string) =>
    h(
      "select",
      { id, "aria-label": label },
      ...(none ? [h("option", { value: "" }, none)] : []),
      ...files.map((f) => h("option", { value: f.id, selected: f.id === value }, f.title)),
    );
  const pickA = select("scenario", "Scenario", fileA.id);
  const pickB = select("compare", "Compare with", fileB?.id, "— none —");
  const draws = h("input", {
    id: "draws",
    type: "number",
    min: 0,
    max: 2000,
    step: 50,
    value: String(draws0),
  });
  const seed = h("input", { id: "seed", type: "number", min: 0, value: String(seed0) });
  const sliders = LEVERS.map((lever) => {
    const base = leverDefault(lever, fileA.data as ScenarioData);
    const input = h("input", {
      type: "range",
      id: `lever-${lever.key}`,
      "data-lever": lever.key,
      min: lever.min,
      max: lever.max,
      step: lever.step,
      value: String(lev0[lever.key] ?? base),
      "aria-label": lever.label,
    });
    const shown = h("output", { for: input.id }, input.value);
    input.addEventListener("input", () => {
      shown.textContent = input.value;
    });
    return {
      lever,
      input,
      el: h(
        "label",
        { class: "field lever", title: lever.hint },
        h("span", {}, lever.label),
        input,
        h("small", {}, shown, ` ${lever.unit}`),
      ),
    };
  });
  const reset = h("button", { type: "button", "data-testid": "reset-levers" }, "Reset levers");
  const run = h("button", { type: "submit", class: "primary" }, "Run");
  const form = h(
    "form",
    { class: "filters", id: "scenario-form" },
    h("label", { class: "field" }, h("span", {}, "Scenario (A)"), pickA),
    h("label", { class: "field" }, h("span", {}, "Compare with (B)"), pickB),
    h("label", { class: "field" }, h("span", {}, "Monte Carlo draws"), draws),
    h("label", { class: "field" }, h("span", {}, "Seed"), seed),
    h("div", { class: "actions" }, run),
  );
  const leverBox = h(
    "section",
    { class: "panel" },
    h("div", { class: "panel-head" }, h("h2", {}, "Levers (scenario A)"), reset),
    h(
      "p",
      { class: "hint" },
      "Move a lever to rerun scenario A in the worker; B stays as written. Untouched levers keep the file's values.",
    ),
    h("div", { class: "levers" }, ...sliders.map((s) => s.el)),
  );
  const about = h("div", { class: "two scenario-about" });
  const status = h("p", { class: "hint", "data-testid": "run-status" });
  const download = (blob: Blob, name: string) => {
    const url = URL.createObjectURL(blob);
    const a = h("a", { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  const runInputs = async () => {
    if (!last) throw new Error("run a scenario first");
    const v = last;
    const parent = v.file.extends ? files.find((f) => f.id === v.file.extends) : undefined;
    const byUrl = new Map(
      [...(await getSourceIndex().catch(() => new Map()))].map(([, x]) => [x.url, x.licence]),
    );
    return { v, parent, licenceOf: (u: string) => byUrl.get(u) as string | undefined };
  };
  const xlsxButton = reportButton("scenario-xlsx", "Workbook (XLSX)", async () => {
    const { v, parent, licenceOf } = await runInputs();
    const tables = scenarioWorkbook({
      file: v.file,
      parent,
      result: v.result,
      mc: v.mc,
      levers: v.levers,
      licenceOf,
      generatedAt: new Date().toISOString(),
    });
    download(await workbookBlob(tables), `lodestone-scenario-${v.file.id}.xlsx`);
    return null;
  });
  const reportBtn = reportButton("scenario-report", "Report (HTML, print to PDF)", async () => {
    const { v, parent, licenceOf } = await runInputs();
    const sources = [...v.file.sources, ...(parent?.sources ?? [])].map((x) => ({
      publisher: x.publisher,
      url: x.url,
      published: x.date,
      licence: licenceOf(x.url),
    }));
    return {
      doc: scenarioReport({
        id: v.file.id,
        title: v.file.title,
        description: v.file.description,
        levers: v.levers,
        run: v.result,
        monteCarlo: v.mc,
        sources,
        assumptions: [...v.file.assumptions, ...(parent?.assumptions ?? [])],
        generatedAt: new Date().toISOString().slice(0, 16).replace("T", " "),
      }),
      file: `lodestone-scenario-${v.file.id}.html`,
    };
  });
  const compareOut = h("div", { "data-testid": "compare-results" });
  const out = h("div", { "data-testid": "scenario-results" });
  const mcOut = h("div", { "data-testid": "mc-results" });
  root.append(
    h(
      "p",
      { class: "lede" },
      "Demand, supply, unmet demand, export-control shortfalls, stage shares and concentration from the bundled scenario files, computed in your browser by the Lodestone engine. Same scenario, levers, seed and draws give the same numbers.",
    ),
    h("section", { class: "panel" }, form, status, h("div", { class: "controls" }, xlsxButton, reportBtn)),
    leverBox,
    about,
    compareOut,
    out,
    mcOut,
  );
  let group = el0;
  let runs = 0;
  let last: RunView | undefined;
  const leverValues = () => {
    const v: Record<string, number> = {};
    for (const s of sliders) v[s.lever.key] = Number(s.input.value);
    return v;
  };
  const leverText = (file: ScenarioFile, v: Record<string, number>) =>
    sliders
      .filter((s) => v[s.lever.key] !== leverDefault(s.lever, file.data as ScenarioData))
      .map((s) => `${s.lever.label} ${v[s.lever.key]} ${s.lever.unit}`)
      .join(", ");
  const monteCarlo = async (id: number, data: unknown, n: number, s: number) => {
    const box = loading(`${formatNumber(n)} Monte Carlo draws (seed ${s})…`);
    mcOut.replaceChildren(box);
    try {
      const mc = await monteCarloInWorker({ data, draws: n, seed: s }, "a-mc", (done, total) => {
        box.lastChild!.textContent = `${formatNumber(done)} of ${formatNumber(total)} Monte Carlo draws (seed ${s})…`;
      });
      if (id !== runs || !last) return;
      last = { ...last, mc: mc.mc };
      drawRun(last, out, onGroup);
      drawMonteCarlo(last, mcOut);
      mcOut.setAttribute("data-run", String(id));
      mcOut.setAttribute("data-ms", mc.ms.toFixed(1));
      status.textContent += ` ${formatNumber(n)} draws: ${formatNumber(mc.ms, 0)} ms in the worker.`;
    } catch (e) {
      if (id !== runs || (e instanceof Error && e.message.startsWith("superseded"))) return;
      mcOut.replaceChildren(errorBox(e, "Monte Carlo failed"));
    }
  };
  const onGroup = (g: string) => {
    group = g;
    void go();
  };
  const go = async () => {
    const a = files.find((f) => f.id === pickA.value) ?? files[0]!;
    const b = files.find((f) => f.id === pickB.value);
    const n = Math.min(2000, Math.max(0, Math.floor(Number(draws.value) || 0)));
    const s = Math.max(0, Math.floor(Number(seed.value) || 0));
    const lv = leverValues();
    const q = new URLSearchParams({
      id: a.id,
      ...(b ? { vs: b.id } : {}),
      draws: String(n),
      seed: String(s),
      el: group,
    });
    for (const sl of sliders)
      if (lv[sl.lever.key] !== leverDefault(sl.lever, a.data as ScenarioData))
        q.set(sl.lever.key, String(lv[sl.lever.key]));
    history.replaceState(null, "", `#/scenarios?${q.toString()}`);
    about.innerHTML =
      `<section class="panel">${aboutHtml(a, "A", files)}</section>` +
      (b ? `<section class="panel">${aboutHtml(b, "B", files)}</section>` : "");
    const levers = leverText(a, lv);
    const data = applyLevers(a.data, lv);
    const id = ++runs;
    prewarmWorkers("a-mc", n, data, s);
    status.textContent = `Running ${a.id}${b ? ` and ${b.id}` : ""}…`;
    if (!last) out.replaceChildren(loading("Running the central scenario…"));
    try {
      const [ra, rb] = await Promise.all([
        runInWorker({ data, draws: 0, seed: s }, "a"),
        b ? runInWorker({ data: b.data, draws: 0, seed: s }, "b") : Promise.resolve(undefined),
      ]);
      if (id !== runs) return;
      last = { file: a, result: ra.result, mc: null, levers, group };
      drawRun(last, out, onGroup);
      if (b && rb)
        drawCompare(
          { title: a.title + (levers ? " (levers moved)" : ""), result: ra.result },
          { title: b.title, result: rb.result },
          compareOut,
          [...runSources(a, null, levers), ...runSources(b, null, "")],
        );
      else compareOut.replaceChildren();
      out.setAttribute("data-run", String(id));
      out.setAttribute("data-ms", ra.ms.toFixed(1));
      out.setAttribute("data-seed", String(s));
      status.textContent = `Central run of ${a.id}: ${formatNumber(ra.ms, 0)} ms in the worker.`;
      if (!n) mcOut.replaceChildren(empty("Monte Carlo off (draws = 0)."));
      else void monteCarlo(id, data, n, s);
    } catch (e) {
      if (id !== runs || (e instanceof Error && e.message.startsWith("superseded"))) return;
      out.replaceChildren(errorBox(e, "Scenario run failed"));
      status.textContent = "";
    }
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void go();
  });
  pickA.addEventListener("change", () => {
    for (const s of sliders)
      s.input.value = String(
        leverDefault(s.lever, (files.find((f) => f.id === pickA.value) ?? fileA).data as ScenarioData),
      );
    for (const s of sliders) s.input.dispatchEvent(new Event("input"));
    void go();
  });
  pickB.addEventListener("change", () => void go());
  for (const s of sliders) s.input.addEventListener("change", () => void go());
  reset.addEventListener("click", () => pickA.dispatchEvent(new Event("change")));
  await go();
}
