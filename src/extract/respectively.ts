/**
 * @module "Respectively" (README §2): `X and Y took 310 t and 175 t, up 6% and 12% respectively` pairs the
 * coordinated changes with the coordinated levels by position. A percentage coordinated right after a change
 * (`up 6% and 12%`, `fell 2.4% and 3.1%`) is a change of the same direction, not a share.
 */
import type { Mention } from "./mention.ts";

/** Only a coordinator between two coordinated figures (`and`, `,`, `, and`), with a unit or sign echoed. */
const COORDINATED = /^\s*(?:%|per ?cent|percent)?\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)[-+]?$/i;
const RESPECTIVELY = /\brespectively\b/i;

/** Mentions `b` that follows `a` with only a coordinator between them. */
const coordinated = (body: string, a: Mention, b: Mention) =>
  b.start > a.exprEnd - 1 && COORDINATED.test(body.slice(a.exprEnd, b.start));

/** Groups of two or more coordinated mentions among `list` (text order). */
function groups(body: string, list: Mention[]): Mention[][] {
  const out: Mention[][] = [];
  let g: Mention[] = [];
  for (const m of list) {
    const last = g[g.length - 1];
    if (last && coordinated(body, last, m)) g.push(m);
    else {
      if (g.length > 1) out.push(g);
      g = [m];
    }
  }
  if (g.length > 1) out.push(g);
  return out;
}

/**
 * In a sentence that says `respectively`, turns percentages coordinated after a change into changes, and returns
 * the level each coordinated change belongs to (empty when the sentence has no such pairing).
 */
export function respectiveChanges(live: Mention[], text: string, body: string): Map<Mention, Mention> {
  const pairs = new Map<Mention, Mention>();
  if (!text.includes("espectively") || !RESPECTIVELY.test(text)) return pairs;
  for (let i = 1; i < live.length; i++) {
    const a = live[i - 1]!;
    const b = live[i]!;
    if (a.isChange && !b.isChange && b.unit === "%" && !b.isBase && coordinated(body, a, b)) {
      b.isChange = true;
      b.cls = "change";
      b.direction = a.direction;
      b.kind = a.kind;
    }
  }
  const changes = groups(
    body,
    live.filter((m) => m.isChange),
  );
  const levels = groups(
    body,
    live.filter((m) => !m.isChange && !m.isBase),
  );
  for (const cg of changes) {
    const lg = levels.find((g) => g.length === cg.length);
    if (lg) for (let i = 0; i < cg.length; i++) pairs.set(cg[i]!, lg[i]!);
  }
  return pairs;
}
