/** @module Figure tooltips: every value in a chart tooltip is shown with its source (publisher, date, licence, link). */
import { escapeHtml, flags, formatValue, sourceHtml } from "../format.ts";
import type { Alternative, Figure, FigureSource, SeriesItem } from "../types.ts";

/** A chart data item that carries the figure(s) it plots. */
export interface FigureDatum {
  value: [string | number, number | null];
  figure?: Figure;
  /** For aggregates (e.g. "Other countries"): the figures summed. */
  parts?: Figure[];
  /** For model outputs: a text citation instead of a figure. */
  citation?: string;
  /** For a series item (GET /api/series): the preferred value of its period, or a sum of preferred parts. */
  item?: SeriesItem;
  /** The series the item belongs to (a destination), when the chart series is a shared marker layer. */
  series?: string;
}

/** Tags of a series item: derived, approximate, a sum, a conflict between sources. */
export function itemFlags(i: SeriesItem): string[] {
  return [
    ...(i.quality === "derived" ? ["derived"] : []),
    ...(i.approx ? ["approx"] : []),
    ...(i.qualifier ? ["bound"] : []),
    ...(i.value === null && i.low !== null && i.high !== null ? ["range"] : []),
    ...(i.composition.startsWith("sum_") ? ["sum"] : []),
    ...(i.conflict ? ["conflict"] : []),
  ];
}

/** The other values reported for a period: value, source and the rule on which each lost (at most `max`). */
export function alternativesHtml(alts: readonly Alternative[], unit: string, max = 4): string {
  if (!alts.length) return "";
  const line = (a: Alternative) => {
    const src = a.source
      ? `${escapeHtml(a.source.publisher)}, ${escapeHtml(a.source.published)} (${escapeHtml(a.source.tier)})`
      : escapeHtml(a.qualityReason || "computed");
    const tag = a.quality !== "reported" ? ` <span class="tag tag-${a.quality}">${a.quality}</span>` : "";
    return `<li><b>${formatValue(a)}</b> ${escapeHtml(unit)}${tag} · ${src}<div class="note">lost: ${escapeHtml(a.whyNotPreferred)}</div></li>`;
  };
  const more =
    alts.length > max ? `<li class="muted">and ${alts.length - max} more (see the table)</li>` : "";
  return `<div class="muted">Other values reported:</div><ul class="tt-alts">${alts.slice(0, max).map(line).join("")}${more}</ul>`;
}

/** One tooltip line for a series item: period, value, how it was obtained, note and source. */
export function itemLine(i: SeriesItem, seriesName = "", marker = ""): string {
  const tags = itemFlags(i)
    .map((t) => `<span class="tag tag-${t}">${t}</span>`)
    .join(" ");
  const how = i.composition.startsWith("sum_")
    ? `<div class="muted">${escapeHtml(i.qualityReason)}</div>`
    : "";
  const note = i.note
    ? `<div class="note">${escapeHtml(i.note.length > 220 ? `${i.note.slice(0, 217)}…` : i.note)}</div>`
    : "";
  const alt = alternativesHtml(i.alternatives, i.unit);
  const source = i.source ? `<div>Source: ${sourceHtml(i.source)}</div>` : "";
  const missing = i.composition === "missing" ? `<div class="muted">${escapeHtml(i.reason)}</div>` : "";
  const share = i.share
    ? `<div class="muted">${escapeHtml(i.share.part.name)} ${formatValue(i.share.part)} ÷ ${escapeHtml(i.share.whole.name)} ${formatValue(i.share.whole)} ${escapeHtml(i.share.part.unit)} <span class="tag tag-derived">derived</span></div>` +
      (i.share.part.source ? `<div>Part: ${sourceHtml(i.share.part.source)}</div>` : "") +
      (i.share.whole.source ? `<div>Whole: ${sourceHtml(i.share.whole.source)}</div>` : "")
    : "";
  const range =
    i.value === null && i.low !== null && i.high !== null
      ? `<div class="muted">A range: drawn at its midpoint only to place it.</div>`
      : "";
  return (
    `<div class="tt-row">${marker}<b>${escapeHtml(seriesName)}</b> ${escapeHtml(i.period)}: ` +
    `<b>${formatValue(i)}</b> ${escapeHtml(i.unit)} ${tags}${source}${share}${how}${missing}${range}${note}${alt}</div>`
  );
}

