import { readFileSync } from "node:fs";
import { fc, test } from "@fast-check/vitest";
import { parse } from "yaml";
import { describe, expect } from "vitest";
import { mergeScenario } from "./merge-scenario.ts";
import { runMonteCarlo } from "./monte-carlo.ts";
import { runScenario, type ScenarioResult } from "./run-scenario.ts";
import { parseScenario, type Scenario } from "./scenario-schema.ts";

const load = (name: string): unknown =>
  parse(readFileSync(new URL(`../../scenarios/${name}.yaml`, import.meta.url), "utf8"));
function scenario(name: string): Scenario {
  const data = load(name) as { extends?: string };
  const merged = data.extends ? mergeScenario(load(data.extends), data) : data;
  const r = parseScenario(merged);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
const base = scenario("baseline");
const baseRun = runScenario(base);
const at = (r: ScenarioResult, v: number[], y: number) => v[r.years.indexOf(y)]!;
const sum = (o: Record<string, number[]>, y: number, r: ScenarioResult) =>
  Object.values(o).reduce((a, v) => a + at(r, v, y), 0);

describe("runScenario properties", () => {
  const levers = fc.record({
    thrifting: fc.double({ min: 0, max: 0.2, noNaN: true }),
    hre: fc.double({ min: 0, max: 1, noNaN: true }),
    collection: fc.double({ min: 0, max: 1, noNaN: true }),
    recovery: fc.double({ min: 0, max: 1, noNaN: true }),
    ferrite: fc.double({ min: 0, max: 1, noNaN: true }),
    yieldMagnet: fc.double({ min: 0.3, max: 1, noNaN: true }),
    bevKg: fc.double({ min: 0, max: 10, noNaN: true }),
    humanoidScale: fc.double({ min: 0, max: 100, noNaN: true }),
    chinaGrowth: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
  });
  test.prop([levers], { numRuns: 15 })("mass balance, non-negative stocks, finite outputs", (l) => {
    const s = structuredClone(base);
    s.levers.thrifting.value = l.thrifting;
    s.levers.gbd.hreReduction.value = l.hre;
    s.levers.recycling.collection.value = l.collection;
    s.levers.recycling.recovery.value = l.recovery;
    s.levers.substitution.ferrite.value = l.ferrite;
    s.levers.yields.magnet.value = l.yieldMagnet;
    s.applications.ev_traction!.technologies.bev!.kgPerUnit = l.bevKg;
    const h = s.applications.humanoid_robots!.activity;
    h.points = Object.fromEntries(Object.entries(h.points).map(([y, v]) => [y, v * l.humanoidScale]));
    s.supply.mine.growth.china = l.chinaGrowth;
    const r = runScenario(s); // throws on any NaN/Infinity in the result
    const scale = Math.max(1, ...r.stock.total);
    expect(r.checks.maxMassBalanceResidual).toBeLessThanOrEqual(1e-9 * scale);
    expect(r.checks.minStock).toBeGreaterThanOrEqual(-1e-9 * scale);
    for (const v of Object.values(r.stock.byApplication))
      for (const x of v) expect(x).toBeGreaterThanOrEqual(-1e-9 * scale);
    expect(r.demand.total.every((x) => x >= 0)).toBe(true);
  });
});

describe("named scenarios against the baseline", () => {
  test("export-control escalation raises shortfalls", () => {
    const r = runScenario(scenario("export-control-escalation"));
    for (const y of [2028, 2030, 2035]) {
      expect(sum(r.exportControls.shortfall, y, r)).toBeGreaterThan(
        sum(baseRun.exportControls.shortfall, y, baseRun),
      );
      expect(at(r, r.exportControls.shortfall.magnet!, y)).toBeGreaterThan(
        at(baseRun, baseRun.exportControls.shortfall.magnet!, y),
      );
    }
  });
  test("recycling push raises secondary supply and improves the balance", () => {
    const r = runScenario(scenario("recycling-push"));
    for (const y of [2030, 2040, 2050]) {
      expect(at(r, r.recycling.total, y)).toBeGreaterThan(at(baseRun, baseRun.recycling.total, y));
      expect(at(r, r.balance.Nd!, y)).toBeGreaterThan(at(baseRun, baseRun.balance.Nd!, y));
    }
  });
  test("fast electrification + humanoid boom raises demand", () => {
    const r = runScenario(scenario("fast-electrification-humanoid-boom"));
    for (const y of [2030, 2035, 2050]) {
      expect(at(r, r.demand.total, y)).toBeGreaterThan(at(baseRun, baseRun.demand.total, y));
      expect(at(r, r.demand.byApplication.humanoid_robots!, y)).toBeGreaterThan(
        at(baseRun, baseRun.demand.byApplication.humanoid_robots!, y),
      );
      expect(at(r, r.elements.reo.Nd!, y)).toBeGreaterThan(at(baseRun, baseRun.elements.reo.Nd!, y));
    }
  });
});

describe("Monte Carlo seeding", () => {
  test("same seed gives the same bands; a different seed different ones", () => {
    const a = runMonteCarlo(base, { draws: 8, seed: 7 });
    const b = runMonteCarlo(base, { draws: 8, seed: 7 });
    const c = runMonteCarlo(base, { draws: 8, seed: 8 });
    expect(b.bands).toEqual(a.bands);
    expect(b.sensitivity).toEqual(a.sensitivity);
    expect(c.bands["demand.total"]).not.toEqual(a.bands["demand.total"]);
  });
});

describe("market closure and undocumented output", () => {
  test("undocumented Chinese output is official × u / (1 − u) with the sourced share, not a fitted term", () => {
    const u = base.supply.undocumented!;
    const pts = u.value as Record<string, number>;
    for (const y of Object.keys(pts).map(Number)) {
      const official = at(baseRun, baseRun.supply.mineByCountry.china!, y);
      const share = pts[String(y)]!;
      expect(at(baseRun, baseRun.supply.undocumentedTotal, y)).toBeCloseTo(
        (official * share) / (1 - share),
        6,
      );
    }
    // a share, so it scales with output and never produces a surplus before China mined anything
    expect(at(baseRun, baseRun.supply.undocumentedTotal, 1990)).toBeLessThan(
      at(baseRun, baseRun.supply.undocumentedTotal, 2024),
    );
    expect(at(baseRun, baseRun.balance.Nd!, 1995)).toBeLessThan(
      0.5 * at(baseRun, baseRun.elements.reo.Nd!, 1995),
    );
  });
  test("consumption never exceeds demand or supply; unmet demand only after the base year; gaps never negative", () => {
    for (const r of [baseRun, runScenario(scenario("fast-electrification-humanoid-boom"))]) {
      for (const e of ["Nd", "Pr", "Dy", "Tb"]) {
        const supply = r.balance[e]!.map((b, t) => b + r.elements.reo[e]![t]!);
        r.years.forEach((y, t) => {
          const d = r.elements.reo[e]![t]!;
          const c = r.market.consumption[e]![t]!;
          const unmet = r.market.unmetDemand[e]![t]!;
          expect(c).toBeLessThanOrEqual(d + 1e-9);
          expect(unmet).toBeGreaterThanOrEqual(0);
          expect(r.market.surplus[e]![t]!).toBeGreaterThanOrEqual(0);
          if (y <= base.baseYear) expect(unmet).toBe(0);
          else {
            expect(c).toBeLessThanOrEqual(supply[t]! + 1e-9);
            expect(unmet).toBeCloseTo(Math.max(0, d - supply[t]!), 6);
            expect(r.market.historyGap[e]![t]!).toBe(0);
          }
        });
      }
      const m = r.market.magnet;
      m.demand.forEach((d, t) => {
        expect(m.consumption[t]! + m.unmetDemand[t]!).toBeCloseTo(d, 6);
        expect(m.unmetDemand[t]!).toBeGreaterThanOrEqual(-1e-9);
      });
    }
  });
  test("more supply lowers unmet demand: a larger undocumented share or recycling meets more of it", () => {
    const s = structuredClone(base);
    s.supply.undocumented!.value = 0.4;
    const r = runScenario(s);
    const y = r.years.indexOf(2035);
    expect(r.market.unmetDemand.Nd![y]!).toBeLessThan(baseRun.market.unmetDemand.Nd![y]!);
    expect(r.market.magnet.consumption[y]!).toBeGreaterThan(baseRun.market.magnet.consumption[y]!);
  });
});

describe("heavy rare earths", () => {
  test("grain-boundary diffusion shifts Dy to Tb: more GBD lowers Dy and Dy+Tb and raises Tb's share of them", () => {
    const s = structuredClone(base);
    s.levers.gbd.share.value = { "2015": 0.2, "2024": 0.6, "2030": 1 };
    const r = runScenario(s);
    const y = r.years.indexOf(2035);
    const el = (x: ScenarioResult, e: string) => x.elements.inMagnet[e]![y]!;
    expect(el(r, "Dy")).toBeLessThan(el(baseRun, "Dy"));
    const tbShare = (x: ScenarioResult) => el(x, "Tb") / (el(x, "Dy") + el(x, "Tb"));
    expect(tbShare(r)).toBeGreaterThan(tbShare(baseRun));
    expect(el(r, "Dy") + el(r, "Tb")).toBeLessThan(el(baseRun, "Dy") + el(baseRun, "Tb"));
  });
  test("China's heavy RE come from its ionic-clay part: more ionic-clay tonnes, more Dy, same total output", () => {
    const s = structuredClone(base);
    s.supply.ionicClay!.tonnes = 40000;
    const r = runScenario(s);
    const y = r.years.indexOf(2024);
    expect(r.supply.mineTotal[y]).toBe(baseRun.supply.mineTotal[y]);
    const extra = (40000 - 19150) * (s.supply.ionicClay!.basket.Dy! - s.supply.basket.value.china!.Dy!);
    expect(r.supply.primaryByElement.Dy![y]! - baseRun.supply.primaryByElement.Dy![y]!).toBeCloseTo(extra, 6);
  });
});

describe("export controls with consequences", () => {
  const esc = runScenario(scenario("export-control-escalation"));
  test("withheld magnets cut China's exports and production and leave ex-China demand unmet", () => {
    for (const y of [2028, 2030]) {
      expect(at(esc, esc.supply.chinaMagnetExports, y)).toBeLessThan(
        at(baseRun, baseRun.supply.chinaMagnetExports, y),
      );
      expect(at(esc, esc.supply.chinaMagnetProduction, y)).toBeLessThan(
        at(baseRun, baseRun.supply.chinaMagnetProduction, y),
      );
      expect(at(esc, esc.exportControls.unmetMagnetDemand, y)).toBeGreaterThan(
        at(baseRun, baseRun.exportControls.unmetMagnetDemand, y),
      );
      // exports + withheld = what China would have exported
      expect(
        at(esc, esc.supply.chinaMagnetExports, y) + at(esc, esc.exportControls.withheldMagnets, y),
      ).toBeCloseTo(
        at(baseRun, baseRun.supply.chinaMagnetExports, y) +
          at(baseRun, baseRun.exportControls.withheldMagnets, y),
        6,
      );
    }
  });
  test("element shortfalls count only what ex-China magnet making needs: none without ex-China production", () => {
    const s = structuredClone(scenario("export-control-escalation"));
    s.supply.magnetCapacityExChina.value = {};
    s.supply.magnetProjects = [];
    const r = runScenario(s);
    const y = r.years.indexOf(2030);
    expect(r.exportControls.shortfall.Dy![y]).toBe(0);
    expect(r.exportControls.shortfall.magnet![y]!).toBeGreaterThan(esc.exportControls.shortfall.magnet![y]!);
    expect(r.exportControls.exChinaProductionLoss[y]).toBe(0);
  });
  test("a stockpile covers a shortfall until it is drawn down, and never more than the shortfall", () => {
    const s = structuredClone(scenario("export-control-escalation"));
    s.levers.stockpiles = {
      value: [{ item: "magnet", tonnes: 50000, from: 2027, maxReleasePerYear: 20000 }],
      source: { assumption: "test stockpile" },
    };
    const r = runScenario(s);
    const rel = r.exportControls.stockpileRelease.magnet!;
    const total = rel.reduce((a, x) => a + x, 0);
    expect(total).toBeCloseTo(50000, 6);
    r.years.forEach((y, t) => {
      expect(rel[t]!).toBeLessThanOrEqual(Math.min(20000, r.exportControls.shortfall.magnet![t]!) + 1e-9);
      if (y < 2027) expect(rel[t]).toBe(0);
    });
    const y = r.years.indexOf(2027);
    expect(r.exportControls.unmetMagnetDemand[y]!).toBeCloseTo(
      esc.exportControls.unmetMagnetDemand[y]! - rel[y]!,
      6,
    );
  });
});
