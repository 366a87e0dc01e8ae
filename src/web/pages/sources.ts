/** @module Sources page: every source with its publisher, date, licence, link and how many figures cite it. */
import { api } from "../client.ts";
import { h } from "../dom.ts";
import { formatNumber, licenceLabel, safeUrl } from "../format.ts";
import type { SourceRow } from "../types.ts";

export async function sourcesPage(root: HTMLElement): Promise<void> {
  const { items } = await api.sources();
  const byLicence = new Map<string, number>();
  for (const s of items) byLicence.set(s.licence, (byLicence.get(s.licence) ?? 0) + 1);
  const filter = h(
    "select",
    { id: "licence", "aria-label": "Licence" },
    h("option", { value: "" }, `All licences (${items.length})`),
  );
  for (const [l, n] of [...byLicence].sort())
    filter.append(h("option", { value: l }, `${licenceLabel(l)} (${n})`));
  const search = h("input", {
    id: "source-search",
    type: "search",
    placeholder: "Search publisher or title",
  });
  const body = h("tbody");
  const count = h("span", { class: "muted" });
  const row = (s: SourceRow) => {
    const url = safeUrl(s.url);
    return h(
      "tr",
      {},
      h("td", {}, h("b", {}, s.publisher)),
      h(
        "td",
        {},
        url ? h("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, s.title) : s.title,
      ),
      h("td", {}, s.published),
      h("td", { class: "nowrap" }, s.accessed),
      h(
        "td",
        { title: s.licenceNote },
        h("span", { class: `lic lic-${s.licence}` }, licenceLabel(s.licence)),
      ),
      h("td", { class: "num" }, formatNumber(s.figures)),
      h("td", { class: "mono" }, s.id),
    );
  };
  const draw = () => {
    const q = search.value.toLowerCase();
    const rows = items.filter(
      (s) =>
        (!filter.value || s.licence === filter.value) &&
        (!q || `${s.publisher} ${s.title} ${s.id}`.toLowerCase().includes(q)),
    );
    body.replaceChildren(...rows.map(row));
    count.textContent = `${rows.length} of ${items.length} sources`;
  };
  filter.addEventListener("change", draw);
  search.addEventListener("input", draw);
  root.append(
    h("h1", {}, "Sources"),
    h(
      "p",
      { class: "lede" },
      "Every figure cites one of these sources. Paywalled or licence-restricted data is never shipped; facts read in public pages are recorded with a citation, without reproducing text.",
    ),
    h(
      "div",
      { class: "cards small" },
      ...[...byLicence]
        .sort()
        .map(([l, n]) =>
          h(
            "div",
            { class: "card" },
            h("div", { class: "card-title" }, licenceLabel(l)),
            h("div", { class: "card-value" }, String(n)),
            h("div", { class: "card-sub" }, "sources"),
          ),
        ),
    ),
    h(
      "section",
      { class: "panel" },
      h("div", { class: "panel-head" }, h("div", { class: "controls" }, filter, search), count),
      h(
        "div",
        { class: "table-wrap" },
        h(
          "table",
          { class: "data", "data-testid": "sources-table" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              ...["Publisher", "Title", "Published", "Accessed", "Licence"].map((t) => h("th", {}, t)),
              h("th", { class: "num" }, "Figures"),
              h("th", {}, "Id"),
            ),
          ),
          body,
        ),
      ),
    ),
  );
  draw();
}
