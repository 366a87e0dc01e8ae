/** @module policyTimeline: policy events as points on a time axis, one row per jurisdiction, coloured by instrument. */
import type { EChartsOption } from "echarts";
import { escapeHtml, sourceHtml } from "../format.ts";
import type { PolicyEvent } from "../types.ts";
import { PALETTE, baseTextStyle, baseTooltip } from "./theme.ts";

/** `2025`, `2025-04` or `2025-04-04` -> an ISO day (first day of the period). */
export function looseDateStart(d: string): string {
  if (/^\d{4}$/.test(d)) return `${d}-01-01`;
  if (/^\d{4}-\d{2}$/.test(d)) return `${d}-01`;
  return d;
}

export interface TimelineDatum {
  value: [string, string];
  event: PolicyEvent;
  /** Vertical offset (px) that separates events of the same day and jurisdiction. */
  symbolOffset?: [number, number];
}

const SHORT: Record<string, string> = {
  "United States": "US",
  "European Union": "EU",
  "United Kingdom": "UK",
};

/** A jurisdiction's name as a phone's axis shows it ("United States; Japan" -> "US; Japan"). */
export function shortJurisdiction(name: string): string {
  return name
    .split(/;\s*/)
    .map((n) => SHORT[n] ?? n)
    .join("; ");
}

/**
 * Each event is a point at its date on its jurisdiction's row, coloured by its first instrument; its source in the
 * tooltip. `narrow` (a phone): jurisdiction names cut to a fixed width (whole in the tooltip) and a one-line scrolling
 * legend, so the time axis keeps most of the width.
 */
export function policyTimeline(events: PolicyEvent[], options: { narrow?: boolean } = {}): EChartsOption {
  const narrow = options.narrow ?? false;
  const labelWidth = narrow ? 84 : 220;
  const jurisdictions = [...new Set(events.map((e) => e.jurisdiction))].sort();
  const instruments = [...new Set(events.map((e) => e.instruments[0] ?? "other"))].sort();
  const sameDay = new Map<string, PolicyEvent[]>();
  for (const e of events) {
    const key = `${looseDateStart(e.date)}|${e.jurisdiction}`;
    sameDay.set(key, [...(sameDay.get(key) ?? []), e]);
  }
  const formatter = (p: { data?: TimelineDatum; marker?: string }) => {
    const d = p.data;
    if (!d) return "";
    const e = d.event;
    const src = sourceHtml(e.source);
    return (
      `<div><b>${escapeHtml(e.date)}</b> · ${escapeHtml(e.jurisdiction)} · ${escapeHtml(e.actor)}</div>` +
      `<div>${p.marker ?? ""}<b>${escapeHtml(e.title)}</b></div>` +
      `<div class="muted">${escapeHtml(e.instruments.join(", "))} · ${escapeHtml(e.status.replace("_", " "))}</div>` +
      `<div class="note">${escapeHtml(e.summary)}</div><div>Source: ${src}</div>`
    );
  };
  return {
    textStyle: baseTextStyle,
    grid: { left: labelWidth + 10, right: narrow ? 12 : 24, top: narrow ? 36 : 64, bottom: 36 },
    legend: { top: 0, type: narrow ? "scroll" : "plain", itemGap: 10, textStyle: { fontSize: 11 } },
    tooltip: { ...baseTooltip, trigger: "item", formatter: formatter as never },
    xAxis: { type: "time", axisLabel: { hideOverlap: true } },
    yAxis: {
      type: "category",
      data: jurisdictions,
      axisLabel: {
        width: labelWidth,
        overflow: "truncate",
        fontSize: narrow ? 10 : 12,
        ...(narrow ? { formatter: shortJurisdiction } : {}),
      },
      splitLine: { show: true, lineStyle: { color: "#eef1f4" } },
    },
    series: instruments.map((ins, i) => ({
      type: "scatter",
      name: ins.replace(/_/g, " "),
      color: PALETTE[i % PALETTE.length]!,
      symbolSize: 11,
      itemStyle: { opacity: 0.85, borderColor: "#fff", borderWidth: 1 },
      data: events
        .filter((e) => (e.instruments[0] ?? "other") === ins)
        .map((e): TimelineDatum => {
          // Same day, same jurisdiction: the points sit side by side (a few px apart), not on top of each other.
          const key = `${looseDateStart(e.date)}|${e.jurisdiction}`;
          const group = sameDay.get(key)!;
          const k = group.indexOf(e);
          const dy = (k - (group.length - 1) / 2) * 7;
          return { value: [looseDateStart(e.date), e.jurisdiction], event: e, symbolOffset: [0, dy] };
        }),
    })),
  };
}
