import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { expect, test } from "vitest";
import { runScenario } from "./run-scenario.ts";
import { parseScenario } from "./scenario-schema.ts";

const facts = JSON.parse(
  readFileSync(new URL("../../test/fixtures/engine/reference-facts-2024.json", import.meta.url), "utf8"),
).facts as { id: string; value: number; url: string }[];

test("runScenario(baseline) reproduces the 2024 reference facts within 10%", () => {
  const parsed = parseScenario(
    parse(readFileSync(new URL("../../scenarios/baseline.yaml", import.meta.url), "utf8")),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const s = parsed.value;
  const r = runScenario(s);
  const i = r.years.indexOf(2024);
  const d = r.demand.byTechnology;
  const nev = d["ev_traction.bev"]![i]! + d["ev_traction.phev"]![i]!;
  const app = s.applications.ev_traction!;
  const evUnits = (nev * 1000) / ((0.95 * (2.8 * 0.5635 + 2.1 * 0.2355)) / (0.5635 + 0.2355));
  const model: Record<string, number> = {
    world_mine_reo_t: r.supply.mineTotal[i]!,
    china_mine_reo_t: r.supply.mineByCountry.china![i]!,
    china_separation_share: r.supply.stageShares.separation!.china![i]!,
    china_magnet_share: r.supply.stageShares.magnet!.china![i]!,
    china_magnet_exports_t: r.supply.chinaMagnetExports[i]!,
    ndfeb_production_blank_t: r.demand.blankBasis[i]!,
    nev_magnet_demand_t: nev,
    nev_kg_per_ev: nev / (evUnits / 1000),
  };
  expect(app.technologies.bev!.kgPerUnit).toBe(2.8);
  const rows = facts.map((f) => ({
    fact: f.id,
    reference: f.value,
    model: model[f.id]!,
    errorPct: (100 * (model[f.id]! - f.value)) / f.value,
  }));
  console.table(rows);
  for (const row of rows) expect(Math.abs(row.errorPct), row.fact).toBeLessThan(10);
  // the 2024 market cleared: the element balance (with the labelled unrecorded-supply term) is near zero
  for (const e of ["Nd", "Pr", "Dy", "Tb"]) {
    const rel = Math.abs(r.balance[e]![i]!) / r.elements.reo[e]![i]!;
    expect(rel, `2024 balance ${e}`).toBeLessThan(0.02);
  }
});
