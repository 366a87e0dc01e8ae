/**
 * @module News page: paste or upload an article and see its claims checked (POST /api/check-claims), each claim
 * highlighted in the text with its verdict, the evidence and its sources; below, the ingested articles and claims,
 * each article's claims checked the same way on demand (GET /api/articles/{id}/checks; `?article=<id>` opens them).
 */
import { claimLine } from "../claim-line.ts";
import { uploadProblem } from "../claim-marks.ts";
import { checkResult } from "../check-view.ts";
import { type ArticleRow, checkClaims, newsApi } from "../client-news.ts";
import { empty, errorBox, h, loading, withLoading } from "../dom.ts";
import { safeUrl } from "../format.ts";

/** Upload limit, the API's own (5 MiB of text). */
const MAX_BYTES = 5 * 1024 * 1024;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ARTICLE_ID = /^[0-9a-f]{64}$/;

/** Draws an ingested article's checks into `out` (the same rendering as a pasted article's, without its text). */
async function showChecks(out: HTMLElement, id: string): Promise<void> {
  out.replaceChildren(loading("Checking the article's claims…"));
  try {
    const r = await newsApi.checks(id);
    const title = r.article.title ?? r.article.id.slice(0, 12);
    const basis =
      r.basis === "text"
        ? `The stored text read again${r.article.docDate ? ` with its date ${r.article.docDate}` : ""}, checked as a pasted article is.`
        : "Only the stored claims were checked (the article's text is not stored).";
    const panel = checkResult(r, `${title}: ${r.checks.length} claims checked`);
    panel.setAttribute("data-article-id", r.article.id);
    panel.querySelector("h2")?.after(h("p", { class: "hint" }, basis));
    out.replaceChildren(panel);
  } catch (err) {
    out.replaceChildren(errorBox(err, "Could not check this article"));
  }
}

async function ingested(onCheck: (a: ArticleRow) => void): Promise<Node> {
  const [arts, claims] = await Promise.all([newsApi.articles(), newsApi.claims()]);
  if (!arts.total)
    return empty("No articles ingested yet (`lodestone ingest <file>` or POST /api/articles).");
  const byArticle = new Map<string, typeof claims.items>();
  for (const c of claims.items) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c]);
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: "data", "data-testid": "articles" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", {}, "Article"),
          h("th", {}, "Published"),
          h("th", { class: "num" }, "Claims"),
          h("th", {}, "Claims (first five)"),
        ),
      ),
      h(
        "tbody",
        {},
        ...arts.items.map((a) => {
          const url = a.sourceUrl ? safeUrl(a.sourceUrl) : null;
          const title = a.title ?? a.id.slice(0, 12);
          return h(
            "tr",
            {},
            h(
              "td",
              {},
              url ? h("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, title) : title,
              a.publisher ? h("div", { class: "muted" }, a.publisher) : null,
              a.claimCount || a.eventCount
                ? h(
                    "div",
                    {},
                    h(
                      "button",
                      {
                        type: "button",
                        class: "link-button",
                        "data-check-article": a.id,
                        onclick: () => onCheck(a),
                      },
                      "Check claims",
                    ),
                  )
                : null,
            ),
            h("td", { class: "nowrap" }, a.published ?? "–"),
            h("td", { class: "num" }, String(a.claimCount)),
            h(
              "td",
              { class: "note-cell" },
              ...(byArticle.get(a.id) ?? [])
                .slice(0, 5)
                .map((c) => h("div", { title: c.quote ?? "" }, claimLine(c))),
            ),
          );
        }),
      ),
    ),
    h(
      "p",
      { class: "hint" },
      `${arts.total} articles, ${claims.total} claims stored. Article texts stay out of the page; each row links to its source.`,
    ),
  );
}

export async function newsPage(root: HTMLElement, query: URLSearchParams): Promise<void> {
  const date0 = query.get("date") ?? "";
  if (date0 && !DATE.test(date0)) throw new RangeError(`"date" must be YYYY-MM-DD; got "${date0}"`);
  const text = h("textarea", {
    id: "article",
    rows: 10,
    placeholder:
      "Paste an article (plain text or HTML). Its figures are extracted and checked against the knowledge base.",
    "aria-label": "Article text",
  });
  const file = h("input", {
    id: "article-file",
    type: "file",
    accept: ".txt,.html,.htm,.md,text/*",
    "aria-label": "Upload an article",
  });
  const date = h("input", { id: "article-date", type: "date", value: date0, "aria-label": "Article date" });
  const go = h("button", { type: "submit", class: "primary" }, "Check claims");
  const out = h("div", { "data-testid": "check-results" });
  const form = h(
    "form",
    { class: "panel news-form", id: "news-form" },
    h("label", { class: "field" }, h("span", {}, "Article"), text),
    h(
      "div",
      { class: "filters" },
      h("label", { class: "field" }, h("span", {}, "…or upload a file"), file),
      h("label", { class: "field" }, h("span", {}, "Article date (resolves “last month”)"), date),
      h("div", { class: "actions" }, go),
    ),
  );
  const list = h("section", { class: "panel" }, h("h2", {}, "Ingested articles and their claims"));
  const articleChecks = h("div", { "data-testid": "article-checks" });
  const listBody = h("div", {});
  list.append(articleChecks, listBody);
  root.append(
    h("h1", {}, "News"),
    h(
      "p",
      { class: "lede" },
      "Check an article's numbers: every figure it states is compared with the sourced data and the model, and marked in the text as consistent, inconsistent or unverifiable, with the evidence.",
    ),
    form,
    out,
    list,
  );
  file.addEventListener("change", async () => {
    const f = file.files?.[0];
    if (!f) return;
    const problem = uploadProblem(f, MAX_BYTES);
    if (problem) {
      out.replaceChildren(errorBox(new Error(problem), "Cannot read this file"));
      file.value = "";
      return;
    }
    text.value = await f.text();
  });
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const body = text.value;
    if (!body.trim()) {
      out.replaceChildren(
        errorBox(new Error("paste an article or upload a text file first"), "Nothing to check"),
      );
      return;
    }
    out.replaceChildren(loading("Extracting and checking claims…"));
    go.disabled = true;
    try {
      const r = await checkClaims(body, date.value || undefined);
      out.replaceChildren(checkResult(r, `${r.checks.length} claims checked`, body));
    } catch (err) {
      out.replaceChildren(errorBox(err, "The API rejected this article"));
    } finally {
      go.disabled = false;
    }
  });
  const onCheck = async (a: ArticleRow) => {
    const q = new URLSearchParams(query);
    q.set("article", a.id);
    history.replaceState(null, "", `#/news?${q.toString()}`);
    articleChecks.scrollIntoView({ block: "start" });
    await showChecks(articleChecks, a.id);
  };
  const article0 = query.get("article");
  if (article0 && !ARTICLE_ID.test(article0))
    throw new RangeError(`"article" must be an article id (64 hex digits); got "${article0.slice(0, 80)}"`);
  await Promise.all([
    withLoading(listBody, () => ingested(onCheck), "Could not load the ingested articles"),
    article0 ? showChecks(articleChecks, article0) : undefined,
  ]);
}
