/** @module capacityChart: capacity projects as one bar each, grouped by stage and mass basis; never summed. */
import type { EChartsOption, SeriesOption } from "echarts";
import { escapeHtml, formatValue, sourceHtml } from "../format.ts";
import type { CapacityProject } from "../types.ts";
import { baseTextStyle, baseTooltip, compactNumber, GRID_LINE, MUTED } from "./theme.ts";

const STAGE: Record<CapacityProject["stage"], string> = {
  mining: "Mining",
  separation: "Separation",
  metal_alloy: "Metal and alloy",
  magnet: "Magnets",
  recycling: "Recycling",
};
const BASIS: Record<CapacityProject["massBasis"], string> = {
  finished: "finished magnet",
  blank: "magnet blank",
  high_performance: "high-performance magnet",
  alloy: "alloy or powder",
  element: "element",
  not_applicable: "oxide, concentrate or feed (basis per project)",
};
export const STATUS_COLORS: Record<CapacityProject["status"], string> = {
  operating: "#1f5f8b",
  commissioning: "#3a9d5d",
  construction: "#e07b39",
  planned: "#9cb8d3",
  uncertain: "#b5a642",
  unknown: "#a0a7b0",
};
const EXCLUDED = "#cfd3d8";

/** The chart group of a project: its stage and mass basis (capacities on different bases are never compared as one). */
export const groupOf = (p: Pick<CapacityProject, "stage" | "massBasis">) => `${p.stage}|${p.massBasis}`;
export const groupLabel = (key: string) => {
  const [stage, basis] = key.split("|") as [CapacityProject["stage"], CapacityProject["massBasis"]];
  return `${STAGE[stage] ?? stage} · ${BASIS[basis] ?? basis}`;
};

/** Groups present in `rows`, largest first (ties by label). */
export function capacityGroups(
  rows: readonly CapacityProject[],
): { key: string; label: string; n: number }[] {
  const n = new Map<string, number>();
  for (const p of rows) n.set(groupOf(p), (n.get(groupOf(p)) ?? 0) + 1);
  return [...n]
    .map(([key, k]) => ({ key, label: groupLabel(key), n: k }))
    .sort((a, b) => b.n - a.n || a.label.localeCompare(b.label));
}

/** The capacity as published: a bound keeps its sign, a range stays low–high, a hedge keeps its ~. */
export const capacityText = (p: CapacityProject) =>
  formatValue({
    value: p.capacityTpy,
    low: p.capacityLowTpy,
    high: p.capacityHighTpy,
    qualifier: p.capacityQualifier,
    approx: p.approx,
  });

/** Projects of the group that state a capacity (a blank is never drawn as zero). */
export function drawable(rows: readonly CapacityProject[], group: string): CapacityProject[] {
  return rows
    .filter((p) => groupOf(p) === group && (p.capacityTpy !== null || p.capacityLowTpy !== null))
    .sort(
      (a, b) =>
        a.country.localeCompare(b.country) ||
        (b.capacityTpy ?? b.capacityHighTpy ?? 0) - (a.capacityTpy ?? a.capacityHighTpy ?? 0) ||
        a.id.localeCompare(b.id),
    );
}

export function projectTooltip(p: CapacityProject): string {
  const years = [p.startYear && `start ${p.startYear}`, p.targetYear && `target ${p.targetYear}`].filter(
    Boolean,
  );
  const capex =
    p.capexAmount !== null
      ? `<div>Capex: ${formatValue({ value: p.capexAmount, low: null, high: null, qualifier: p.capexQualifier, approx: p.capexApprox })} ${escapeHtml(p.capexCurrency)}</div>`
      : "";
  return (
    `<div><b>${escapeHtml(p.company)}</b> · ${escapeHtml(p.site || "site not stated")} (${escapeHtml(p.country)}) <span class="mono">${escapeHtml(p.id)}</span></div>` +
    `<div>${escapeHtml(p.product)}${p.magnetType ? ` · ${escapeHtml(p.magnetType)}` : ""}</div>` +
    `<div><b>${capacityText(p)}</b> t/yr · ${escapeHtml(BASIS[p.massBasis])}${p.capacityBasis ? ` · ${escapeHtml(p.capacityBasis)}` : ""}</div>` +
    `<div class="muted">As published: ${escapeHtml(p.capacityText)}</div>` +
    `<div>${escapeHtml(p.status)}${years.length ? ` · ${years.join(", ")}` : ""}</div>${capex}` +
    (p.excludeReason ? `<div class="note"><b>Excluded:</b> ${escapeHtml(p.excludeReason)}</div>` : "") +
    `<div>Source: ${sourceHtml(p.source)}</div>` +
    (p.note
      ? `<div class="note">${escapeHtml(p.note.length > 240 ? `${p.note.slice(0, 237)}…` : p.note)}</div>`
      : "")
  );
}