/** A data item for a series item, x = its period; a missing period plots as a gap (its tooltip says why). */
export function itemDatum(i: SeriesItem): FigureDatum {
  return i.value === null ? { value: [i.period, null], item: i } : { value: [i.period, i.value], item: i };
}

/** The subset of ECharts' callback params the formatter reads. */
export interface TooltipParam {
  seriesName?: string;
  marker?: string;
  data?: unknown;
  value?: unknown;
}

function uniqueSources(figs: Figure[]): FigureSource[] {
  const seen = new Map<string, FigureSource>();
  for (const f of figs) seen.set(f.source.id, f.source);
  return [...seen.values()];
}

/** One tooltip line for a figure: series, period, value, unit, flags, note and source. */
export function figureLine(f: Figure, seriesName?: string, marker = ""): string {
  const tags = flags(f)
    .map((t) => `<span class="tag tag-${t}">${t}</span>`)
    .join(" ");
  const where = f.location ? ` <span class="muted">(${escapeHtml(f.location)})</span>` : "";
  const note = f.note
    ? `<div class="note">${escapeHtml(f.note.length > 220 ? `${f.note.slice(0, 217)}…` : f.note)}</div>`
    : "";
  const vintage = f.vintage ? `<span class="muted"> · ${escapeHtml(f.vintage)}</span>` : "";
  return (
    `<div class="tt-row">${marker}<b>${escapeHtml(seriesName ?? f.entity)}</b> ${escapeHtml(f.period)}: ` +
    `<b>${formatValue(f)}</b> ${escapeHtml(f.unit)}${where} ${tags}${vintage}` +
    `<div>Source: ${sourceHtml(f.source)}</div>${note}</div>`
  );
}

/** ECharts tooltip formatter for axis or item triggers: each value beside its source. */
export function figureTooltip(params: TooltipParam | TooltipParam[]): string {
  const list = Array.isArray(params) ? params : [params];
  const rows: string[] = [];
  const seen = new Set<string>();
  for (const p of list) {
    const d = p.data as FigureDatum | undefined;
    if (!d || typeof d !== "object") continue;
    if (d.item) {
      // A marked point is drawn twice (line + marker layer); cite it once per series.
      const name = d.series ?? p.seriesName ?? "";
      if (seen.has(`item:${name}:${d.item.period}`)) continue;
      seen.add(`item:${name}:${d.item.period}`);
      rows.push(itemLine(d.item, name, d.series ? "" : (p.marker ?? "")));
      continue;
    }
    // A derived point is drawn twice (line + marker); cite it once.
    if (d.figure && seen.has(d.figure.id)) continue;
    if (d.figure) seen.add(d.figure.id);
    if (d.figure) rows.push(figureLine(d.figure, p.seriesName, p.marker ?? ""));
    else if (d.parts?.length) {
      const total = d.value[1];
      const srcs = uniqueSources(d.parts)
        .map((s) => sourceHtml(s))
        .join("; ");
      rows.push(
        `<div class="tt-row">${p.marker ?? ""}<b>${escapeHtml(p.seriesName ?? "")}</b> ${escapeHtml(String(d.value[0]))}: ` +
          `<b>${formatValue({ value: total, low: null, high: null })}</b> ${escapeHtml(d.parts[0]!.unit)} ` +
          `<span class="muted">(sum of ${d.parts.length})</span><div>Sources: ${srcs}</div></div>`,
      );
    } else if (d.citation) {
      rows.push(
        `<div class="tt-row">${p.marker ?? ""}<b>${escapeHtml(p.seriesName ?? "")}</b> ${escapeHtml(String(d.value[0]))}: ` +
          `<b>${formatValue({ value: d.value[1], low: null, high: null })}</b><div>Source: ${escapeHtml(d.citation)}</div></div>`,
      );
    }
  }
  return rows.join("") || "No sourced value here";
}

/** A data item for a figure, x = its period. */
export function datum(f: Figure, x: string | number = f.period): FigureDatum {
  const y = f.value ?? (f.low !== null && f.high !== null ? (f.low + f.high) / 2 : null);
  return { value: [x, y], figure: f };
}
