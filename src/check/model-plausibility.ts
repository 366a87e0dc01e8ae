/**
 * @module checkModelPlausibility: a demand or output tonnage for a year against the scenario model's 90% Monte Carlo
 * band for the same quantity, year and place, on the claim's mass basis. Inside the band is `consistent` at low
 * confidence; outside is `unverifiable` — the model never accuses. Recorded data comes first: a claim another check
 * already compared with the knowledge base is left alone, and mine output of a recorded year is USGS's, not the model's.
 */
import { fmt, overlaps, roundingSlack } from "./compare.ts";
import type { CheckContext } from "./context.ts";
import type { SourceRef } from "./knowledge-base.ts";
import type { ModelBaseline } from "./model-baseline.ts";
import { type ModelQuery, modelQuantity } from "./model-quantity.ts";

/** Extra relative slack for a hedged figure ("about 300,000 t"): a rough figure is not held to the band's edge. */
const HEDGE = 0.05;

const LOOKED = "the scenario model's 90% band";

/** The band of `q` on the claim's basis: a magnet tonnage that does not say finished or blank spans both readings. */
function bandOf(
  model: ModelBaseline,
  q: ModelQuery,
): { low: number; high: number; p50: number; note: string } | null {
  const s = model.series[q.key];
  const i = model.years.indexOf(q.year);
  if (!s || i < 0) return null;
  const [p5, p50, p95] = [s.p5[i]!, s.p50[i]!, s.p95[i]!];
  const y = model.blankYield;
  switch (q.basis) {
    case "blank":
      return { low: p5 / y, high: p95 / y, p50: p50 / y, note: `blank basis (finished ÷ ${y})` };
    case "magnet":
      return {
        low: p5,
        high: p95 / y,
        p50,
        note: `finished or blank magnet mass (not stated): finished P5 to blank-basis P95 (finished ÷ ${y})`,
      };
    case "finished":
      return { low: p5, high: p95, p50, note: "finished magnet" };
    default:
      return { low: p5, high: p95, p50, note: s.unit.replace(/^t /, "") };
  }
}

/** The model run and the sources of its parameters for one quantity. */
function modelSources(model: ModelBaseline, q: ModelQuery): SourceRef[] {
  const run: SourceRef = {
    id: `model:${model.scenarioId}`,
    publisher: `Lodestone scenario model "${model.scenarioId}" (Monte Carlo, seed ${model.seed}, ${model.draws} draws)`,
    url: "",
  };
  return [run, ...q.sourceKeys.flatMap((k) => (model.sources[k] ? [model.sources[k]!] : []))];
}

const t = (v: number) => `${fmt(Math.round(v))} t`;
const range = (low: number, high: number) => `${fmt(Math.round(low))}–${t(high)}`;

/** Compares every demand and output tonnage that no knowledge-base check has compared with the model's band. */
export function checkModelPlausibility(ctx: CheckContext) {
  const model = ctx.kb.model;
  for (const c of ctx.claims) {
    const reading = modelQuantity(c);
    if (!reading) continue;
    // Data first: a figure already compared with recorded or published figures is not compared with the model.
    if (ctx.reasonsOf(c.id).some((r) => r.outcome !== "unverifiable")) continue;
    if (!model) {
      ctx.lookedFor(c.id, `${LOOKED} (no model run was given to the checks)`);
      continue;
    }
    if ("why" in reading) {
      ctx.lookedFor(c.id, `${LOOKED}: ${reading.why}`);
      continue;
    }
    const q = reading.query;
    if (q.key.startsWith("mine.")) {
      const country = q.key.slice("mine.".length);
      const recorded = Object.values(model.mineRecordedUntil);
      const until = country === "world" ? Math.max(...recorded) : model.mineRecordedUntil[country];
      if (until !== undefined && q.year <= until) {
        ctx.lookedFor(
          c.id,
          `USGS mine output for ${q.year}: a recorded year is compared with data, not with the model`,
        );
        continue;
      }
    }
    const band = bandOf(model, q);
    if (!band) {
      ctx.lookedFor(c.id, `${LOOKED}: the model gives no ${q.label} for ${q.year}`);
      continue;
    }
    const slack = roundingSlack(c) + (c.approx ? HEDGE : 0);
    const inside = overlaps(q.interval, [band.low, band.high], slack);
    const stated =
      q.interval[0] === q.interval[1]
        ? t(q.interval[0])
        : `${Number.isFinite(q.interval[0]) ? t(q.interval[0]) : "…"}–${Number.isFinite(q.interval[1]) ? t(q.interval[1]) : "…"}`;
    const what = `${q.label} ${q.year}, ${band.note}; median ${t(band.p50)}`;
    ctx.add(c.id, {
      kind: "model_plausibility",
      outcome: inside ? "consistent" : "unverifiable",
      message: inside
        ? `stated ${stated}: within the model's 90% band: ${range(band.low, band.high)} (${what}; plausibility only, not evidence)`
        : `stated ${stated}: outside the model's band (${range(band.low, band.high)}; ${what}); the model is not evidence`,
      expected: {
        value: null,
        low: Math.round(band.low),
        high: Math.round(band.high),
        unit: "t",
        period: String(q.year),
      },
      found: { value: c.value, unit: c.unit, period: c.period },
      sources: modelSources(model, q),
    });
  }
}
