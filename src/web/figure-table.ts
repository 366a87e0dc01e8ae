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

export function figureTable(rows: Figure[], columns: FigureColumn[]): HTMLTableElement {
  const head = h(
    "tr",
    {},
    ...columns.map((c) => h("th", {}, LABELS[c])),
    h("th", { class: "num" }, "Value"),
    h("th", {}, "Unit"),
    h("th", {}, "Source"),
  );
  const body = rows.map((f) =>
    h(
      "tr",
      { "data-id": f.id },
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
      h("td", { class: "source-cell" }, html(sourceHtml(f.source))),
    ),
  );
  return h("table", { class: "data" }, h("thead", {}, head), h("tbody", {}, ...body));
}
