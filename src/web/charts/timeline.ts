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

/** Each event is a point at its date on its jurisdiction's row, coloured by its first instrument; its source in the tooltip. */
export function policyTimeline(events: PolicyEvent[]): EChartsOption {
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
    grid: { left: 150, right: 24, top: 64, bottom: 36 },
    legend: { top: 0, type: "plain", itemGap: 10, textStyle: { fontSize: 11 } },
    tooltip: { ...baseTooltip, trigger: "item", formatter: formatter as never },
    xAxis: { type: "time", axisLabel: { hideOverlap: true } },
    yAxis: {
      type: "category",
      data: jurisdictions,
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
