/** @module figureTable: figures as a dense table with the source (publisher, date, licence, link) beside each value. */
import { h, html } from "./dom.ts";
import { flags, formatValue, sourceHtml } from "./format.ts";
import type { Figure } from "./types.ts";

export type FigureColumn =
  | "period"
  | "metric"
  | "entity"
  | "counterparty"
  | "material"
  | "location"
  | "vintage"
  | "note";

const LABELS: Record<FigureColumn, string> = {
  period: "Period",
  metric: "Metric",
  entity: "Entity",
  counterparty: "Counterparty",
  material: "Material",
  location: "Basis / location",
  vintage: "Vintage",
  note: "Note",
};

/**
 * The reconciliation state of a figure: ✓ preferred (the one answer for its period), else why not — superseded,
 * excluded with its reason, or another value preferred; and its marks: derived, approximate, bound, conflict.
 */
export function qualityCell(f: Figure, seriesHref: string | null = null): HTMLTableCellElement {
  const tag = (t: string, title = t, label = t) => h("span", { class: `tag tag-${t}`, title }, label);
  const marks = [
    f.preferred ? tag("preferred", "the value chosen for its series and period", "✓ preferred") : null,
    f.quality !== "reported" && f.quality !== "derived" ? tag(f.quality, f.qualityReason || f.quality) : null,
    f.qualifier ? tag("bound", `a bound (${f.qualifier}): the value is a limit, not a point`) : null,
    f.value === null && f.low !== null && f.high !== null ? tag("range", "a range; never collapsed") : null,
    f.conflict ? tag("conflict", "values of the same series and period differ beyond rounding") : null,
  ];
  const why =
    f.quality === "excluded" || f.quality === "superseded"
      ? f.qualityReason || f.excludeReason
      : f.preferred
        ? ""
        : "another value is preferred for this period";
  return h(
    "td",
    {
      class: "quality",
      "data-col": "quality",
      "data-quality": f.quality,
      "data-preferred": String(f.preferred),
    },
    ...marks,
    why ? h("div", { class: "why" }, why.length > 160 ? `${why.slice(0, 157)}…` : why) : null,
    seriesHref
      ? h(
          "a",
          {
            href: seriesHref,
            class: "series-link",
            title: "the series this value belongs to, one value per period",
          },
          "series ↗",
        )
      : null,
  );
}

export interface FigureTableOptions {
  /** Adds a quality column (preferred, superseded, excluded with reason ...). Default true. */
  quality?: boolean;
  /** A link for each row to its series view, shown in the quality cell. */
  link?: (f: Figure) => string | null;
}

export function figureTable(
  rows: Figure[],
  columns: FigureColumn[],
  options: FigureTableOptions = {},
): HTMLTableElement {
  const quality = options.quality ?? true;
  const head = h(
    "tr",
    {},
    ...columns.map((c) => h("th", {}, LABELS[c])),
    h("th", { class: "num" }, "Value"),
    h("th", {}, "Unit"),
    quality ? h("th", {}, "Quality") : null,
    h("th", {}, "Source"),
  );
  const body = rows.map((f) =>
    h(
      "tr",
      { "data-id": f.id, class: f.quality === "excluded" ? "excluded" : f.preferred ? "" : "not-preferred" },
      ...columns.map((c) =>
        c === "note"
          ? h(
              "td",
              { class: "note-cell", title: f.note },
              f.note.length > 140 ? `${f.note.slice(0, 137)}…` : f.note,
            )
          : h("td", { "data-col": c, class: c === "period" ? "nowrap" : undefined }, f[c]),
      ),
      h(
        "td",
        { class: "num" },
        formatValue(f),
        ...flags(f).map((t) =>
          h(
            "span",
            {
              class: `tag tag-${t}`,
              title: t === "derived" ? "computed by Lodestone from reported figures" : t,
            },
            t,
          ),
        ),
      ),
      h("td", { class: "unit" }, f.unit),
      quality ? qualityCell(f, options.link?.(f) ?? null) : null,
      h("td", { class: "source-cell" }, html(sourceHtml(f.source))),
    ),
  );
  return h("table", { class: "data" }, h("thead", {}, head), h("tbody", {}, ...body));
}
