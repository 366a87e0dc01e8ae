/**
 * @module Chart exports, pure: a chart's data as CSV rows (read from its ECharts option) and an SVG that carries the
 * chart's title and sources beneath it, so a saved image never loses its citation.
 */
import { escapeHtml } from "./format.ts";
import type { CsvCell } from "../domain/csv-text.ts";

interface SeriesLike {
  name?: unknown;
  type?: unknown;
  data?: unknown;
  links?: unknown;
}
interface AxisLike {
  type?: unknown;
  data?: unknown;
}

const first = <T>(x: T | T[] | undefined): T | undefined => (Array.isArray(x) ? x[0] : x);

/** The number (or text) a data item holds: `5`, `{value: 5}`, `[x, 5]` -> the y part is taken by the caller. */
function itemValue(d: unknown): unknown {
  if (d !== null && typeof d === "object" && !Array.isArray(d) && "value" in d)
    return (d as { value: unknown }).value;
  return d;
}

function cell(v: unknown): CsvCell {
  if (v === null || v === undefined || v === "-") return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return JSON.stringify(v);
}

/**
 * The data an ECharts option draws, as a table: with a category x axis one row per category and one column per
 * series; otherwise (time/value axes, scatter) one row per point (`series, x, y`); a Sankey gives its links
 * (`source, target, value`). Invisible helper series (names starting with "_") are left out.
 */
export function optionTable(option: Record<string, unknown>): { header: string[]; rows: CsvCell[][] } {
  const series = ((Array.isArray(option.series) ? option.series : [option.series]) as SeriesLike[]).filter(
    (s) => s && !String(s.name ?? "").startsWith("_"),
  );
  const sankey = series.find((s) => s.type === "sankey");
  if (sankey) {
    const links = (sankey.links ?? []) as { source: string; target: string; value: number }[];
    return {
      header: ["source", "target", "value"],
      rows: links.map((l) => [l.source, l.target, l.value]),
    };
  }
  const x = first(option.xAxis as AxisLike | AxisLike[] | undefined);
  const y = first(option.yAxis as AxisLike | AxisLike[] | undefined);
  const catAxis = x?.type === "category" && Array.isArray(x.data) ? x : undefined;
  if (catAxis) {
    const cats = catAxis.data as unknown[];
    const cols = series.map((s, i) => String(s.name ?? `series ${i + 1}`));
    return {
      header: ["x", ...cols],
      rows: cats.map((c, i) => [
        cell(itemValue(c)),
        ...series.map((s) => {
          const v = itemValue((s.data as unknown[] | undefined)?.[i]);
          return cell(Array.isArray(v) ? v[1] : v);
        }),
      ]),
    };
  }
  const yCats = y?.type === "category" && Array.isArray(y.data) ? (y.data as unknown[]) : undefined;
  const rows: CsvCell[][] = [];
  for (const [i, s] of series.entries()) {
    for (const d of (s.data as unknown[] | undefined) ?? []) {
      const v = itemValue(d);
      if (Array.isArray(v)) rows.push([String(s.name ?? `series ${i + 1}`), cell(v[0]), cell(v[1])]);
      else if (yCats) continue;
      else rows.push([String(s.name ?? `series ${i + 1}`), null, cell(v)]);
    }
  }
  return { header: ["series", "x", "y"], rows };
}

/** Wraps plain text into lines of at most `width` characters (on spaces). */
export function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/**
 * The chart's SVG with a title above and its sources beneath (and a white background), as one standalone SVG.
 * `svg` is what ECharts renders (`renderToSVGString`), `width`/`height` its size in px.
 */
export function svgWithSources(
  svg: string,
  width: number,
  height: number,
  title: string,
  sources: readonly string[],
): string {
  const perLine = Math.max(40, Math.floor(width / 6.2));
  const lines = [
    ...sources.flatMap((s, i) => wrapText(`${i === 0 ? "Sources: " : ""}${s}`, perLine)),
    `Lodestone · ${sources.length ? "every number cited above" : "no source given"}`,
  ];
  const top = 28;
  const foot = 12 + lines.length * 15;
  const inner = svg.replace(/^<\?xml[^>]*>\s*/, "").replace(/^<svg\b/, `<svg x="0" y="${top}"`);
  const text = lines
    .map(
      (l, i) =>
        `<text x="8" y="${top + height + 16 + i * 15}" font-size="11" fill="#4a5563">${escapeHtml(l)}</text>`,
    )
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${top + height + foot}" ` +
    `viewBox="0 0 ${width} ${top + height + foot}" font-family="system-ui, sans-serif">` +
    `<rect width="100%" height="100%" fill="#fff"/>` +
    `<text x="8" y="19" font-size="14" font-weight="700" fill="#1d2733">${escapeHtml(title)}</text>` +
    `${inner}${text}</svg>`
  );
}

/** A file-name stem from a title: "China's exports: EU" -> "china-s-exports-eu". */
export function fileStem(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "chart"
  );
}

interface CitableLike {
  publisher: string;
  published: string;
  licence: string;
  url?: string;
}
const isCitable = (o: Record<string, unknown>): boolean =>
  typeof o.publisher === "string" && typeof o.published === "string" && typeof o.licence === "string";

/**
 * Every distinct source cited by the data a chart draws: the series' data items carry their figures, rows or
 * events, whose `source` objects (publisher, date, licence, address) are collected, in order of first use.
 */
export function citationsIn(option: Record<string, unknown>, format: (s: CitableLike) => string): string[] {
  const seen = new Set<unknown>();
  const out = new Set<string>();
  let budget = 200_000;
  const walk = (v: unknown, depth: number) => {
    if (budget-- <= 0 || depth > 6 || v === null || typeof v !== "object" || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    if (isCitable(o)) {
      out.add(format(o as unknown as CitableLike));
      return;
    }
    for (const x of Object.values(o)) if (typeof x === "object") walk(x, depth + 1);
  };
  const series = Array.isArray(option.series) ? option.series : [option.series];
  for (const s of series as SeriesLike[]) walk(s?.data, 0);
  return [...out];
}
