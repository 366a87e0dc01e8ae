/** The baseline's capacity projects are the rows of data/capacity-projects.csv, with the stated conversions. */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { parseCsv } from "../dataset/csv.ts";
import { runScenario } from "./run-scenario.ts";
import { parseScenario } from "./scenario-schema.ts";
import { magnetCapacityByCountry } from "./supply.ts";

const parsed = parseScenario(
  parse(readFileSync(new URL("../../scenarios/baseline.yaml", import.meta.url), "utf8")),
);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const s = parsed.value;
const csv = parseCsv(
  readFileSync(new URL("../../data/capacity-projects.csv", import.meta.url), "utf8"),
  "x",
).value;
const rows = new Map(
  csv.rows.map((r) => [r.fields[0]!, Object.fromEntries(csv.header.map((h, i) => [h, r.fields[i] ?? ""]))]),
);
const REGION: Record<string, string> = {
  "United States": "north_america",
  Estonia: "europe",
  Vietnam: "vietnam",
  Malaysia: "malaysia",
  India: "india",
};

describe("magnet projects from data/capacity-projects.csv", () => {
  test("every row is in the table with its status, country and (converted) capacity", () => {
    for (const p of s.supply.magnetProjects) {
      const row = rows.get(p.id);
      expect(row, p.id).toBeDefined();
      expect(row!.stage, p.id).toBe("magnet");
      expect(row!.exclude_reason, p.id).toBe("");
      expect(p.status, p.id).toBe(row!.status);
      expect(p.country, p.id).toBe(REGION[row!.country!]);
      const nameplate =
        Number(row!.capacity_tpy) * (row!.mass_basis === "blank" ? s.levers.yields.blank.value : 1);
      // a total target adds its increment over the same company's rows already listed
      const earlier = s.supply.magnetProjects
        .filter(
          (q) =>
            q.id !== p.id && q.id.split("-").slice(0, 2).join("-") === p.id.split("-").slice(0, 2).join("-"),
        )
        .filter((q) => q.id < p.id)
        .reduce((a, q) => a + q.capacity, 0);
      expect(p.capacity + (/total|less/.test(p.note ?? "") ? earlier : 0), p.id).toBeCloseTo(nameplate, 6);
      const year = Number(row!.start_year || row!.target_year || 2027);
      expect(p.start, p.id).toBe(year);
    }
  });
  test("every ex-China NdFeB magnet row with a capacity is used (or has a reason not to be)", () => {
    const used = new Set(s.supply.magnetProjects.map((p) => p.id));
    const skipped: Record<string, string> = { "US-NIR-01": "iron nitride: counted in substitution" };
    for (const [id, row] of rows) {
      if (row.stage !== "magnet" || row.country === "China" || row.exclude_reason || !row.capacity_tpy)
        continue;
      if (/ferrite/i.test(row.product ?? "")) continue;
      expect(used.has(id) || id in skipped, id).toBe(true);
    }
  });
  test("status weights and delays shape capacity: a planned row adds 40 % of its nameplate, two years late", () => {
    const T = s.years.end - s.years.start + 1;
    const at = (c: Record<string, Float64Array>, y: number) =>
      Object.values(c).reduce((a, v) => a + v[y - s.years.start]!, 0);
    const withRow = magnetCapacityByCountry(s, s.years.start, T);
    const without = structuredClone(s);
    without.supply.magnetProjects = without.supply.magnetProjects.filter((p) => p.id !== "US-VUL-01");
    const none = magnetCapacityByCountry(without, s.years.start, T);
    const vul = s.supply.magnetProjects.find((p) => p.id === "US-VUL-01")!;
    const w = s.supply.projectStatus!.weight.planned!;
    const d = s.supply.projectStatus!.delayYears.planned!;
    expect(at(withRow, vul.start + d - 1) - at(none, vul.start + d - 1)).toBe(0);
    expect(at(withRow, 2050) - at(none, 2050)).toBeCloseTo(vul.capacity * w, 6);
    // capacity keeps growing after 2030 while rows ramp in (no freeze at 2030)
    expect(at(withRow, 2033)).toBeGreaterThan(at(withRow, 2030));
    const r = runScenario(s);
    expect(r.supply.stageShares.magnet!.north_america![2033 - s.years.start]!).toBeGreaterThan(0);
  });
});
