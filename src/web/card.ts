/** @module A headline card of the Overview: title, value (its raw number in data-value), a line beneath and the source. */
import { h, html } from "./dom.ts";
import { type Citable, sourceHtml } from "./format.ts";

export function card(
  id: string,
  title: string,
  value: string,
  raw: number | null,
  sub: Node | string,
  source?: Citable,
): HTMLElement {
  return h(
    "div",
    { class: "card", "data-testid": `card-${id}`, "data-value": raw ?? "" },
    h("div", { class: "card-title" }, title),
    h("div", { class: "card-value" }, value),
    h("div", { class: "card-sub" }, sub),
    source ? h("div", { class: "card-src" }, html(sourceHtml(source))) : null,
  );
}
