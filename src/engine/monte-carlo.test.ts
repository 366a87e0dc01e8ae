import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { applyValue, drawScenario } from "./draw.ts";
import { leverBounds } from "./lever-bounds.ts";
import { bandStride, runDraws, summarizeDraws } from "./monte-carlo.ts";
import { quantile } from "./quantile.ts";
import { runScenario } from "./run-scenario.ts";
import { parseScenario, type Scenario } from "./scenario-schema.ts";

const raw = () => parse(readFileSync(new URL("../../scenarios/baseline.yaml", import.meta.url), "utf8"));
const parsed = parseScenario(raw());
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const base: Scenario = parsed.value;
const det = runScenario(base);
const problems = (input: unknown) => {
  const r = parseScenario(input);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
};
function setRaw(root: Record<string, unknown>, path: string, v: unknown) {
  const parts = path.split(".");
  const last = parts.pop()!;
  let o = root;
  for (const p of parts) o = o[p] as Record<string, unknown>;
  o[last] = v;
}

describe("lever ranges", () => {
  const paths = [
    ...base.uncertainty.map((u) => u.path),
    "applications.wind.lifetime.mean",
    "applications.ev_traction.lifetime.shape",
    "levers.yields.magnet.value",
    "supply.mine.history.china",
  ];
  test.each(paths)("the Monte Carlo range of %s is the schema's range", (path) => {
    const b = leverBounds(path)!;
    expect(b).toBeDefined();
    const at = (v: number) => {
      const s = raw();
      setRaw(s, path, v);
      return problems(s).filter((p) => p.startsWith(path));
    };
    expect(at(b.min)).toEqual([]);
    expect(at(b.max)).toEqual([]);
    expect(at(b.min - Math.max(1e-9, Math.abs(b.min) * 1e-6)).length).toBeGreaterThan(0);
    expect(at(b.max + Math.max(1e-9, Math.abs(b.max) * 1e-6)).length).toBeGreaterThan(0);
  });
  test("huge and tiny numbers are refused naming their path, never a crash", () => {
    const s = raw();
    s.applications.wind.lifetime.mean = 1e-300;
    s.levers.nonMagnetDemand.value.Nd = 1e308;
    s.applications.ev_traction.activity.points["2030"] = 1e308;
    s.uncertainty.push({
      path: "levers.thrifting.value",
      mode: "set",
      dist: { type: "normal", mean: 1e308, std: 1 },
    });
    const p = problems(s);
    expect(p.some((x) => x.startsWith("applications.wind.lifetime.mean"))).toBe(true);
    expect(p.some((x) => x.startsWith("levers.nonMagnetDemand.value"))).toBe(true);
    expect(p.some((x) => x.startsWith("applications.ev_traction.activity.points"))).toBe(true);
    expect(p.some((x) => x.startsWith(`uncertainty.${s.uncertainty.length - 1}.dist.mean`))).toBe(true);
  });
  test("distributions must be ordered and inside the lever's range", () => {
    const s = raw();
    const n = s.uncertainty.length;
    s.uncertainty.push(
      { path: "levers.thrifting.value", mode: "set", dist: { type: "uniform", min: 0.01, max: 0.001 } },
      {
        path: "levers.yields.magnet.value",
        mode: "set",
        dist: { type: "triangular", min: 0.7, mode: 0.99, max: 0.9 },
      },
      { path: "levers.recycling.recovery.value", mode: "set", dist: { type: "uniform", min: 0.5, max: 1.2 } },
      { path: "levers.recycling.recovery.value", mode: "scale", dist: { type: "uniform", min: -1, max: 1 } },
      { path: "years.start", mode: "set", dist: { type: "uniform", min: 1990, max: 2000 } },
    );
    const p = problems(s);
    expect(p.some((x) => x.startsWith(`uncertainty.${n}.dist.min: must not exceed max`))).toBe(true);
    expect(p.some((x) => x.startsWith(`uncertainty.${n + 1}.dist.mode`))).toBe(true);
    expect(p.some((x) => x.startsWith(`uncertainty.${n + 2}.dist.max`) && x.includes("recovery"))).toBe(true);
    expect(p.some((x) => x.startsWith(`uncertainty.${n + 3}.dist.min`))).toBe(true);
    expect(p.some((x) => x.startsWith(`uncertainty.${n + 4}.path`))).toBe(true);
  });
});

