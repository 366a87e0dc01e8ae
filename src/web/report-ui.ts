/**
 * @module Export buttons shared by pages: an XLSX link to the API's workbook routes, and reports (the same HTML as
 * `lodestone report`) built on the page and downloaded as a file that prints cleanly to PDF.
 */
import { getEntity, resolveEntity } from "../domain/entity.ts";
import { type BriefInput, briefReport, collectBrief } from "../domain/report-brief.ts";
import { type ReportDoc, reportHtml } from "../domain/report-html.ts";
import { api } from "./client.ts";
import { errorBox, h } from "./dom.ts";

/** A link to an XLSX workbook route of the API (its 4xx errors come back as the API's JSON message). */
export function xlsxLink(id: string, href: string, label = "Download XLSX"): HTMLAnchorElement {
  return h("a", { id, class: "button", href, download: "", "data-testid": id }, label);
}

/** Saves `html` as a file (and opens it in a tab when the browser allows), so it can be printed to PDF. */
export function saveReport(doc: ReportDoc, filename: string): string {
  const html = reportHtml(doc);
  const url = URL.createObjectURL(new Blob([html], { type: "text/html;charset=utf-8" }));
  const a = h("a", { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return html;
}

/** A button that builds a report (or a file) on click, with a readable error beside it when that fails. */
export function reportButton(
  id: string,
  label: string,
  build: () => Promise<{ doc: ReportDoc; file: string } | null>,
) {
  const slot = h("span", {});
  const b = h("button", { type: "button", id, "data-testid": id }, label);
  b.addEventListener("click", async () => {
    b.disabled = true;
    slot.replaceChildren();
    try {
      // null: the builder saved its own file (a workbook).
      const made = await build();
      if (made) b.dataset.bytes = String(saveReport(made.doc, made.file).length);
      b.dataset.done = String(Number(b.dataset.done ?? 0) + 1);
    } catch (e) {
      slot.replaceChildren(errorBox(e, "Report failed"));
    } finally {
      b.disabled = false;
    }
  });
  return h("span", { class: "report-button" }, b, slot);
}

const isCountry = (name: string) => (resolveEntity(name) ?? getEntity(name))?.kind === "country";

/** The brief's input from the API: the same reads as `lodestone report brief` makes on the store. */
export function briefFromApi(
  month: string,
  material: string,
  n = 10,
): Promise<Omit<BriefInput, "generatedAt">> {
  return collectBrief(
    {
      series: (q) => api.series(q),
      figures: async (q) => (await api.figures({ ...q, limit: 10_000 })).items,
      prices: (q) => api.prices(q),
    },
    month,
    material,
    n,
    isCountry,
  );
}

/** The monthly brief for `month`, built on the page. */
export async function briefDoc(month: string, material: string): Promise<{ doc: ReportDoc; file: string }> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
    throw new RangeError(`the brief needs a month (YYYY-MM); got "${month}"`);
  const input = await briefFromApi(month, material);
  return {
    doc: briefReport({ ...input, generatedAt: new Date().toISOString().slice(0, 16).replace("T", " ") }),
    file: `lodestone-brief-${month}.html`,
  };
}
