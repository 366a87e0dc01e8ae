/**
 * @module reportHtml (pure): a report as one self-contained HTML page that prints cleanly to PDF (A4, no page break
 * inside a section's table or chart, links printed as addresses): sections with text, tables and inline SVG line
 * charts, then every source with its licence. Used by `lodestone report` and the dashboard alike.
 */
import { licenceLabel } from "./source.ts";

export type ReportCell = string | number | null;

export interface ReportChart {
  x: string[];
  series: { name: string; values: (number | null)[]; dashed?: boolean }[];
  unit: string;
}
export interface ReportSection {
  title: string;
  paragraphs?: string[];
  table?: { header: string[]; rows: ReportCell[][] };
  chart?: ReportChart;
  /** Sources of this section's numbers, as one line each. */
  sources?: string[];
}
export interface ReportSource {
  publisher: string;
  title?: string | undefined;
  published?: string | undefined;
  url: string;
  licence?: string | undefined;
}
export interface ReportDoc {
  title: string;
  subtitle: string;
  generatedAt: string;
  sections: ReportSection[];
  sources: ReportSource[];
  notes?: string[];
}

/** Escapes text for HTML: the reports and the dashboard pages use this one. */
export function esc(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

/** A number for a report: thousands separators, at most `digits` decimals; null as "–". */
export function num(v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "–";
  const d = Math.abs(v) >= 1000 ? 0 : digits;
  return v.toLocaleString("en-GB", { maximumFractionDigits: d });
}

const COLORS = ["#1f5f8b", "#e07b39", "#3a9d5d", "#c44e52", "#8172b2", "#937860"];

/** A line chart as inline SVG (no script): y from 0 (or the minimum when below 0), x evenly spaced, a legend. */
export function svgLines(c: ReportChart, width = 680, height = 240): string {
  const L = 56;
  const R = 12;
  const T = 12;
  const B = 44;
  const vals = c.series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  if (!vals.length || c.x.length === 0) return "";
  const lo = Math.min(0, ...vals);
  const hi = Math.max(...vals, lo + 1e-9);
  const x = (i: number) => L + (c.x.length === 1 ? 0 : (i * (width - L - R)) / (c.x.length - 1));
  const y = (v: number) => T + (height - T - B) * (1 - (v - lo) / (hi - lo));
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => lo + f * (hi - lo));
  const every = Math.max(1, Math.ceil(c.x.length / 10));
  const grid = ticks
    .map(
      (v) =>
        `<line x1="${L}" x2="${width - R}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#e6e9ee"/>` +
        `<text x="${L - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${esc(num(v, 1))}</text>`,
    )
    .join("");
  const xl = c.x
    .map((t, i) =>
      i % every === 0 || i === c.x.length - 1
        ? `<text x="${x(i).toFixed(1)}" y="${height - B + 16}" text-anchor="${i === c.x.length - 1 ? "end" : i === 0 ? "start" : "middle"}">${esc(t)}</text>`
        : "",
    )
    .join("");
  const lines = c.series
    .map((s, k) => {
      let d = "";
      let pen = false;
      s.values.forEach((v, i) => {
        if (v === null || !Number.isFinite(v)) {
          pen = false;
          return;
        }
        d += `${pen ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
        pen = true;
      });
      // A dot on every value, so a month between two gaps is still seen.
      const dots = s.values
        .map((v, i) =>
          v === null || !Number.isFinite(v)
            ? ""
            : `<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="1.8"/>`,
        )
        .join("");
      const color = COLORS[k % COLORS.length];
      return `<path d="${d}" fill="none" stroke="${color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ""}/><g fill="${color}">${dots}</g>`;
    })
    .join("");
  const legend = c.series
    .map(
      (s, k) =>
        `<tspan fill="${COLORS[k % COLORS.length]}">■</tspan> ${esc(s.name)}${k < c.series.length - 1 ? "    " : ""}`,
    )
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(c.series.map((s) => s.name).join(", "))} (${esc(c.unit)})" font-size="10" font-family="system-ui, sans-serif" fill="#4a5563">` +
    `${grid}${xl}${lines}<text x="${L}" y="${height - 6}">${legend}</text>` +
    `<text x="4" y="${T + 2}" font-size="9">${esc(c.unit)}</text></svg>`
  );
}

const CSS = `
*{box-sizing:border-box}body{font:11pt/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2733;margin:0 auto;max-width:760px;padding:24px}
h1{font-size:18pt;margin:0 0 4px}h2{font-size:13pt;margin:22px 0 6px;border-bottom:1px solid #d7dde4;padding-bottom:3px}
.sub{color:#5b6773;margin:0 0 12px}.src,.note{color:#5b6773;font-size:9pt}table{border-collapse:collapse;width:100%;font-size:9.5pt;margin:6px 0}
th,td{border-bottom:1px solid #e6e9ee;padding:3px 6px;text-align:left;vertical-align:top}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
th{background:#f3f5f8}svg{width:100%;height:auto;margin:4px 0}section{break-inside:avoid;page-break-inside:avoid}
a{color:#1f5f8b}ol.sources{font-size:9pt;padding-left:18px}.print{margin:8px 0 16px}
@page{size:A4;margin:16mm 14mm}
@media print{body{padding:0;max-width:none}.print{display:none}a[href^="http"]::after{content:" <" attr(href) ">";font-size:8pt;color:#5b6773;word-break:break-all}}
`;

export function reportHtml(doc: ReportDoc): string {
  const isNum = (v: ReportCell) => typeof v === "number";
  const sections = doc.sections
    .map((s) => {
      const table = s.table
        ? `<table><thead><tr>${s.table.header.map((h, i) => `<th${s.table!.rows.some((r) => isNum(r[i] ?? null)) ? ' class="n"' : ""}>${esc(h)}</th>`).join("")}</tr></thead><tbody>${s.table.rows
            .map(
              (r) =>
                `<tr>${r.map((v) => (isNum(v) ? `<td class="n">${esc(num(v as number))}</td>` : `<td>${esc(v === null ? "–" : String(v))}</td>`)).join("")}</tr>`,
            )
            .join("")}</tbody></table>`
        : "";
      return (
        `<section><h2>${esc(s.title)}</h2>${(s.paragraphs ?? []).map((p) => `<p>${esc(p)}</p>`).join("")}` +
        `${s.chart ? svgLines(s.chart) : ""}${table}` +
        `${s.sources?.length ? `<p class="src">Sources: ${s.sources.map(esc).join(" · ")}</p>` : ""}</section>`
      );
    })
    .join("");
  const sources = doc.sources
    .map((s) => {
      const link = /^https?:\/\//i.test(s.url)
        ? `<a href="${esc(s.url)}">${esc(s.title || s.url)}</a>`
        : esc(s.url);
      return `<li><b>${esc(s.publisher)}</b>${s.published ? `, ${esc(s.published)}` : ""} · ${esc(s.licence ? licenceLabel(s.licence) : "licence not recorded")} · ${link}</li>`;
    })
    .join("");
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${esc(doc.title)}</title><style>${CSS}</style></head><body>` +
    `<h1>${esc(doc.title)}</h1><p class="sub">${esc(doc.subtitle)} · generated ${esc(doc.generatedAt)} by Lodestone</p>` +
    `<p class="print"><button onclick="window.print()">Print or save as PDF</button></p>` +
    `${sections}<section><h2>Sources and licences</h2><ol class="sources">${sources}</ol>` +
    `${(doc.notes ?? []).map((n) => `<p class="note">${esc(n)}</p>`).join("")}</section></body></html>\n`
  );
}