describe("draws", () => {
  test("a draw outside the range is clamped and counted; every drawn share stays in [0, 1]", () => {
    const s = structuredClone(base);
    s.uncertainty = [
      { path: "levers.recycling.collection.value", mode: "scale", dist: { type: "normal", mean: 1, std: 3 } },
    ];
    const batch = runDraws(s, 4, 0, 40);
    const mc = summarizeDraws(s, 4, [batch], det.years.length);
    const outside = batch.inputs[0]!.filter((f) => f < 0 || 0.15 * f > 1).length;
    expect(outside).toBeGreaterThan(0);
    expect(mc.clamped.draws).toBeGreaterThanOrEqual(outside);
    expect(mc.clamped.byPath["levers.recycling.collection.value"]).toBe(mc.clamped.draws);
    for (let k = 0; k < 40; k++) {
      const v = drawScenario(s, 4, k).scenario.levers.recycling.collection.value as Record<string, number>;
      for (const x of Object.values(v)) expect(x >= 0 && x <= 1).toBe(true);
    }
  });
  test("draws change years after the base year only: 2024 reproduces in every draw, later years spread", () => {
    const i = det.years.indexOf(base.baseYear);
    const j = det.years.indexOf(2035);
    const later = new Set<number>();
    for (let k = 0; k < 12; k++) {
      const r = runScenario(drawScenario(base, 9, k).scenario);
      expect(r.demand.total[i]).toBeCloseTo(det.demand.total[i]!, 6);
      expect(r.supply.undocumentedTotal[i]).toBeCloseTo(det.supply.undocumentedTotal[i]!, 6);
      later.add(Math.round(r.demand.total[j]!));
    }
    expect(later.size).toBeGreaterThan(6);
  });
  test("a constant with year points ramps in after the base year", () => {
    const s = structuredClone(base);
    applyValue(s, "applications.ev_traction.technologies.bev.kgPerUnit", "set", 3);
    expect(s.applications.ev_traction!.technologies.bev!.kgPerUnit).toEqual({ "2024": 2.8, "2029": 3 });
  });
  test("the deterministic run is the median case (between P40 and P60 of 200 draws)", () => {
    const keys = [
      (r: typeof det) => r.demand.total[r.years.indexOf(2035)]!,
      (r: typeof det) => r.balance.Nd![r.years.indexOf(2035)]!,
      (r: typeof det) => r.recycling.total[r.years.indexOf(2040)]!,
    ];
    const runs = Array.from({ length: 200 }, (_, k) => runScenario(drawScenario(base, 1, k).scenario));
    for (const f of keys) {
      const xs = runs.map(f);
      expect(f(det)).toBeGreaterThanOrEqual(quantile(xs, 0.4));
      expect(f(det)).toBeLessThanOrEqual(quantile(xs, 0.6));
    }
  });
  test("bands keep every k-th draw by global index, whatever the split (memory bounded by BAND_DRAWS_MAX)", () => {
    expect(bandStride(4000)).toBe(1);
    expect(bandStride(4001)).toBe(2);
    const total = 8001; // stride 3: draws 0, 3 and 6 of the first nine make the bands
    const whole = runDraws(base, 2, 0, 9, undefined, total);
    const parts = [runDraws(base, 2, 0, 4, undefined, total), runDraws(base, 2, 4, 9, undefined, total)];
    expect(whole.kept).toBe(3);
    expect(parts.map((p) => p.kept)).toEqual([2, 1]);
    const T = det.years.length;
    expect(summarizeDraws(base, 2, parts, T)).toEqual(summarizeDraws(base, 2, [whole], T));
    // draw 6 is kept: each year of the batch (three kept draws, sorted) holds its value; draw 7 is not kept
    const one = runDraws(base, 2, 6, 7, undefined, total);
    const skipped = runDraws(base, 2, 7, 8, undefined, total);
    expect(skipped.kept).toBe(0);
    const col = (t: number) => Array.from(whole.series["demand.total"]!.subarray(3 * t, 3 * t + 3));
    const d7 = runScenario(drawScenario(base, 2, 7).scenario).demand.total;
    for (const t of [T - 11, T - 1]) {
      expect(col(t)).toContain(one.series["demand.total"]![t]);
      expect(col(t)).not.toContain(d7[t]);
    }
  });
});
