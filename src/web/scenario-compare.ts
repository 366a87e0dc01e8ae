/**
 * @module Two scenarios side by side: the headline outputs at a few years (A, B, B − A) and overlay charts (A solid,
 * B dashed, one colour per scenario).
 */
import type { ScenarioResult } from "../engine/index.ts";
import { stackedAreaChart } from "./charts/stacked-area.ts";
import { h } from "./dom.ts";
import { mountChart } from "./echarts.ts";
import { formatNumber } from "./format.ts";
import { fromYear, panel, SCENARIO_COLORS } from "./scenario-panels.ts";
import { HEADLINES, headlineAt } from "./scenario-outputs.ts";

export const COMPARE_YEARS = [2030, 2035, 2040, 2050];
const OVERLAYS = ["demand", "ndpr-unmet", "magnet-shortfall", "china-mining"];

export interface Side {
  title: string;
  result: ScenarioResult;
}

/** Headline rows: label, unit, then A, B and B − A for each comparison year. */
export function compareRows(a: Side, b: Side, years = COMPARE_YEARS) {
  return HEADLINES.map((hl) => ({
    key: hl.key,
    label: hl.label,
    unit: hl.unit,
    cells: years.map((y) => {
      const va = headlineAt(hl, a.result, y);
      const vb = headlineAt(hl, b.result, y);
      return { year: y, a: va, b: vb, diff: va !== undefined && vb !== undefined ? vb - va : undefined };
    }),
  }));
}

export function drawCompare(a: Side, b: Side, out: HTMLElement, sources: string[]): void {
  const rows = compareRows(a, b);
  const table = h(
    "table",
    { class: "data", "data-testid": "compare-table" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", {}, "Output"),
        ...COMPARE_YEARS.map((y) => h("th", { class: "num", colspan: 3 }, String(y))),
      ),
      h(
        "tr",
        {},
        h("th", {}, ""),
        ...COMPARE_YEARS.flatMap(() => [
          h("th", { class: "num" }, "A"),
          h("th", { class: "num" }, "B"),
          h("th", { class: "num" }, "B − A"),
        ]),
      ),
    ),
    h(
      "tbody",
      {},
      ...rows.map((r) =>
        h(
          "tr",
          { "data-key": r.key },
          h("td", {}, `${r.label} (${r.unit})`),
          ...r.cells.flatMap((c) => [
            h("td", { class: "num" }, formatNumber(c.a)),
            h("td", { class: "num" }, formatNumber(c.b)),
            h(
              "td",
              { class: `num${c.diff !== undefined && Math.abs(c.diff) > 1e-9 ? " changed" : ""}` },
              c.diff === undefined ? "–" : `${c.diff > 0 ? "+" : ""}${formatNumber(c.diff)}`,
            ),
          ]),
        ),
      ),
    ),
  );
  const charts = OVERLAYS.map((key) => {
    const hl = HEADLINES.find((x) => x.key === key)!;
    return { hl, p: panel(hl.label, `${hl.unit}; A solid, B dashed.`, `compare-${key}`) };
  });
  out.replaceChildren(
    h(
      "section",
      { class: "panel", "data-testid": "compare" },
      h("h2", {}, `A: ${a.title} · B: ${b.title}`),
      h("p", { class: "hint" }, "Central runs; B − A in the outputs' units (percentage points for shares)."),
      h("div", { class: "table-wrap" }, table),
    ),
    h("div", { class: "two" }, ...charts.map((c) => c.p.el)),
  );
  const { years, cut } = fromYear(a.result.years);
  for (const { hl, p } of charts) {
    const sa = hl.read(a.result);
    const sb = hl.read(b.result);
    mountChart(
      p.chart,
      stackedAreaChart(
        [
          ...(sa ? [{ name: `A: ${a.title}`, values: cut(sa), color: SCENARIO_COLORS[0] }] : []),
          ...(sb
            ? [{ name: `B: ${b.title}`, values: cut(sb), dashed: true, color: SCENARIO_COLORS[1] }]
            : []),
        ],
        { years, unit: hl.unit, citation: sources.join("; "), stack: false },
      ),
      { sources },
    );
  }
}
