/** @module Invariant: per USGS edition, the countries add up to the world total within the rounding USGS applies. */
import { resolveEntity } from "../../domain/entity.ts";
import { at, type Finding, finding, type LocatedFigure, lineOf } from "./located.ts";
import { show, usgsRoundingUnit } from "./rounding.ts";

/** Metrics whose rows list every producing country and a world total, per edition (vintage). */
const METRICS = ["mine_production", "reserves"];

const isWorld = (name: string) => resolveEntity(name)?.kind === "world";

/**
 * For each (metric, edition, year) with a world total and at least two countries: the world total equals the sum
 * of the countries (and "Other countries") rounded as USGS rounds world totals — to the total's last significant
 * digit, at least two significant digits (390,000 t is 385,000–395,000). A country shown as not available (blank)
 * can only add to the known sum, so the known sum may then fall short but not exceed the total. A total written
 * as a lower bound ("more than 90 Mt", reserves) is the known sum rounded down, so it must lie within one
 * rounding unit below it.
 */
export function checkWorldTotals(figures: readonly LocatedFigure[]): Finding[] {
  const groups = new Map<string, LocatedFigure[]>();
  for (const lf of figures) {
    const f = lf.figure;
    if (!METRICS.includes(f.metric) || !f.vintage) continue;
    const key = `${f.metric}|${f.vintage}|${f.period}`;
    groups.set(key, [...(groups.get(key) ?? []), lf]);
  }
  const out: Finding[] = [];
  for (const [key, rows] of groups) {
    const world = rows.find((r) => isWorld(r.figure.entity));
    const parts = rows.filter((r) => !isWorld(r.figure.entity));
    if (!world || parts.length < 2) continue;
    const q = world.figure.qualifier;
    const lowerBound =
      q === "gt" || q === "gte" || (world.figure.value === null && world.figure.low !== null);
    const total = world.figure.value ?? world.figure.low;
    if (total === null) continue;
    const known = parts.filter((p) => (p.figure.value ?? p.figure.low) !== null);
    const missing = parts.length - known.length;
    const sum = known.reduce((a, p) => a + (p.figure.value ?? p.figure.low)!, 0);
    const unit = usgsRoundingUnit(total);
    const diff = sum - total;
    const ok = lowerBound
      ? diff >= -unit / 2 && diff < unit
      : missing > 0
        ? diff <= unit / 2
        : Math.abs(diff) <= unit / 2;
    if (ok) continue;
    const [metric, vintage, period] = key.split("|");
    const u = world.figure.unit;
    out.push(
      finding(
        "sum_mismatch",
        at(world),
        "world-total",
        `${metric}:${vintage}:${period}`,
        diff,
        `${vintage} ${metric} ${period}: the ${known.length} countries with a value add up to ${show(sum)} ${u}${missing ? ` (${missing} not available)` : ""}, but the world total is ${lowerBound ? "more than " : ""}${show(total)} ${u} (${lineOf(world)}); difference ${show(diff)} ${u}, beyond USGS rounding of the total (unit ${show(unit)})`,
      ),
    );
  }
  return out;
}
