/** @module Curated-table pages: filter pickers kept in the address, the source cell and the empty state, shared. */
import { toQuery } from "./client.ts";
import { empty, h, html } from "./dom.ts";
import { type Citable, sourceHtml } from "./format.ts";

export interface FilterSpec {
  /** The API's query parameter. */
  key: string;
  label: string;
  /** A select offers `options` (plus "any"); text, year and period are typed (checked by the API), `options` as hints. */
  kind: "select" | "text" | "year" | "period";
  options?: readonly string[];
  /** Shown for an option (default: the value with underscores as spaces). */
  optionLabel?: (v: string) => string;
  placeholder?: string;
}

/** The filter values in the address (`#/projects?country=China`), for the given keys only. */
export function queryOf(q: URLSearchParams, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) {
    const v = q.get(k)?.trim();
    if (v) out[k] = v;
  }
  return out;
}

const nice = (v: string) => v.replace(/_/g, " ");

/**
 * A filter form: selects apply on change, typed fields on Enter or Apply; applying writes the address, so a view can
 * be bookmarked and shared. `extra` keeps page state that is not an API filter (a chart group, a log scale).
 */
export function filterForm(
  page: string,
  specs: readonly FilterSpec[],
  current: Record<string, string>,
  extra: Record<string, string> = {},
): HTMLFormElement {
  const fields = specs.map((s) => {
    const id = `${page}-${s.key}`;
    const value = current[s.key] ?? "";
    const control =
      s.kind === "select"
        ? h(
            "select",
            { id, name: s.key },
            h("option", { value: "" }, "any"),
            // A value typed into the address that is not offered stays visible (the API says what is wrong with it).
            ...[...new Set([...(s.options ?? []), ...(value ? [value] : [])])].map((o) =>
              h("option", { value: o, selected: o === value }, (s.optionLabel ?? nice)(o)),
            ),
          )
        : h("input", {
            id,
            name: s.key,
            value,
            ...(s.options?.length ? { list: `${id}-list` } : {}),
            placeholder:
              s.placeholder ??
              (s.kind === "year" ? "year, e.g. 2025" : s.kind === "period" ? "e.g. 2025-01" : "any"),
            autocomplete: "off",
            inputmode: s.kind === "year" ? "numeric" : undefined,
          });
    const list =
      s.kind !== "select" && s.options?.length
        ? h("datalist", { id: `${id}-list` }, ...s.options.map((o) => h("option", { value: o })))
        : null;
    return h("label", { class: "field" }, h("span", {}, s.label), control, list);
  });
  const form = h(
    "form",
    { class: "filters", id: `${page}-filters` },
    ...fields,
    h(
      "div",
      { class: "actions" },
      h("button", { type: "submit", class: "primary" }, "Apply"),
      h("a", { href: `#/${page}`, class: "button" }, "Reset"),
    ),
  );
  const apply = () => {
    const data = new FormData(form);
    const next: Record<string, string> = { ...extra };
    for (const s of specs) {
      const v = String(data.get(s.key) ?? "").trim();
      if (v) next[s.key] = v;
    }
    location.hash = `#/${page}${toQuery(next)}`;
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    apply();
  });
  for (const sel of form.querySelectorAll("select")) sel.addEventListener("change", apply);
  return form;
}

/** The source cell every curated row ends in: publisher, date, licence and a link. */
export function sourceCell(s: Citable): HTMLTableCellElement {
  return h("td", { class: "source-cell" }, html(sourceHtml(s)));
}

/** The excluded state of a row: its reason, for a greyed row that is never relied on. */
export function excludedLine(reason: string): HTMLElement | null {
  return reason
    ? h("div", { class: "why" }, h("span", { class: "tag tag-excluded" }, "excluded"), ` ${reason}`)
    : null;
}

/** The last cell of a curated row: why it is excluded, if it is, and the note (its first 160 characters, all on hover). */
export function noteCell(excludeReason: string, note: string): HTMLTableCellElement {
  return h(
    "td",
    { class: "note-cell" },
    excludedLine(excludeReason),
    h("div", { title: note }, note.length > 160 ? `${note.slice(0, 157)}…` : note),
  );
}

/** The filter every curated page offers: rows whose source is unusable included (flagged), left out, or alone. */
export const EXCLUDED_FILTER: FilterSpec = {
  key: "excluded",
  label: "Excluded rows",
  kind: "select",
  options: ["include", "exclude", "only"],
};

/** An empty result that says why (the API's reason), never a blank. */
export function emptyResult(reason: string | undefined, what: string): HTMLElement {
  return empty(reason ? `No ${what}: ${reason}` : `No ${what} match these filters.`);
}

/** Distinct non-empty values, sorted. */
export const distinct = (xs: readonly string[]) =>
  [...new Set(xs.filter(Boolean))].sort((a, b) => a.localeCompare(b));

/** A table head row. */
export const headRow = (labels: readonly string[], numeric: readonly string[] = []) =>
  h("thead", {}, h("tr", {}, ...labels.map((t) => h("th", { class: numeric.includes(t) ? "num" : "" }, t))));
