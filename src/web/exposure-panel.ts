/** @module The Policy page's exposure check (a product, element or HS code → the controls that name it) and its date cell. */
import { distinct } from "./curated.ts";
import { empty, errorBox, h, html } from "./dom.ts";
import { exposureCheck, exposureProblem, PRODUCTS } from "./exposure.ts";
import { sourceHtml } from "./format.ts";
import type { PolicyEvent } from "./types.ts";

export /** A measure's date, with its effective and end dates beneath when they differ. */
function datesCell(e: PolicyEvent, attrs: Record<string, string> = {}): HTMLTableCellElement {
  return h(
    "td",
    { class: "nowrap", ...attrs },
    e.date,
    e.effectiveDate && e.effectiveDate !== e.date
      ? h("div", { class: "muted" }, `effective ${e.effectiveDate}`)
      : null,
    e.endDate ? h("div", { class: "muted" }, `until ${e.endDate}`) : null,
  );
}

/** Exposure check: pick a product or an element, or type an HS code; see the controls that name it, with dates and status. */
export function exposurePanel(events: PolicyEvent[]): HTMLElement {
  const product = h(
    "select",
    { id: "exposure-product", "aria-label": "Product" },
    h("option", { value: "" }, "— any —"),
    ...PRODUCTS.map((p) => h("option", { value: p.id }, p.label)),
  );
  const element = h(
    "select",
    { id: "exposure-element", "aria-label": "Element" },
    h("option", { value: "" }, "— any —"),
    ...distinct(events.flatMap((e) => e.elements)).map((x) => h("option", { value: x }, x)),
  );
  const hs = h("input", {
    id: "exposure-hs",
    type: "text",
    placeholder: "e.g. 8505 or 85051110",
    "aria-label": "HS code",
  });
  const out = h("div", { "data-testid": "exposure-results" });
  const run = () => {
    const q = {
      product: product.value || undefined,
      element: element.value || undefined,
      hs: hs.value.trim() || undefined,
    };
    const problem = exposureProblem(q);
    if (problem) {
      out.replaceChildren(errorBox(new Error(problem), "Cannot check"));
      return;
    }
    const hits = exposureCheck(events, q);
    out.replaceChildren(
      hits.length
        ? h(
            "div",
            { class: "table-wrap" },
            h(
              "table",
              { class: "data", "data-count": String(hits.length) },
              h(
                "thead",
                {},
                h(
                  "tr",
                  {},
                  h("th", {}, "Date"),
                  h("th", {}, "Status"),
                  h("th", {}, "Measure"),
                  h("th", {}, "Why it applies"),
                  h("th", {}, "Source"),
                ),
              ),
              h(
                "tbody",
                {},
                ...hits.map(({ event: e, why }) =>
                  h(
                    "tr",
                    { "data-id": e.id },
                    datesCell(e),
                    h(
                      "td",
                      {},
                      h("span", { class: `status status-${e.status}` }, e.status.replace(/_/g, " ")),
                    ),
                    h(
                      "td",
                      {},
                      h("b", {}, e.title),
                      h(
                        "div",
                        { class: "muted" },
                        `${e.jurisdiction} · ${e.instruments.join(", ").replace(/_/g, " ")}`,
                      ),
                    ),
                    h("td", {}, why.join("; ")),
                    h("td", { class: "source-cell" }, html(sourceHtml(e.source))),
                  ),
                ),
              ),
            ),
          )
        : empty("No export control, suspension, licence, tariff or quota in the register names it."),
    );
  };
  return h(
    "section",
    { class: "panel", "data-testid": "exposure" },
    h("h2", {}, "Exposure check"),
    h(
      "p",
      { class: "hint" },
      "Which controls apply to a product, an element or an HS code (a code covers the codes that start with it), with their dates and status, newest first. A product matches a measure whose materials name it (the register's words are shown) or whose HS codes fall under its heading.",
    ),
    h(
      "form",
      {
        class: "filters",
        onsubmit: (e: Event) => {
          e.preventDefault();
          run();
        },
      },
      h("label", { class: "field" }, h("span", {}, "Product"), product),
      h("label", { class: "field" }, h("span", {}, "Element"), element),
      h("label", { class: "field" }, h("span", {}, "HS code"), hs),
      h(
        "div",
        { class: "actions" },
        h("button", { type: "submit", class: "primary", id: "exposure-run" }, "Check"),
      ),
    ),
    out,
  );
}
