/**
 * @module Wind capacity: a stated installed wind capacity (cumulative, or added in a year) of the world or a named
 * country against IRENA's cumulative capacity (via Our World in Data).
 */
import { ulpOf } from "../domain/rounding.ts";
import type { Claim } from "../extract/schema.ts";
import { clauseOf } from "./attribution.ts";
import { claimInterval, fmt, foundOf, overlaps, place, qty, yearOf } from "./compare.ts";
import type { CheckContext } from "./context.ts";
import type { KbFigure } from "./knowledge-base.ts";
import { placesIn } from "./places.ts";

/** IRENA revises recent years by a few percent between editions; beyond that, the rounding of the stated value. */
const WIND_TOLERANCE = 0.03;

const CUMULATIVE =
  /\b(?:reach\w*|total\w*|cumulative|installed (?:capacity|base)|fleet|stood at|in operation)\b/i;
const ADDED = /\b(?:add\w*|new(?:ly)? install\w*|installations? of|commission\w*|built)\b/i;
/** Parts of the fleet the table does not split out. */
const PART = /\boffshore|onshore|direct[- ]drive|permanent[- ]magnet|PMSG|turbine makers?|orders?\b/i;

const toGw = (unit: string | null): number | null => (unit === "GW" ? 1 : unit === "MW" ? 0.001 : null);

/** A stated wind capacity, read as cumulative or as the year's additions only when its clause says which. */
function reading(c: Claim): { kind: "cumulative" | "added"; region: string; year: number } | null {
  const clause = clauseOf(c);
  if (!/\bwind\b/i.test(clause) || PART.test(clause) || c.is_forecast) return null;
  const year = yearOf(c.period);
  if (year === null || c.period !== String(year)) return null;
  const kind = ADDED.test(clause) ? "added" : CUMULATIVE.test(clause) ? "cumulative" : null;
  if (!kind) return null;
  const places = [...new Set(placesIn(clause).map((m) => m.place))];
  const named = places.filter((p) => p !== "world");
  const world = places.includes("world") || /\b(?:global(?:ly)?|world(?:wide)?)\b/i.test(clause);
  if (named.length > 1 || (!named.length && !world)) return null;
  return { kind, region: named[0] ?? "world", year };
}

function cumulative(figures: readonly KbFigure[], region: string, year: number): KbFigure | undefined {
  return figures.find(
    (f) =>
      f.metric === "wind_capacity_cumulative" &&
      f.period === String(year) &&
      f.value !== null &&
      place(f.entity) === region,
  );
}

/** Stated installed wind capacities against IRENA's cumulative capacity (additions: the difference of two years). */
export function checkWindCapacity(ctx: CheckContext) {
  for (const c of ctx.claims) {
    const factor = toGw(c.unit);
    const found = claimInterval(c);
    if (factor === null || !found || (c.qualifier && c.qualifier !== "range")) continue;
    const r = reading(c);
    if (!r) continue;
    ctx.lookedFor(c.id, `IRENA wind capacity for ${r.region} in ${r.year}`);
    const now = cumulative(ctx.kb.figures, r.region, r.year);
    const before = r.kind === "added" ? cumulative(ctx.kb.figures, r.region, r.year - 1) : undefined;
    if (!now || (r.kind === "added" && !before)) continue;
    const expected = r.kind === "added" ? now.value! - before!.value! : now.value!;
    const stated = (c.value ?? c.value_min ?? 0) * factor;
    // The stated value stands for anything that rounds to it ("1,000 GW" is 950–1,050 GW).
    const tol = WIND_TOLERANCE + (ulpOf(c.value ?? c.value_min ?? 1) * factor) / 2 / Math.max(stated, 1e-9);
    const ok = overlaps(
      [found[0] * factor, found[1] * factor],
      [expected, expected],
      tol + (c.approx ? 0.03 : 0),
    );
    const what =
      r.kind === "added"
        ? `added in ${r.year}: ${fmt(now.value, 1)} − ${fmt(before!.value, 1)} GW = ${qty(expected, "GW", 1)}`
        : `cumulative at the end of ${r.year}: ${qty(expected, "GW", 1)}`;
    ctx.add(c.id, {
      kind: "source_conflict",
      outcome: ok ? "consistent" : "inconsistent",
      confidence: 0.8,
      message: `${qty(stated, "GW", 1)} of wind capacity ${ok ? "agrees with" : "differs from"} IRENA's ${r.region === "world" ? "world" : r.region} capacity ${what} [${[
        now,
        before,
      ]
        .filter(Boolean)
        .map((f) => f!.id)
        .join(", ")}] (tolerance ±${fmt(tol * 100, 1)}% for revisions and the rounding of the stated value)`,
      expected: { value: Math.round(expected * 10) / 10, unit: "GW", period: String(r.year) },
      found: foundOf(c),
      sources: [now.source],
    });
  }
}
