/**
 * @module tradePolicyMarks: China's export measures on rare earths and magnets (GET /api/policy-events) as vertical
 * lines on the Trade chart's period axis. An event lands on the period its date falls in; an event dated less
 * precisely than the axis (a year on a month axis) is left off rather than placed on a guessed month.
 */
import type { SeriesOption } from "echarts";
import { escapeHtml } from "./format.ts";

/** The fields of a policy event the marks read. */
export interface PolicyMarkEvent {
  id: string;
  date: string;
  jurisdiction: string;
  title: string;
  materials: readonly string[];
  elements: readonly string[];
}

export interface PolicyMark {
  period: string;
  ids: string[];
  titles: string[];
}

/** The rare-earth elements (the lanthanides, Sc and Y): an act naming one bears on magnet supply. */
const RARE_EARTHS = new Set("Sc Y La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu".split(" "));

/** The event bears on China's magnet exports: a Chinese measure on rare earths or magnets, or naming a rare earth. */
export function isTradeRelevant(e: PolicyMarkEvent): boolean {
  const china = e.jurisdiction.split(";").some((j) => j.trim() === "China");
  const text = e.materials.join(" ");
  return (
    china &&
    (/magnet|rare.?earth|NdFeB|SmCo|dual-use/i.test(text) || e.elements.some((x) => RARE_EARTHS.has(x)))
  );
}

/** The axis period (month, quarter or year) a date falls in; null when the date is less precise than the axis. */
export function periodOfDate(date: string, per: string): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  if (per === "year") return m[1]!;
  if (!m[2]) return null;
  if (per === "month") return `${m[1]}-${m[2]}`;
  return per === "quarter" ? `${m[1]}-Q${Math.ceil(Number(m[2]) / 3)}` : null;
}

/** One mark per axis period with relevant events, same-period events grouped, in axis order. */
export function policyMarks(
  events: readonly PolicyMarkEvent[],
  periods: readonly string[],
  per: string,
): PolicyMark[] {
  const on = new Set(periods);
  const byPeriod = new Map<string, PolicyMark>();
  for (const e of [...events].filter(isTradeRelevant).sort((a, b) => a.date.localeCompare(b.date))) {
    const period = periodOfDate(e.date, per);
    if (!period || !on.has(period)) continue;
    const mark = byPeriod.get(period) ?? { period, ids: [], titles: [] };
    mark.ids.push(e.id);
    mark.titles.push(`${e.date} ${e.title}`);
    byPeriod.set(period, mark);
  }
  return periods.flatMap((p) => byPeriod.get(p) ?? []);
}

/**
 * A legend entry with no values whose vertical lines mark the events (hide them by clicking the legend). `labels`
 * false leaves the event ids off the lines (a narrow chart), the tooltip still names them.
 */
export function policyMarkSeries(marks: readonly PolicyMark[], labels = true): SeriesOption {
  return {
    type: "line",
    name: "Policy events",
    data: [],
    color: "#8a8f98",
    markLine: {
      symbol: "none",
      silent: false,
      lineStyle: { type: "dotted", color: "#8a8f98", width: 1 },
      label: {
        show: labels,
        position: "insideEndTop",
        formatter: (p: { name?: string }) => p.name ?? "",
        fontSize: 10,
      },
      tooltip: {
        formatter: (p: { data?: { titles?: string[] } }) =>
          (p.data?.titles ?? []).map((t) => escapeHtml(t)).join("<br>"),
      },
      data: marks.map((m) => ({ xAxis: m.period, name: m.ids.join(", "), titles: m.titles })),
    },
  } as SeriesOption;
}
