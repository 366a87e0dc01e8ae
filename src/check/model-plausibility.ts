/**
 * @module checkModelPlausibility: a demand or output tonnage for a year against the scenario model's 90% Monte Carlo
 * band for the same quantity, year and place, on the claim's mass basis. Inside the band is `consistent` at low
 * confidence; outside is `unverifiable` — the model never accuses. Recorded data comes first: a claim another check
 * already compared with the knowledge base is left alone, and mine output of a recorded year is USGS's, not the model's.
 */
import { fmt, overlaps, roundingSlack } from "./compare.ts";
import type { CheckContext } from "./context.ts";
import type { SourceRef } from "./knowledge-base.ts";
import { bandOfDraws, type ModelBaseline } from "./model-baseline.ts";
import { type Growth, type ModelQuery, modelQuantity } from "./model-quantity.ts";
import { referenceMagnets } from "./reference-magnets.ts";

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

/** The band of the growth rate (% a year) from `g.from` to `g.to`, over the model's draws. */
function growthBand(model: ModelBaseline, q: ModelQuery, g: Growth) {
  const runs = model.series[q.key]?.runs;
  const i = model.years.indexOf(g.from);
  const j = model.years.indexOf(g.to);
  if (!runs?.length || i < 0 || j < 0) return null;
  const rates = runs.flatMap((r) =>
    r[i]! > 0 ? [((r[j]! / r[i]!) ** (1 / (g.to - g.from)) - 1) * 100] : [],
  );
  return rates.length === runs.length ? bandOfDraws(rates) : null;
}

const pct = (v: number) => `${v > 0 ? "+" : ""}${fmt(v, 1)}%`;

/** Mine output up to the last recorded year is USGS data: compared with data, never with the model. */
function recordedMine(model: ModelBaseline, q: ModelQuery): boolean {
  if (!q.key.startsWith("mine.")) return false;
  const country = q.key.slice("mine.".length);
  const until =
    country === "world"
      ? Math.max(...Object.values(model.mineRecordedUntil))
      : model.mineRecordedUntil[country];
  return until !== undefined && q.year <= until;
}

/** Compares every demand and output tonnage or growth rate that no knowledge-base check has compared with the model's band. */
export function checkModelPlausibility(ctx: CheckContext) {
  const model = ctx.kb.model;
  for (const c of ctx.claims) {
    const reading = modelQuantity(c);
    if (!reading) continue;
    // Data first: a figure already compared with recorded or published figures is not compared with the model.
    if (ctx.reasonsOf(c.id).some((r) => r.outcome !== "unverifiable")) continue;
    if ("why" in reading) {
      ctx.lookedFor(c.id, `${LOOKED}: ${reading.why}`);
      continue;
    }
    const q = reading.query;
    // A year the knowledge base holds a world magnet estimate for is compared with it, not with the model.
    const reference = referenceMagnets(c, q, ctx.kb.referenceFacts);
    if (reference) {
      ctx.add(c.id, reference);
      if (!q.growth) continue;
    }
    if (!model) {
      ctx.lookedFor(c.id, `${LOOKED} (no model run was given to the checks)`);
      continue;
    }
    if (recordedMine(model, q)) {
      ctx.lookedFor(
        c.id,
        `USGS mine output for ${q.year}: a recorded year is compared with data, not with the model`,
      );
      continue;
    }
    const sources = modelSources(model, q);
    const band = q.interval && !reference ? bandOf(model, q) : null;
    if (q.interval && band) {
      const slack = roundingSlack(c) + (c.approx ? HEDGE : 0);
      const inside = overlaps(q.interval, [band.low, band.high], slack);
      const [a, b] = q.interval;
      const stated = a === b ? t(a) : `${Number.isFinite(a) ? t(a) : "…"}–${Number.isFinite(b) ? t(b) : "…"}`;
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
        sources,
      });
    }
    const g = q.growth;
    const gb = g ? growthBand(model, q, g) : null;
    if (g && gb) {
      const inside = overlaps(g.pct, [gb.p5, gb.p95], 0);
      const span = g.kind === "yoy" ? `y/y in ${g.to}` : `a year (CAGR) ${g.from}–${g.to}`;
      const what = `${q.label}, ${g.from}→${g.to}; median ${pct(gb.p50)}`;
      ctx.add(c.id, {
        kind: "model_plausibility",
        outcome: inside ? "consistent" : "unverifiable",
        message: inside
          ? `stated ${pct(g.stated)} ${span}: within the model's 90% band: ${pct(gb.p5)} to ${pct(gb.p95)} (${what}; plausibility only, not evidence)`
          : `stated ${pct(g.stated)} ${span}: outside the model's band (${pct(gb.p5)} to ${pct(gb.p95)}; ${what}); the model is not evidence`,
        expected: {
          value: null,
          low: Math.round(gb.p5 * 10) / 10,
          high: Math.round(gb.p95 * 10) / 10,
          unit: "%",
          period: `${g.from}..${g.to}`,
        },
        found: { value: g.stated, unit: "%", period: `${g.from}..${g.to}` },
        sources,
      });
    }
    if (!reference && !(q.interval && band) && !(g && gb))
      ctx.lookedFor(c.id, `${LOOKED}: the model gives no ${q.label} for ${g ? `${g.from}–${g.to}` : q.year}`);
  }
}
