/** @module Renders figures for `lodestone figures`: a table whose shared columns move to a caption, CSV or JSON. */
import { figuresToCsv } from "../store/figure-csv.ts";
import type { FigureRow } from "../store/store.ts";
import { formatNumber, toTable } from "./format.ts";
import { columnWidths, ellipsize, remainingWidth, sourceLabel } from "./source-label.ts";

const SIGN = { gt: ">", gte: "≥", lt: "<", lte: "≤" } as const;

function valueText(f: FigureRow): string {
  if (f.value !== null)
    return `${f.qualifier ? SIGN[f.qualifier] : ""}${f.approx ? "~" : ""}${formatNumber(f.value)}`;
  if (f.low !== null && f.high !== null) return `${formatNumber(f.low)}–${formatNumber(f.high)}`;
  return f.low !== null ? `>${formatNumber(f.low)}` : `<${formatNumber(f.high)}`;
}

/**
 * The columns that give a number its meaning. Those with one value for every row are printed once, above the table
 * (`metric: export_volume · entity: China ...`), so that the varying ones and the source fit a terminal.
 */
const CONTEXT: [string, (f: FigureRow) => string, number][] = [
  ["metric", (f) => f.metric, 24],
  ["entity", (f) => f.entity, 24],
  ["counterparty", (f) => f.counterparty, 20],
  ["material", (f) => f.material, 22],
  ["unit", (f) => f.unit, 12],
  ["basis", (f) => (f.massBasis === "not_applicable" ? "" : f.massBasis), 16],
  ["terms", (f) => [f.location, f.variant].filter(Boolean).join("; "), 34],
  ["vintage", (f) => `${f.vintage}${f.vintage && f.isLatest ? " (latest)" : ""}`, 28],
];

const quality = (f: FigureRow) =>
  `${f.preferred ? "✓ " : "  "}${f.quality}${f.conflict ? " !" : ""}${f.confidence === "high" ? "" : ` (${f.confidence})`}`;

function table(items: readonly FigureRow[]): string {
  const shared = CONTEXT.filter(([, get]) => new Set(items.map(get)).size === 1);
  const varying = CONTEXT.filter((c) => !shared.includes(c));
  const caption = shared
    .map(([name, get]) => [name, get(items[0]!)] as const)
    .filter(([, v]) => v)
    .map(([name, v]) => `${name}: ${v}`)
    .join(" · ");
  // period, the varying context columns, then value (right-aligned), quality and the source.
  const header = ["period", ...varying.map(([name]) => name), "value", "quality"];
  const rows = items.map((f) => [
    f.period,
    ...varying.map(([, get, max]) => ellipsize(get(f), max)),
    valueText(f) + (f.isDerived ? "*" : ""),
    quality(f),
  ]);
  const room = remainingWidth(columnWidths(header, rows));
  const body = toTable(
    [...header, "source"],
    rows.map((r, k) => [...r, sourceLabel(items[k]!.source, room)]),
    [1 + varying.length],
  );
  return `${caption ? `${caption}\n` : ""}${body}`;
}

export function renderFigures(items: FigureRow[], format: "table" | "csv" | "json"): string {
  if (format === "json") return `${JSON.stringify(items, null, 2)}\n`;
  if (format === "csv") return figuresToCsv(items);
  if (!items.length) return "";
  const notes = [
    items.some((f) => f.preferred) &&
      "✓ preferred value of its series and period (lodestone series gives one per period)",
    items.some((f) => f.isDerived) &&
      "* derived by us from other figures (see --format csv for the arithmetic)",
    items.some((f) => f.conflict) && "! sources disagree beyond rounding",
    items.some((f) => f.qualifier || f.approx) && "> ≥ < ≤ a bound; ~ the source hedges",
  ].filter(Boolean);
  return `${table(items)}${notes.map((n) => `${n}\n`).join("")}`;
}
