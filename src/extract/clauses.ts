/**
 * @module Clauses of a sentence, for attribution: a figure's entity, counterparty and material are looked for first in
 * its own clause. Clause breaks are `;`, contrast and comparison connectors (`while`, `whereas`, `but`, `as opposed
 * to`), and a comma followed by a new subject (`, and exports to …`); a bracketed aside is a clause of its own, so a
 * name inside brackets does not govern a figure outside them, and the other way round.
 */

export interface Clause {
  start: number;
  end: number;
}

/** Connectors that open a new clause (the connector belongs to the clause it opens). */
const BREAK =
  /;\s*|,?\s+(?:while|whereas|but|although|though|as opposed to|in contrast to|compared with|compared to|versus|vs\.?)\s+|,\s+(?:and|with)\s+(?=(?:the\s+|its\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s+(?:to|from|of|in|for)\s)/gi;

/** Bracketed asides `( … )` of `text`, unnested, as [start, end) including the brackets. */
function asides(text: string): Clause[] {
  const out: Clause[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(" && open < 0) open = i;
    else if (c === ")" && open >= 0) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return out;
}

/**
 * The clause of `text` that holds position `at` (offsets relative to `text`). Inside a bracketed aside the clause is
 * the aside; outside, it is the stretch between clause breaks (asides inside it are skipped by `inClause`).
 */
export function clauseAt(text: string, at: number): Clause & { asides: Clause[] } {
  const brackets = asides(text);
  const inside = brackets.find((b) => at > b.start && at < b.end);
  if (inside) return { start: inside.start + 1, end: inside.end - 1, asides: [] };
  let start = 0;
  let end = text.length;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m !== null; m = BREAK.exec(text)) {
    if (m[0].length === 0) {
      BREAK.lastIndex++;
      continue;
    }
    // Breaks inside brackets do not split the sentence.
    if (brackets.some((b) => m!.index > b.start && m!.index < b.end)) continue;
    if (m.index + m[0].length <= at) start = m.index;
    else if (m.index >= at) {
      end = m.index;
      break;
    }
  }
  return { start, end, asides: brackets.filter((b) => b.start >= start && b.end <= end) };
}

/** True when [a, b) lies in the clause and outside its asides. */
export function inClause(c: Clause & { asides: Clause[] }, a: number, b: number): boolean {
  return a >= c.start && b <= c.end && !c.asides.some((x) => a >= x.start && a < x.end);
}
