/**
 * @module The rendering of a claim check (POST /api/check-claims or GET /api/articles/{id}/checks): the counts, the
 * warnings, each claim with its verdict, confidence, the comparisons and their sources, and the article text with
 * each claim's quote marked when the text is at hand. The News page draws pasted and ingested articles with it.
 */
import { type MarkInput, segments, worstVerdict } from "./claim-marks.ts";
import type { CheckResponse } from "./client-news.ts";
import { empty, h } from "./dom.ts";
import { formatNumber, safeUrl } from "./format.ts";

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

/** A panel of checks: title, counts, warnings, then the marked text beside the list (or the list alone). */
export function checkResult(r: CheckResponse, title: string, text?: string): HTMLElement {
  const counts = { consistent: 0, inconsistent: 0, unverifiable: 0 };
  for (const c of r.checks) counts[c.verdict]++;
  return h(
    "section",
    { class: "panel", "data-checks": String(r.checks.length) },
    h("h2", {}, title),
    h(
      "p",
      { class: "hint" },
      `${counts.consistent} consistent · ${counts.inconsistent} inconsistent · ${counts.unverifiable} unverifiable`,
    ),
    ...r.warnings.map((w) => h("div", { class: "state empty" }, `${w.message} (${w.code})`)),
    text === undefined
      ? checkList(r)
      : h("div", { class: "two news-result" }, markedText(text, r), checkList(r)),
  );
}
