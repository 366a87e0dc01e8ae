/** @module Formatting: numbers, units, licences and the source citation shown beside every value. */
import { esc } from "../domain/report-html.ts";
import { licenceLabel } from "../domain/source.ts";

export { licenceLabel };
import type { Figure, FigureSource } from "./types.ts";

/** Escapes text for HTML (one escaper for the pages and the printable reports). */
export const escapeHtml = esc;

/** A number with thousands separators and at most `digits` decimals (en-GB, so output is stable). */
export function formatNumber(v: number | null | undefined, digits = 2): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "–";
  const abs = Math.abs(v);
  const d = abs >= 1000 ? 0 : abs >= 10 ? Math.min(digits, 1) : digits;
  return v.toLocaleString("en-GB", { maximumFractionDigits: d });
}

/** A figure's value: the number, or `low–high` for a range. */
export function formatValue(
  f: Pick<Figure, "value" | "low" | "high"> & { qualifier?: Figure["qualifier"]; approx?: boolean },
): string {
  const sign = { gt: "> ", gte: "≥ ", lt: "< ", lte: "≤ " } as const;
  if (f.value !== null)
    return `${f.qualifier ? sign[f.qualifier] : ""}${f.approx ? "~" : ""}${formatNumber(f.value)}`;
  if (f.low !== null && f.high !== null) return `${formatNumber(f.low)}–${formatNumber(f.high)}`;
  if (f.low !== null) return `> ${formatNumber(f.low)}`;
  if (f.high !== null) return `< ${formatNumber(f.high)}`;
  return "–";
}

/** A money amount in full units, shortened without losing a digit the source gave: 1,050,000,000 -> "1.05 bn". */
export function formatMoney(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "–";
  const a = Math.abs(v);
  const [d, unit] = a >= 1e9 ? [1e9, " bn"] : a >= 1e6 ? [1e6, " M"] : [1, ""];
  return `${(v / d).toLocaleString("en-GB", { maximumFractionDigits: d === 1 ? 2 : 6 })}${unit}`;
}

/** A signed percentage, e.g. `+4.2%`. */
export function formatPct(v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "–";
  return `${v > 0 ? "+" : ""}${v.toFixed(digits)}%`;
}

/** Only http(s) links are rendered as links. */
export function safeUrl(url: string): string | null {
  return /^https?:\/\//i.test(url) ? url : null;
}

/** What a citation needs of a source (figures, series items and curated rows all carry it). */
export type Citable = Pick<FigureSource, "publisher" | "published" | "url" | "title"> & { licence: string };

/** The source as one line of HTML: publisher, date, licence and a link. */
export function sourceHtml(s: Citable): string {
  const url = safeUrl(s.url);
  const link = url
    ? ` · <a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer" title="${escapeHtml(s.title)}">link</a>`
    : "";
  return `<span class="src"><b>${escapeHtml(s.publisher)}</b>, ${escapeHtml(s.published)} · ${escapeHtml(licenceLabel(s.licence))}${link}</span>`;
}

/** Marks set on a figure: derived by us, forecast. */
export function flags(f: Pick<Figure, "isDerived" | "isForecast">): string[] {
  return [...(f.isDerived ? ["derived"] : []), ...(f.isForecast ? ["forecast"] : [])];
}
