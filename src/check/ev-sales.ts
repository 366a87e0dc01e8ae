/** @module Electric-car sales: a stated world (or country) EV sales figure and its growth against IEA's Global EV Data. */
import { clauseOf } from "./attribution.ts";
import { claimInterval, fmt, foundOf, overlaps, place, qty, roundingSlack, yearOf } from "./compare.ts";
import { type CheckContext, level } from "./context.ts";
import type { KbFigure } from "./knowledge-base.ts";
import { placesIn } from "./places.ts";

/** IEA publishes sales rounded to two significant digits (13.8 M); 2% plus the claim's own rounding. */
const SALES_TOLERANCE = 0.02;

const EV_SALES =
  /\b(?:EV|NEV|electric[- ](?:vehicle|car))s?\b[^.;]{0,40}\bsales\b|\bsales of (?:electric|EV|NEV)/i;

/** Battery-electric plus plug-in hybrid car sales of a region and year (IEA's "EV"), with the rows summed. */
function evCarSales(
  figures: readonly KbFigure[],
  region: string,
  year: number,
): { value: number; rows: KbFigure[] } | null {
  const rows = figures.filter(
    (f) =>
      f.metric === "ev_sales" &&
      place(f.entity) === region &&
      f.period === String(year) &&
      !f.isForecast &&
      /^Cars (?:BEV|PHEV)$/.test(f.material) &&
      f.value !== null,
  );
  if (rows.length !== 2) return null;
  return { value: rows.reduce((s, f) => s + f.value!, 0), rows };
}

/** A stated EV car sales figure (and its year-on-year growth) against IEA's BEV + PHEV car sales. */
export function checkEvSales(ctx: CheckContext) {
  for (const c of ctx.claims) {
    const clause = clauseOf(c);
    if (!EV_SALES.test(clause) && !/EV sales|NEV sales/i.test(c.metric)) continue;
    const found = claimInterval(c);
    const year = yearOf(c.period);
    if (!found || !year || !/^(?:units|vehicles|count)$/.test(c.unit ?? "")) continue;
    const places = placesIn(clause).map((m) => m.place);
    const region = places.find((p) => p !== "world") ?? "world";
    ctx.lookedFor(c.id, `IEA EV car sales (BEV + PHEV) for ${region} in ${year}`);
    const now = evCarSales(ctx.kb.figures, region, year);
    if (!now) continue;
    const tol = SALES_TOLERANCE + roundingSlack(c) + (c.approx ? 0.03 : 0);
    const ok = overlaps(found, [now.value, now.value], tol);
    const parts = now.rows.map((f) => `${f.material.replace("Cars ", "")} ${fmt(f.value)}`).join(" + ");
    ctx.add(c.id, {
      kind: "source_conflict",
      outcome: ok ? "consistent" : "inconsistent",
      confidence: 0.8,
      message: `${qty(c.value ?? c.value_min, "vehicles")} EV sales in ${year} ${ok ? "agree with" : "differ from"} IEA's ${region} car sales ${parts} = ${qty(now.value, "vehicles")} [${now.rows.map((f) => f.id).join(", ")}] (tolerance ±${fmt(tol * 100)}%)`,
      expected: { value: now.value, unit: "vehicles", period: String(year) },
      found: foundOf(c),
      sources: [now.rows[0]!.source],
    });
    const ch = c.change;
    const prev = evCarSales(ctx.kb.figures, region, year - 1);
    if (ch.kind !== "yoy" || ch.value === null || !prev || level(c) === null) continue;
    const implied = (level(c)! / prev.value - 1) * 100;
    const ptol = 2 + (roundingSlack(c) * 100 + SALES_TOLERANCE * 100) + (ch.approx ? 2 : 0);
    ctx.add(c.id, {
      kind: "change_vs_levels",
      outcome: Math.abs(implied - ch.value) <= ptol ? "consistent" : "inconsistent",
      confidence: 0.7,
      message: `stated growth ${fmt(ch.value)}%; ${qty(level(c), "vehicles")} against IEA's ${year - 1} ${qty(prev.value, "vehicles")} gives ${fmt(implied)}% (tolerance ±${fmt(ptol)} pp for the rounding of both)`,
      expected: { value: Math.round(implied * 10) / 10, unit: "%", period: `${year - 1}..${year}` },
      found: { value: ch.value, unit: "%", period: String(year) },
      sources: [prev.rows[0]!.source],
    });
  }
}
