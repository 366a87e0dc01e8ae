import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { parseScenario } from "./scenario-schema.ts";

const baseline = () => parse(readFileSync(new URL("../../scenarios/baseline.yaml", import.meta.url), "utf8"));
const problems = (input: unknown) => {
  const r = parseScenario(input);
  if (r.ok) throw new Error("expected a failure");
  return r.issues.map((i) => `${i.path}: ${i.message}`);
};

describe("parseScenario", () => {
  test("accepts the baseline and fills defaults", () => {
    const r = parseScenario(baseline());
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.applications.wind!.bondedShare).toBe(0);
      expect(r.value.supply.undocumented?.country).toBe("china");
    }
  });

  test("lists every problem with its path", () => {
    const s = baseline();
    s.applications.wind.lifetime.mean = -3;
    s.applications.ev_traction.technologies.bev.share = 1.2;
    s.applications.warp_drives = {};
    s.applications.e_bikes.regionShare.atlantis = 0.1;
    s.uncertainty.push({ path: "levers.thrifting.value", dist: { type: "normal", mean: 0, std: -1 } });
    const p = problems(s);
    expect(p.some((x) => x.startsWith("applications.wind.lifetime.mean"))).toBe(true);
    expect(p).toContain("applications.ev_traction.technologies.bev.share: must be between 0 and 1");
    expect(p.some((x) => x.startsWith("applications.warp_drives"))).toBe(true);
    expect(p.some((x) => x.startsWith("applications.e_bikes.regionShare.atlantis"))).toBe(true);
    const last = s.uncertainty.length - 1;
    expect(p.some((x) => x.startsWith(`uncertainty.${last}.dist.std`))).toBe(true);
    expect(p.length).toBeGreaterThanOrEqual(5);
  });

  test("rejects NaN and Infinity", () => {
    const s = baseline();
    s.levers.thrifting.value = Number.NaN;
    s.applications.wind.technologies.dd.kgPerUnit = Number.POSITIVE_INFINITY;
    s.supply.undocumented.value["2018"] = Number.NEGATIVE_INFINITY;
    const p = problems(s);
    expect(p.some((x) => x.startsWith("levers.thrifting.value"))).toBe(true);
    expect(p.some((x) => x.startsWith("applications.wind.technologies.dd.kgPerUnit"))).toBe(true);
    expect(p.some((x) => x.startsWith("supply.undocumented.value"))).toBe(true);
  });

  test("checks cross-field rules: region shares sum, years, uncertainty paths", () => {
    const s = baseline();
    s.applications.wind.regionShare.china = 0.5;
    s.years.end = 1980;
    s.uncertainty.push({ path: "levers.nope", dist: { type: "uniform", min: 0, max: 1 } });
    const p = problems(s);
    expect(p.some((x) => x.startsWith("applications.wind.regionShare: must sum to 1"))).toBe(true);
    expect(p).toContain("years.end: must be after years.start");
    expect(p.some((x) => x.startsWith(`uncertainty.${s.uncertainty.length - 1}.path`))).toBe(true);
  });
});
