/**
 * @module The frame every chart gets beneath it: its sources as text (so a screenshot keeps them), downloads of the
 * chart as SVG or PNG (with title and sources drawn in) and of its data as CSV, and a permalink to the page's state.
 */
import type { ECharts, EChartsCoreOption } from "echarts/core";
import { citationsIn, fileStem, optionTable, svgWithSources } from "./chart-export.ts";
import { type CsvCell, toCsv } from "../domain/csv-text.ts";
import { h } from "./dom.ts";
import { licenceLabel } from "./format.ts";

export interface ChartFrame {
  /** Title used in file names and drawn above exported images (default: the panel's heading). */
  title?: string;
  /** Sources beyond those the chart's data items cite (model runs, scenario files). */
  sources?: string[];
  /** The CSV of what is drawn; default: read from the option (`optionTable`). */
  csv?: () => { header: readonly string[]; rows: readonly (readonly CsvCell[])[] };
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const scale = 2;
  const canvas = h("canvas", { width: width * scale, height: height * scale });
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("this browser cannot draw a PNG (no 2D canvas); use SVG");
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"),
  );
}

/** The page's address with `chart=<id>` set, so opening it restores the state and scrolls to the chart. */
export function permalink(id: string): string {
  const [path = "", q = ""] = location.hash.replace(/^#/, "").split("?");
  const params = new URLSearchParams(q);
  params.set("chart", id);
  return `${location.origin}${location.pathname}#${path || "/"}?${params.toString()}`;
}

let counter = 0;

/** Adds (or replaces) the frame beneath the chart `el`. */
export function frameChart(
  el: HTMLElement,
  chart: ECharts,
  option: EChartsCoreOption,
  frame: ChartFrame = {},
): void {
  const opt = option as Record<string, unknown>;
  const id = el.dataset.testid ?? el.id ?? `chart-${++counter}`;
  el.dataset.chartId = id;
  const heading = el.closest("section")?.querySelector("h2, h3")?.textContent?.trim();
  const title = frame.title ?? heading ?? document.title;
  const sources = [
    ...new Set([
      ...(frame.sources ?? []),
      // Publisher, date and licence; the address of each is in the tooltips and the CSV.
      ...citationsIn(opt, (c) => `${c.publisher}, ${c.published} (${licenceLabel(c.licence)})`),
    ]),
  ];
  const table = () => (frame.csv ? frame.csv() : optionTable(opt));
  const stem = fileStem(title);
  const image = () => {
    const { width, height } = el.getBoundingClientRect();
    const w = Math.max(320, Math.round(width));
    const hgt = Math.max(200, Math.round(height));
    const svg = svgWithSources(chart.renderToSVGString(), w, hgt, title, sources);
    const total = Number(/height="(\d+)"/.exec(svg)?.[1] ?? hgt);
    return { svg, w, total };
  };
  const btn = (label: string, act: () => void | Promise<void>, testid: string) =>
    h(
      "button",
      { type: "button", class: "link-button", "data-testid": testid, onclick: () => void act() },
      label,
    );
  const link = h(
    "a",
    { href: permalink(id), class: "link-button", "data-testid": "chart-link" },
    "Permalink",
  );
  link.addEventListener("click", (e) => {
    e.preventDefault();
    link.href = permalink(id);
    void navigator.clipboard?.writeText(link.href).catch(() => undefined);
    history.replaceState(null, "", link.href);
    link.textContent = "Link copied";
  });
  const foot = h(
    "div",
    { class: "chart-foot", "data-testid": "chart-foot" },
    h(
      "p",
      { class: "chart-sources" },
      sources.length
        ? `Sources: ${sources.join(" · ")}`
        : "Sources: not given for this chart (each value's tooltip shows what it has).",
    ),
    h(
      "div",
      { class: "chart-tools" },
      btn(
        "SVG",
        () => {
          download(`${stem}.svg`, new Blob([image().svg], { type: "image/svg+xml" }));
        },
        "chart-svg",
      ),
      btn(
        "PNG",
        async () => {
          const { svg, w, total } = image();
          download(`${stem}.png`, await svgToPng(svg, w, total));
        },
        "chart-png",
      ),
      btn(
        "CSV",
        () => {
          const t = table();
          download(
            `${stem}.csv`,
            new Blob([toCsv(t.header, t.rows, "\r\n")], { type: "text/csv;charset=utf-8" }),
          );
        },
        "chart-csv",
      ),
      link,
    ),
  );
  const next = el.nextElementSibling;
  if (next?.classList.contains("chart-foot")) next.replaceWith(foot);
  else el.after(foot);
}
