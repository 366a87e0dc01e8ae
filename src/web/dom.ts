/** @module DOM helpers: a tiny element builder and the loading/error/empty states every page shares. */
import { ApiClientError } from "./client.ts";

type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;
type Child = Node | string | null | undefined | false;

/** Creates an element: `h("a", {href: "#/"}, "Home")`. Event handlers are attributes starting with `on`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === "function") el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (k === "html") el.innerHTML = String(v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/** Raw HTML (already escaped) in a span. */
export function html(markup: string, tag: "span" | "div" = "span"): HTMLElement {
  const el = document.createElement(tag);
  el.innerHTML = markup;
  return el;
}

export function loading(label = "Loading…"): HTMLElement {
  return h("div", { class: "state loading", role: "status" }, h("span", { class: "spinner" }), label);
}

/** A readable error box: the API's own message, with its code. */
export function errorBox(e: unknown, what = "Could not load data"): HTMLElement {
  const message = e instanceof Error ? e.message : String(e);
  const code = e instanceof ApiClientError ? e.code : "error";
  return h(
    "div",
    { class: "state error", role: "alert", "data-code": code },
    h("strong", {}, `${what}: `),
    h("span", { class: "error-message" }, message),
    h("small", {}, ` (${code})`),
  );
}

export function empty(label: string): HTMLElement {
  return h("div", { class: "state empty" }, label);
}

/** Runs `load` with a loading state in `slot`, replacing it with the result or a readable error. */
export async function withLoading(
  slot: HTMLElement,
  load: () => Promise<Node>,
  what?: string,
): Promise<void> {
  slot.replaceChildren(loading());
  try {
    slot.replaceChildren(await load());
  } catch (e) {
    slot.replaceChildren(errorBox(e, what));
  }
}
