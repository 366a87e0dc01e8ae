/** @module The frame of a curated-table page: title, lede and filters; the API's rows or why there are none; the table panel. */
import { csvButton } from "./csv.ts";
import { emptyResult, type FilterSpec, filterForm, headRow, queryOf } from "./curated.ts";
import { errorBox, h } from "./dom.ts";
import type { Page } from "./types.ts";

export interface CuratedFrameOptions {
  /** Route and id prefix: `projects` is `#/projects`, `projects-results`, `projects-table` ... */
  page: string;
  title: string;
  lede: string;
  specs: readonly FilterSpec[];
  /** Address keys that are page state, not API filters (a chart group, a log scale), kept when filters apply. */
  keep?: readonly string[];
}

/** Appends the title, lede and filter form to `root`; returns the filters in the address and the results element. */
export function curatedFrame(
  root: HTMLElement,
  query: URLSearchParams,
  o: CuratedFrameOptions,
): { filters: Record<string, string>; results: HTMLElement } {
  const filters = queryOf(
    query,
    o.specs.map((s) => s.key),
  );
  const results = h("div", { "data-testid": `${o.page}-results` });
  const form = filterForm(o.page, o.specs, filters, o.keep ? queryOf(query, o.keep) : {});
  root.append(
    h("h1", {}, o.title),
    h("p", { class: "lede" }, o.lede),
    h("section", { class: "panel" }, form),
    results,
  );
  return { filters, results };
}

/**
 * The rows of an API page with their total before filters; when there are none, `results` shows why (the API's
 * error, or its reason for an empty page) and the answer is null.
 */
export async function loadRows<T>(
  results: HTMLElement,
  fetch: () => Promise<Page<T>>,
  what: string,
): Promise<T[] | null> {
  let page: Page<T>;
  try {
    page = await fetch();
  } catch (e) {
    results.replaceChildren(errorBox(e, "The API rejected these filters"));
    return null;
  }
  if (page.items.length) return page.items;
  results.replaceChildren(emptyResult(page.reason, what));
  return null;
}

export interface TablePanelOptions {
  page: string;
  /** `12 of 40 projects`. */
  count: string;
  csvFile: string;
  csv: Parameters<typeof csvButton>[2];
  head: readonly string[];
  /** Head labels of right-aligned (numeric) columns. */
  numeric?: readonly string[];
  rows: readonly HTMLTableRowElement[];
}

/** The panel under the charts: the count, a CSV of what is shown, and the table. */
export function tablePanel(o: TablePanelOptions): HTMLElement {
  return h(
    "section",
    { class: "panel" },
    h(
      "div",
      { class: "panel-head" },
      h("span", { "data-testid": "result-count" }, o.count),
      csvButton(`${o.page}-csv`, o.csvFile, o.csv),
    ),
    h(
      "div",
      { class: "table-wrap" },
      h(
        "table",
        { class: "data", "data-testid": `${o.page}-table` },
        headRow(o.head, o.numeric),
        h("tbody", {}, ...o.rows),
      ),
    ),
  );
}

/**
 * The chart controls of a page whose rows fall into groups drawn one at a time (one unit, one basis): a group picker
 * and a log-scale box, each calling back with its new value.
 */
export function groupControls(
  page: string,
  label: string,
  groups: readonly { key: string; label: string; n: number }[],
  current: { group: string; log: boolean },
  on: { group: (key: string) => void; log: (on: boolean) => void },
): HTMLElement {
  const pick = h(
    "select",
    { id: `${page}-group`, "aria-label": label },
    ...groups.map((g) =>
      h("option", { value: g.key, selected: g.key === current.group }, `${g.label} (${g.n})`),
    ),
  );
  pick.addEventListener("change", () => on.group(pick.value));
  const box = h("input", { type: "checkbox", id: `${page}-log`, checked: current.log });
  box.addEventListener("change", () => on.log(box.checked));
  return h("div", { class: "controls" }, pick, h("label", { class: "check" }, box, " log scale"));
}
