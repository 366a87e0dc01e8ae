/**
 * @module Claim marks (pure): places each checked claim's quote in the article text — at its offsets when they
 * match, else at the quote's first unclaimed occurrence — and returns the text as segments, plain or marked.
 */

export type Verdict = "consistent" | "inconsistent" | "unverifiable";

export interface MarkInput {
  /** 1-based number shown beside the mark and in the list. */
  n: number;
  verdict: Verdict;
  quote: string;
  start?: number | undefined;
  end?: number | undefined;
}

export type Segment = { text: string } | { text: string; marks: MarkInput[] };

/** Where each quote sits in `text` ([start, end) or null when it cannot be found). */
export function locate(text: string, marks: MarkInput[]): (readonly [number, number] | null)[] {
  return marks.map((m) => {
    if (m.start !== undefined && m.end !== undefined && text.slice(m.start, m.end) === m.quote)
      return [m.start, m.end] as const;
    if (!m.quote) return null;
    const i = text.indexOf(m.quote);
    return i >= 0 ? ([i, i + m.quote.length] as const) : null;
  });
}

/**
 * The text cut at every quote boundary; a segment inside one or more quotes carries those marks (several claims
 * often share one sentence). Segments concatenate back to `text` exactly.
 */
export function segments(text: string, marks: MarkInput[]): Segment[] {
  const spans = locate(text, marks);
  const cuts = new Set([0, text.length]);
  for (const s of spans) if (s) cuts.add(s[0]).add(s[1]);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    if (a === b) continue;
    const inside = marks.filter((_, k) => {
      const s = spans[k];
      return s !== null && s !== undefined && s[0] <= a && b <= s[1];
    });
    out.push(inside.length ? { text: text.slice(a, b), marks: inside } : { text: text.slice(a, b) });
  }
  return out;
}

/** The verdict a shared segment shows: inconsistent wins over consistent, which wins over unverifiable. */
export function worstVerdict(marks: MarkInput[]): Verdict {
  if (marks.some((m) => m.verdict === "inconsistent")) return "inconsistent";
  if (marks.some((m) => m.verdict === "consistent")) return "consistent";
  return "unverifiable";
}

/** What an uploaded file must be: text (plain, HTML, Markdown) under the size limit; else a readable reason. */
export function uploadProblem(
  file: { name: string; type: string; size: number },
  maxBytes: number,
): string | null {
  const textLike = /^text\//.test(file.type) || /\.(txt|html?|md|markdown)$/i.test(file.name);
  if (!textLike)
    return `"${file.name}" is not a text file (${file.type || "unknown type"}); upload plain text, HTML or Markdown`;
  if (file.size > maxBytes)
    return `"${file.name}" is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${(maxBytes / 1024 / 1024).toFixed(0)} MB`;
  return null;
}
