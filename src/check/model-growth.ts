/** @module growthOf: a claim's stated y/y growth for one year, or its CAGR over a span of years, as an interval. */
import type { Claim } from "../extract/schema.ts";

/** A stated growth rate: % a year from `from` to `to` (y/y: to = from + 1), as an interval widened by its rounding. */
export interface Growth {
  kind: "yoy" | "cagr";
  from: number;
  to: number;
  stated: number;
  pct: [number, number];
}

/** Extra slack (percentage points) for a hedged growth rate ("about 9%"). */
const HEDGE_PP = 1;

/** The claim's y/y change for one year, or its CAGR over a span of years, with half a unit of its last digit. */
export function growthOf(c: Claim): Growth | null {
  const ch = c.change;
  if (ch.value === null || (ch.unit !== null && ch.unit !== "%")) return null;
  let from: number;
  let to: number;
  if (ch.kind === "cagr") {
    const m = /^(\d{4})\.\.(\d{4})$/.exec(ch.period ?? c.period ?? "");
    if (!m || Number(m[2]) <= Number(m[1])) return null;
    [from, to] = [Number(m[1]), Number(m[2])];
  } else if (ch.kind === "yoy") {
    const y = c.period && /^\d{4}$/.test(c.period) ? Number(c.period) : null;
    if (y === null) return null;
    [from, to] = [y - 1, y];
  } else return null;
  const decimals = String(Math.abs(ch.value)).split(".")[1]?.length ?? 0;
  const slack = 0.5 * 10 ** -decimals + (ch.approx ? HEDGE_PP : 0);
  const lo = ch.qualifier === "lt" || ch.qualifier === "lte" ? Number.NEGATIVE_INFINITY : ch.value - slack;
  const hi = ch.qualifier === "gt" || ch.qualifier === "gte" ? Number.POSITIVE_INFINITY : ch.value + slack;
  return { kind: ch.kind, from, to, stated: ch.value, pct: [lo, hi] };
}
