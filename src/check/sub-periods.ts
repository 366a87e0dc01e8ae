/**
 * @module A part of a period against the whole: in one article, a flow (exports, output, sales, revenue) stated for a
 * month or quarter is at most the same series' figure for a longer period that contains it (a quarter, a half, the
 * year to date, the year), and parts that tile the whole sum to it. Needs no data beyond the article.
 */
import type { Claim } from "../extract/schema.ts";
import { claimRef, fmt, qty, roundingSlack, seriesKey, spanOf } from "./compare.ts";
import { type CheckContext, level } from "./context.ts";

/** Flows: figures that add up over time (stocks, prices, shares and rates do not). */
const FLOW =
  /^(?:export volume|export value|import volume|import value|production volume|production and sales volume|revenue|segment revenue|sales receipts|NEV production|NEV sales|consumption|demand)$/;
/** Relative tolerance for rounded figures. */
const SUM_TOLERANCE = 0.005;
/** How far a bound (a part within its whole) confirms a figure: weak, it excludes only gross misreadings. */
const BOUND_CONFIDENCE = 0.45;
const DAY = 86_400_000;

interface Dated {
  c: Claim;
  start: number;
  end: number;
}

const flowLevel = (c: Claim) =>
  FLOW.test(c.metric) && level(c) !== null && level(c)! >= 0 && !c.is_forecast && !!c.period;

function dated(c: Claim): Dated | null {
  const s = spanOf(c.period);
  return s ? { c, start: Date.parse(s.start), end: Date.parse(s.end) + DAY } : null;
}

/** The whole's parts, when they are disjoint and tile it exactly (`Jan`, `Feb`, `Mar` for `2025-Q1`). */
function tiling(whole: Dated, parts: Dated[]): Dated[] | null {
  const sorted = [...parts].sort((a, b) => a.start - b.start);
  let at = whole.start;
  const out: Dated[] = [];
  for (const p of sorted) {
    if (p.start !== at) continue;
    out.push(p);
    at = p.end;
  }
  return at === whole.end && out.length >= 2 ? out : null;
}

export function checkSubPeriods(ctx: CheckContext) {
  const series = new Map<string, Dated[]>();
  for (const c of ctx.claims) {
    if (!flowLevel(c)) continue;
    const d = dated(c);
    if (!d) continue;
    const k = seriesKey(c);
    series.set(k, [...(series.get(k) ?? []), d]);
  }
  for (const list of series.values()) {
    if (list.length < 2) continue;
    for (const whole of list) {
      const parts = list.filter(
        (p) =>
          p !== whole &&
          p.start >= whole.start &&
          p.end <= whole.end &&
          p.end - p.start < whole.end - whole.start,
      );
      if (parts.length === 0) continue;
      const w = whole.c;
      const total = level(w)!;
      const tiles = tiling(whole, parts);
      // The ytd_sum check already sums months it can find; a tiling it did not sum is summed here.
      const summed = ctx.reasonsOf(w.id).some((r) => r.kind === "ytd_sum");
      if (tiles && !summed) {
        const sum = tiles.reduce((s, p) => s + level(p.c)!, 0);
        const tol = SUM_TOLERANCE + roundingSlack(w) + Math.max(...tiles.map((p) => roundingSlack(p.c)));
        const ok = Math.abs(sum - total) <= total * tol;
        ctx.add(w.id, {
          kind: "period_within",
          outcome: ok ? "consistent" : "inconsistent",
          message: `stated ${w.period} ${qty(total, w.unit)}; its parts ${tiles.map((p) => `${p.c.period} ${qty(level(p.c), w.unit)} (${p.c.id})`).join(" + ")} sum to ${qty(sum, w.unit)} (tolerance ±${fmt(tol * 100)}%)`,
          expected: { value: sum, unit: w.unit, period: w.period },
          found: { value: total, unit: w.unit, period: w.period },
          sources: tiles.map((p) => claimRef(p.c, ctx.article)),
          confidence: 0.8,
        });
        continue;
      }
      for (const p of parts) {
        const part = level(p.c)!;
        const tol = SUM_TOLERANCE + roundingSlack(w) + roundingSlack(p.c);
        const ok = part <= total * (1 + tol);
        // An accusation needs both periods written in the article, not inferred.
        if (!ok && (!w.period_text || !p.c.period_text)) continue;
        const rest = total - part;
        ctx.add(p.c.id, {
          kind: "period_within",
          outcome: ok ? "consistent" : "inconsistent",
          message: ok
            ? `${p.c.period} ${qty(part, w.unit)} fits within ${w.period} ${qty(total, w.unit)} (claim ${w.id}), leaving ${qty(rest, w.unit)} for the rest of that period`
            : `${p.c.period} ${qty(part, w.unit)} exceeds the figure for the longer period ${w.period} that contains it, ${qty(total, w.unit)} (claim ${w.id})`,
          expected: { value: null, low: 0, high: total, unit: w.unit, period: p.c.period },
          found: { value: part, unit: w.unit, period: p.c.period },
          sources: [claimRef(w, ctx.article)],
          confidence: ok ? BOUND_CONFIDENCE : 0.75,
        });
      }
    }
  }
}
