/**
 * The engine's fast paths against the straightforward computations they replace, on every shipped scenario:
 * - Monte Carlo draws (copy on write, typed arrays, points parsed once per batch) against a deep-cloned scenario with each
 *   sampled value applied and the public `runScenario` result read; a batch's series hold those values sorted per year;
 * - stocks and end of life (one cohort solve per application, two end-of-life convolutions per application) against one
 *   solve per region and one convolution per element.
 * Equal to 1e-12 of each series' largest magnitude (the reassociated sums differ in the last bits only).
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { applyValue, drawScenario, drawSeed } from "./draw.ts";
import { APPLICATIONS } from "./ids.ts";
import { survivalByAge } from "./lifetimes.ts";
import { mergeScenario } from "./merge-scenario.ts";
import { bandSeries, bandView, readOutput } from "./band-series.ts";
import { runDraws } from "./monte-carlo.ts";
import { createRandom, sample } from "./random.ts";
import { runScenario, runSteps } from "./run-scenario.ts";
import { runCache } from "./scenario-frame.ts";
import { parseScenario, type Scenario } from "./scenario-schema.ts";
import { convolve, inflowDriven, outflowByAge } from "./stock-flow.ts";

const SHIPPED = [
  "baseline",
  "export-control-escalation",
  "fast-electrification-humanoid-boom",
  "recycling-push",
];
const load = (name: string): unknown => {
  const d = parse(readFileSync(new URL(`../../scenarios/${name}.yaml`, import.meta.url), "utf8"));
  return typeof d.extends === "string" ? mergeScenario(load(d.extends), d) : d;
};
const scenario = (name: string): Scenario => {
  const p = parseScenario(load(name));
  if (!p.ok) throw new Error(`${name}: ${JSON.stringify(p.issues)}`);
  return p.value;
};

/** Largest |a − b| relative to the series' largest magnitude (0 when both are all zero). */
function relError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(b.length).toBe(a.length);
  let scale = 0;
  let diff = 0;
  for (let i = 0; i < a.length; i++) {
    scale = Math.max(scale, Math.abs(a[i]!), Math.abs(b[i]!));
    diff = Math.max(diff, Math.abs(a[i]! - b[i]!));
  }
  return scale > 0 ? diff / scale : diff;
}

describe.each(SHIPPED)("%s", (name) => {
  const s = scenario(name);
  const T = s.years.end - s.years.start + 1;

  test("Monte Carlo draws equal a cloned scenario run through runScenario, and leave the scenario unchanged", () => {
    const seed = 11;
    const n = 24;
    const before = structuredClone(s);
    const batch = runDraws(s, seed, 0, n);
    expect(s).toEqual(before);
    expect(batch.kept).toBe(n);
    let worst = 0;
    const byDraw: Record<string, Float64Array[]> = {};
    for (let k = 0; k < n; k++) {
      const rng = createRandom(drawSeed(seed, k));
      const clone = structuredClone(s);
      for (const u of s.uncertainty) applyValue(clone, u.path, u.mode, sample(u.dist, rng));
      expect(drawScenario(s, seed, k).scenario).toEqual(clone);
      const r = runScenario(clone);
      // a batch of this one draw keeps its series as they are (one value a year)
      const one = runDraws(s, seed, k, k + 1, undefined, n);
      for (const [key, v] of Object.entries(bandSeries(r))) {
        worst = Math.max(worst, relError(v, one.series[key]!));
        byDraw[key] ??= [];
        byDraw[key].push(one.series[key]!);
      }
      expect(batch.output[k]).toBe(readOutput(r, s.sensitivityOutput));
      expect(one.output[0]).toBe(batch.output[k]);
    }
    expect(worst).toBeLessThanOrEqual(1e-12);
    // the whole batch holds, year by year, the same draws' values sorted (what the bands read)
    expect(Object.keys(batch.series)).toEqual(Object.keys(byDraw));
    for (const [key, draws] of Object.entries(byDraw))
      for (let t = 0; t < T; t++)
        expect(batch.series[key]!.subarray(t * n, (t + 1) * n), `${key} year ${t}`).toEqual(
          Float64Array.from(draws, (v) => v[t]!).sort(),
        );
  });

  test("a draw computing the bands only gives the same band series, bit for bit, as a full run", () => {
    const full = runCache();
    const lean = { ...runCache(), bandsOnly: true };
    for (let k = 0; k < 6; k++) {
      const d = drawScenario(s, 3, k).scenario;
      const a = runSteps(d, full);
      const b = runSteps(d, lean);
      const want = bandSeries(bandView(a));
      const got = bandSeries(bandView(b));
      expect(Object.keys(got)).toEqual(Object.keys(want));
      for (const [key, v] of Object.entries(want))
        for (let t = 0; t < T; t++) expect(Object.is(got[key]![t], v[t]), `${key} ${t}`).toBe(true);
      // what no band reads was left out
      expect(Object.keys(b.stocks.byApp)).toEqual([]);
      expect(Object.keys(b.primary.primaryByCountry)).toEqual([]);
      expect(Object.keys(b.balance.required)).toEqual([]);
      expect(Object.keys(a.stocks.byApp).length).toBeGreaterThan(0);
    }
  });

  test("stocks and end of life equal one cohort solve per region and one convolution per element", () => {
    const r = runScenario(s);
    const eol: Record<string, Float64Array> = {};
    const survival = new Float64Array(T);
    const pdf = new Float64Array(T);
    const inflow = new Float64Array(T);
    const stock = new Float64Array(T);
    const out = new Float64Array(T);
    for (const a of APPLICATIONS) {
      const app = s.applications[a];
      if (!app) continue;
      // the application alone: its magnets (all types) and its element flows
      const one = runScenario({ ...s, applications: { [a]: app } });
      const m = one.demand.byMagnetType;
      const d = m.sintered_ndfeb.map((x, t) => x + m.bonded_ndfeb[t]! + m.smco[t]!);
      survivalByAge(app.lifetime, T, survival);
      outflowByAge(T, survival, 0, pdf, 0);
      const appStock = new Float64Array(T);
      for (const share of Object.values(app.regionShare)) {
        for (let t = 0; t < T; t++) inflow[t] = d[t]! * share;
        inflowDriven(T, inflow, 0, survival, 0, stock, out, 0);
        for (let t = 0; t < T; t++) appStock[t]! += stock[t]!;
      }
      expect(relError(appStock, r.stock.byApplication[a]!), `stock ${a}`).toBeLessThanOrEqual(1e-12);
      for (const [e, flow] of Object.entries(one.elements.inMagnet)) {
        if (e === "Co") continue;
        convolve(T, pdf, 0, Float64Array.from(flow), 0, out, 0);
        eol[e] ??= new Float64Array(T);
        for (let t = 0; t < T; t++) eol[e]![t]! += out[t]!;
      }
    }
    for (const [e, v] of Object.entries(eol))
      expect(relError(v, r.eol.byElement[e]!), `end of life ${e}`).toBeLessThanOrEqual(1e-12);
    expect(Object.keys(eol).sort()).toEqual(Object.keys(r.eol.byElement).sort());
  });
});
