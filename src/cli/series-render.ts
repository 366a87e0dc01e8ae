/** @module Renders a series (or a share series) as a table, CSV or JSON for `lodestone series`. */
import type { SeriesItem, SeriesResult, ShareComponent } from "../domain/series.ts";
import { formatNumber, toTable } from "./format.ts";
import { seriesCsv } from "./series-csv.ts";
import { columnWidths, ellipsize, remainingWidth, sourceLabel } from "./source-label.ts";

const SIGN = { gt: ">", gte: "≥", lt: "<", lte: "≤" } as const;

/** The value as printed: a bound with its sign, `~` when hedged, a range as low–high, "–" when missing. */
export function valueText(
  i: Pick<SeriesItem, "value" | "low" | "high" | "qualifier" | "approx">,
  digits = 3,
) {
  if (i.value !== null)
    return `${i.qualifier ? SIGN[i.qualifier] : ""}${i.approx ? "~" : ""}${formatNumber(i.value, digits)}`;
  if (i.low !== null && i.high !== null) return `${formatNumber(i.low)}–${formatNumber(i.high)}`;
  return "–";
}

/** A share as printed everywhere in the CLI: two decimals and a percent sign (71.05%). */
export const shareText = (i: Pick<SeriesItem, "value" | "approx">) =>
  i.value === null ? "–" : `${i.approx ? "~" : ""}${i.value.toFixed(2)}%`;

const PART_NAME = {
  sum_of_months: "month",
  sum_of_quarters: "quarter",
  sum_of_years: "year",
  sum_of_parts: "part",
} as const;

/**
 * How the value was obtained, in words that do not repeat the quality: `figure` (one figure for exactly the period,
 * reported or derived: see the quality column), `ytd figure`, `sum of 3 months`, `share`, `missing`.
 */
export function how(i: Pick<SeriesItem, "composition" | "metric" | "parts">): string {
  if (i.composition === "figure") return i.metric.endsWith("_ytd") ? "ytd figure" : "figure";
  if (i.composition === "share" || i.composition === "missing") return i.composition;
  const n = i.parts.length;
  return `sum of ${n} ${PART_NAME[i.composition]}${n === 1 ? "" : "s"}`;
}

/** The source cell: `publisher, date [id]`, the parts of a sum, or why the value is missing. */
function sourceCell(i: SeriesItem | ShareComponent, width: number): string {
  if (i.source) return sourceLabel(i.source, width);
  if (i.parts.length) return ellipsize(`parts ${i.parts[0]!.period} to ${i.parts.at(-1)!.period}`, width);
  return ellipsize(i.reason, Math.max(width, 80));
}

/** Both sources of a share: one citation when the two values come from the same source. */
function shareSource(i: SeriesItem, width: number): string {
  const s = i.share;
  if (!s) return ellipsize(i.reason, Math.max(width, 80));
  if (i.composition === "missing") return ellipsize(i.reason, Math.max(width, 80));
  const { part, whole } = s;
  if (part.source && whole.source && part.source.id === whole.source.id) return sourceCell(part, width);
  const cite = (c: ShareComponent) =>
    c.source
      ? `[${c.source.id}]`
      : c.parts.length
        ? `parts ${c.parts[0]!.period}–${c.parts.at(-1)!.period}`
        : "–";
  return `${cite(part)} ÷ ${cite(whole)}`;
}

function title(s: SeriesResult): string {
  const basis = (b: string) => (b && b !== "not_applicable" ? ` (${b} basis)` : "");
  const what = `${s.entity}${s.counterparty ? ` → ${s.counterparty}` : ""} · ${s.metric}${s.material ? ` · ${s.material}` : ""}`;
  const unit = s.share
    ? `% of ${s.share.replaces === "counterparty" ? `${s.entity} → ${s.share.of}` : s.share.of} (in ${s.share.unit}${basis(s.share.basis).replace(" (", ", ").replace(")", "")})`
    : `${s.unit}${basis(s.basis)}`;
  return `${what} · ${unit}${s.variant ? ` · ${s.variant}` : ""} · per ${s.per}`;
}

function table(s: SeriesResult): string {
  const header = ["period", "value", "how", "quality", "conf", "alt"];
  const rows = s.items.map((i) => [
    i.period,
    valueText(i) + (i.conflict ? " !" : ""),
    how(i),
    i.quality,
    i.confidence,
    String(i.alternatives.length),
  ]);
  const room = remainingWidth(columnWidths(header, rows));
  const body = toTable(
    [...header, "source"],
    rows.map((r, k) => [...r, sourceCell(s.items[k]!, room)]),
    [1, 5],
  );
  const t = s.total;
  const total = t
    ? `total ${t.period}: ${valueText(t)} ${s.unit} (${how(t)}${t.source ? `, ${sourceLabel(t.source, 72)}` : ""})${t.alternatives
        .filter((a) => a.figureId === null)
        .map((a) => `; sum of the items ${formatNumber(a.value)}`)
        .join("")}\n`
    : "";
  return body + total;
}

function shareTable(s: SeriesResult): string {
  const share = s.share!;
  const who = (k: "part" | "whole") => s.items.find((i) => i.share)?.share?.[k].name;
  const partName = ellipsize(who("part") ?? (share.replaces === "entity" ? s.entity : s.counterparty), 18);
  const wholeName = ellipsize(who("whole") ?? share.of, 18);
  const edition = (i: SeriesItem) => {
    const p = i.share?.part.edition ?? "";
    const w = i.share?.whole.edition ?? "";
    return p === w ? p : `${p || "–"} ÷ ${w || "–"}`;
  };
  const showEdition = s.items.some((i) => edition(i));
  const header = ["period", "share", partName, wholeName, ...(showEdition ? ["edition"] : []), "conf"];
  const rows = s.items.map((i) => [
    i.period,
    shareText(i) + (i.conflict ? " !" : ""),
    i.share ? valueText(i.share.part) : "–",
    i.share ? valueText(i.share.whole) : "–",
    ...(showEdition ? [edition(i)] : []),
    i.composition === "share" ? i.confidence : "",
  ]);
  const room = remainingWidth(columnWidths(header, rows));
  const body = toTable(
    [...header, "source"],
    rows.map((r, k) => [...r, shareSource(s.items[k]!, room)]),
    [1, 2, 3],
  );
  const t = s.total;
  const total =
    t?.share && t.value !== null
      ? `total ${t.period}: ${shareText(t)} (${valueText(t.share.part)} ÷ ${valueText(t.share.whole)} ${share.unit})\n`
      : t?.reason
        ? `total ${t.period}: – (${t.reason})\n`
        : "";
  return body + total;
}

export function renderSeries(s: SeriesResult, format: "table" | "csv" | "json"): string {
  if (format === "json") return `${JSON.stringify(s, null, 2)}\n`;
  if (format === "csv") return seriesCsv(s);
  const legend = s.items.some((i) => i.conflict)
    ? "! sources disagree beyond rounding (see --format json)\n"
    : "";
  return `${title(s)}\n${s.share ? shareTable(s) : table(s)}${legend}`;
}
