/** @module Event de-duplication: the same act mentioned twice in one article is one event (corpus README §13). */
import type { ExtractedEvent } from "./schema.ts";

/** One date is the other or contains it (`2025-04` and `2025-04-04`). */
const compatibleDates = (a: string, b: string) => a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);

/** Two amounts that may be the same figure: either is missing, or the values agree within 0.5%. */
function compatibleAmounts(a: ExtractedEvent, b: ExtractedEvent): boolean {
  const x = a.amount?.value ?? null;
  const y = b.amount?.value ?? null;
  if (x === null || y === null) return true;
  return (
    Math.abs(x - y) <= 0.005 * Math.max(Math.abs(x), Math.abs(y)) && a.amount?.currency === b.amount?.currency
  );
}

const isBackground = (e: ExtractedEvent) => e.salience === "peripheral" && e.type !== "report";
/** Read from a headline or section title (`sentenceEvents` marks them). */
const isHeadline = (e: ExtractedEvent) => e.note === "headline";

/**
 * The same event mentioned twice is labelled once:
 * - an undated event is a restatement when the article gives the same type with a date, or already gave it undated,
 *   unless their amounts differ (two loans of different sizes are two loans); an undated background mention (`after
 *   the controls`) is dropped when the article reports that type in a main clause;
 * - a dated background mention is dropped when a main-clause event of the same type has a compatible date (the same,
 *   or one containing the other: `in early April` and `on April 4`), or an earlier background mention does;
 * - of main-clause events of one type whose dates contain one another, the most precise is kept; with equal dates all
 *   are kept, since one rule can bring several same-day acts (the corpus labels each);
 * - a headline event gives way to a body event of the same type with a compatible (or no) date;
 * - a generic `funding` event whose amount is the amount of a more specific money event (a loan, a stake, a grant) is
 *   the same money.
 */
export function dedupeEvents(events: ExtractedEvent[]): ExtractedEvent[] {
  const sameType = new Map<string, ExtractedEvent[]>();
  for (const e of events) {
    const list = sameType.get(e.type);
    if (list) list.push(e);
    else sameType.set(e.type, [e]);
  }
  const out: ExtractedEvent[] = [];
  for (const e of events) {
    const date = e.date;
    const peers = sameType.get(e.type)!.filter((o) => o !== e && compatibleAmounts(o, e));
    const main = peers.filter((o) => !isBackground(o) && !isHeadline(o));
    // A headline restates the body: it gives way to any body mention of the type with a compatible date.
    if (isHeadline(e) && main.some((o) => o.date === null || date === null || compatibleDates(o.date, date)))
      continue;
    if (date === null) {
      if (peers.some((o) => o.date !== null)) continue;
      if (isBackground(e) && main.length > 0) continue;
      if (out.some((o) => o.type === e.type && o.date === null && compatibleAmounts(o, e))) continue;
    } else if (isBackground(e)) {
      if (main.some((o) => o.date !== null && compatibleDates(o.date, date))) continue;
      if (out.some((o) => o.type === e.type && o.date !== null && compatibleDates(o.date, date))) continue;
    } else if (
      main.some((o) => o.date !== null && o.date.length > date.length && compatibleDates(o.date, date))
    )
      continue;
    if (
      e.type === "funding" &&
      e.amount?.value != null &&
      events.some((o) => o.type !== "funding" && o.amount?.value === e.amount?.value)
    )
      continue;
    out.push(e);
  }
  return out;
}
