/**
 * @module News page: paste or upload an article and see its claims checked (POST /api/check-claims), each claim
 * highlighted in the text with its verdict, the evidence and its sources; below, the ingested articles and claims.
 */
import { claimLine } from "../claim-line.ts";
import { type MarkInput, segments, uploadProblem, worstVerdict } from "../claim-marks.ts";
import { type CheckResponse, checkClaims, newsApi } from "../client-news.ts";
import { empty, errorBox, h, loading, withLoading } from "../dom.ts";
import { formatNumber, safeUrl } from "../format.ts";

/** Upload limit, the API's own (5 MiB of text). */
const MAX_BYTES = 5 * 1024 * 1024;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const VERDICT_LABEL = {
  consistent: "consistent",
  inconsistent: "inconsistent",
  unverifiable: "unverifiable",
} as const;

function marksOf(r: CheckResponse): MarkInput[] {
  return r.checks.map((c, i) => ({
    n: i + 1,
    verdict: c.verdict,
    quote: String(c.claim.quote ?? ""),
    start: typeof c.claim.quote_start === "number" ? c.claim.quote_start : undefined,
    end: typeof c.claim.quote_end === "number" ? c.claim.quote_end : undefined,
  }));
}

/** The article with each claim's quote marked (colour = verdict, number = the claim in the list). */
function markedText(text: string, r: CheckResponse): HTMLElement {
  const box = h("div", { class: "article-text", "data-testid": "article-text" });
  for (const s of segments(text, marksOf(r))) {
    if (!("marks" in s)) box.append(s.text);
    else {
      const v = worstVerdict(s.marks);
      box.append(
        h(
          "mark",
          {
            class: `claim claim-${v}`,
            title: s.marks.map((m) => `#${m.n} ${m.verdict}`).join(", "),
            "data-verdict": v,
          },
          s.text,
        ),
      );
    }
  }
  return box;
}

function checkList(r: CheckResponse): HTMLElement {
  if (!r.checks.length)
    return empty("No checkable claims found in this text (figures with a unit, period and subject).");
  return h(
    "ol",
    { class: "checks", "data-testid": "checks" },
    ...r.checks.map((c, i) =>
      h(
        "li",
        { class: `check check-${c.verdict}`, id: `claim-${i + 1}`, "data-verdict": c.verdict },
        h(
          "div",
          {},
          h("span", { class: `tag verdict verdict-${c.verdict}` }, VERDICT_LABEL[c.verdict]),
          c.confidence > 0
            ? h("small", { class: "muted" }, ` confidence ${formatNumber(c.confidence, 2)}`)
            : null,
          c.subject === "event" ? h("small", { class: "muted" }, " · event") : null,
        ),
        h("blockquote", {}, String(c.claim.quote ?? "")),
        ...c.reasons.map((x) =>
          h(
            "div",
            { class: "reason" },
            h("span", { class: `tag verdict-${x.outcome}` }, x.kind.replace(/_/g, " ")),
            " ",
            x.message,
            x.sources.length
              ? h(
                  "div",
                  { class: "src-list" },
                  "Evidence: ",
                  ...x.sources.flatMap((s, k) => {
                    const url = safeUrl(s.url);
                    const label = `${s.publisher}${s.published ? `, ${s.published}` : ""}`;
                    return [
                      k ? "; " : "",
                      url
                        ? h("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, label)
                        : label,
                    ];
                  }),
                )
              : null,
          ),
        ),
        ...c.attribution.doubts.map((d) => h("div", { class: "reason muted" }, `Doubt: ${d.message}`)),
      ),
    ),
  );
}

async function ingested(): Promise<Node> {
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
  const listBody = h("div", {});
  list.append(listBody);
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
      const counts = { consistent: 0, inconsistent: 0, unverifiable: 0 };
      for (const c of r.checks) counts[c.verdict]++;
      out.replaceChildren(
        h(
          "section",
          { class: "panel", "data-checks": String(r.checks.length) },
          h("h2", {}, `${r.checks.length} claims checked`),
          h(
            "p",
            { class: "hint" },
            `${counts.consistent} consistent · ${counts.inconsistent} inconsistent · ${counts.unverifiable} unverifiable`,
          ),
          ...r.warnings.map((w) => h("div", { class: "state empty" }, `${w.message} (${w.code})`)),
          h("div", { class: "two news-result" }, markedText(body, r), checkList(r)),
        ),
      );
    } catch (err) {
      out.replaceChildren(errorBox(err, "The API rejected this article"));
    } finally {
      go.disabled = false;
    }
  });
  await withLoading(listBody, ingested, "Could not load the ingested articles");
}