/** The label at a bar's end: the capacity as published, and "excluded" for a row never to be relied on. */
export const barLabel = (x: { data: { project: CapacityProject } }) => {
  const p = x.data.project;
  // Oxide, concentrate and feed capacities count different things (NdPr oxide, total REO, feed): say which.
  const what =
    p.massBasis === "not_applicable" && p.capacityBasis ? ` · ${p.capacityBasis.slice(0, 28)}` : "";
  return `${capacityText(p)}${what}${p.excludeReason ? " (excluded)" : ""}`;
};

const label = (p: CapacityProject) => {
  const name = `${p.country} · ${p.company}${p.site ? ` — ${p.site}` : ""}`;
  return name.length > 48 ? `${name.slice(0, 47)}…` : name;
};

/**
 * One horizontal bar per project of one group, coloured by status; a range is a solid bar to its low end over a
 * pale bar to its high end; the label at the bar's end is the capacity as published (> 8,000, ~40,000). Bars are
 * drawn over each other (never stacked, which also keeps a log axis right) and never added up: the same plant is
 * often reported as built, target and added capacity.
 */
export function capacityChart(
  rows: readonly CapacityProject[],
  group: string,
  options: { logScale?: boolean; narrow?: boolean } = {},
): EChartsOption {
  const shown = drawable(rows, group);
  // A phone: a narrower column of project names (whole in the tooltip) so the bars keep room to be drawn.
  const labelWidth = options.narrow ? 120 : 290;
  const right = group.endsWith("|not_applicable") ? (options.narrow ? 150 : 230) : options.narrow ? 80 : 110;
  const cats = shown.map(label);
  const statuses = [...new Set(shown.map((p) => p.status))].sort(
    (a, b) => Object.keys(STATUS_COLORS).indexOf(a) - Object.keys(STATUS_COLORS).indexOf(b),
  );
  const datum = (p: CapacityProject, value: number | null, last: boolean) => ({
    value,
    project: p,
    ...(p.excludeReason ? { itemStyle: { color: EXCLUDED } } : {}),
    label: { show: last && value !== null },
  });
  const isRange = (p: CapacityProject) => p.capacityTpy === null && p.capacityHighTpy !== null;
  const series: SeriesOption[] = [];
  // The pale range bars first, so each status bar (to the range's low end) is drawn over its range.
  if (shown.some(isRange))
    series.push({
      type: "bar",
      name: "range (low–high)",
      color: "#c9d6e3",
      barMaxWidth: 16,
      barGap: "-100%",
      itemStyle: { opacity: 0.8, borderColor: "#7f98b3", borderType: "dashed", borderWidth: 1 },
      label: { position: "right", color: MUTED, fontSize: 11, formatter: barLabel as never },
      data: shown.map((p) => (isRange(p) ? datum(p, p.capacityHighTpy!, true) : { value: null })),
    });
  for (const st of statuses)
    series.push({
      type: "bar",
      name: st,
      color: STATUS_COLORS[st],
      barMaxWidth: 16,
      barGap: "-100%",
      label: {
        position: "right",
        color: MUTED,
        fontSize: 11,
        formatter: barLabel as never,
      },
      data: shown.map((p) =>
        p.status === st ? datum(p, p.capacityTpy ?? p.capacityLowTpy, !isRange(p)) : { value: null },
      ),
    });
  return {
    textStyle: baseTextStyle,
    grid: { left: labelWidth + (options.narrow ? 10 : 40), right, top: 36, bottom: 28 },
    legend: { top: 0, type: "scroll", textStyle: { fontSize: 12 } },
    tooltip: {
      ...baseTooltip,
      trigger: "item",
      formatter: ((x: { data?: { project?: CapacityProject } }) =>
        x.data?.project ? projectTooltip(x.data.project) : "") as never,
    },
    xAxis: {
      type: options.logScale ? "log" : "value",
      name: "t/yr",
      nameTextStyle: { color: MUTED },
      axisLabel: { color: MUTED, formatter: compactNumber },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    yAxis: {
      type: "category",
      data: cats,
      inverse: true,
      axisLabel: { fontSize: options.narrow ? 10 : 11, width: labelWidth, overflow: "truncate" },
    },
    series,
  };
}

/** Height in px that gives every bar room for its label. */
export const capacityChartHeight = (rows: readonly CapacityProject[], group: string) =>
  Math.max(200, drawable(rows, group).length * 26 + 80);
