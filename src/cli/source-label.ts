/** @module Source citations for CLI tables: `publisher, date [id]` shortened to a width, never cutting a word or the id. */

/** Width the CLI's tables aim to fit (a common terminal); a column of free text takes what the others leave. */
export const TABLE_WIDTH = 100;

/** The leading date of a source's `published` text ("2026-02-06 (v1.3 2026-05-27)" -> "2026-02-06"). */
export function leadingDate(published: string): string {
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(published.trim())?.[0] ?? "";
}

/**
 * `text` in at most `width` characters: whole if it fits, else cut at the last word boundary with "…", leaving no
 * unclosed bracket or dangling punctuation. A single word longer than `width` is cut inside the word.
 */
export function ellipsize(text: string, width: number): string {
  const t = text.trim();
  if (t.length <= width) return t;
  if (width <= 1) return "…";
  let head = t.slice(0, width - 1);
  // Cut at the last word boundary, unless the cut already falls on one.
  const space = head.lastIndexOf(" ");
  if (t[width - 1] !== " " && space > 0) head = head.slice(0, space);
  // Drop an opened bracket whose closing part was cut, then trailing separators.
  const open = Math.max(head.lastIndexOf("("), head.lastIndexOf("["));
  if (open > 0 && open > Math.max(head.lastIndexOf(")"), head.lastIndexOf("]"))) head = head.slice(0, open);
  head = head.replace(/[\s,;:(\-–—/]+$/u, "");
  return `${head || t.slice(0, width - 1)}…`;
}

/**
 * `publisher, date [id]` in at most `width` characters when it can be done: the id is always whole; the publisher is
 * shortened with a clean ellipsis down to `minPublisher` characters; if that is not enough the date goes (the id
 * carries the year and month of most sources); past that the line grows beyond `width` rather than lose the id.
 */
export function sourceLabel(
  s: { id: string; publisher: string; published: string },
  width: number,
  minPublisher = 16,
): string {
  const date = leadingDate(s.published);
  const id = ` [${s.id}]`;
  const withDate = `${date ? `, ${date}` : ""}${id}`;
  const floor = Math.min(minPublisher, s.publisher.length);
  if (width - withDate.length >= floor)
    return `${ellipsize(s.publisher, width - withDate.length)}${withDate}`;
  return `${ellipsize(s.publisher, Math.max(floor, width - id.length))}${id}`;
}

/** Room left for a last free-text column after the other columns (their widths) and two-space gaps. */
export function remainingWidth(widths: readonly number[], total = TABLE_WIDTH): number {
  return total - widths.reduce((a, w) => a + w + 2, 0);
}

/** Widths of each column of `rows` under `header` (as toTable computes them). */
export function columnWidths(header: readonly string[], rows: readonly (readonly string[])[]): number[] {
  return header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
}
