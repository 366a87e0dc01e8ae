import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { OXIDE_PER_ELEMENT } from "../domain/mass-conversions.ts";
import { runMonteCarlo } from "../engine/monte-carlo.ts";
import { parseScenario } from "../engine/scenario-schema.ts";
import { modelBaseline } from "./model-baseline.ts";
import { MINE_COUNTRIES } from "./model-quantity.ts";

const parsed = parseScenario(
  parse(readFileSync(resolve(import.meta.dirname, "../../scenarios/baseline.yaml"), "utf8")),
);
if (!parsed.ok) throw new Error("the bundled baseline scenario does not parse");
const scenario = parsed.value;
const options = { draws: 24, seed: 5 };
const model = modelBaseline(scenario, options);

describe("modelBaseline", () => {
  it("lets a mine-output claim reach every country the baseline mines in (no country left without a band)", () => {
    const modelled = Object.keys(model.series)
      .filter((k) => k.startsWith("mine.") && k !== "mine.world")
      .map((k) => k.slice("mine.".length));
    expect(modelled.length).toBeGreaterThan(3);
    expect(new Set(Object.values(MINE_COUNTRIES))).toEqual(new Set(modelled));
  });

  it("gives the same bands as the engine's Monte Carlo for the quantities both keep (one answer everywhere)", () => {
    const mc = runMonteCarlo(scenario, options);
    const offset = model.years[0]! - scenario.years.start;
    const engine = mc.bands["demand.total"]!;
    const ours = model.series["magnet.demand.world"]!;
    for (const i of [0, 6, 12]) {
      expect(ours.p5[i]).toBe(engine.p5[i + offset]);
      expect(ours.p95[i]).toBe(engine.p95[i + offset]);
    }
    expect(model.series["oxide.demand.Dy"]!.p50[6]).toBe(mc.bands["elements.reo.Dy"]!.p50[6 + offset]);
  });

  it("converts oxide to metal with the stoichiometric factor, and sums NdPr on one basis", () => {
    const i = model.years.indexOf(2030);
    const oxide = model.series["oxide.demand.Nd"]!;
    const metal = model.series["element.demand.Nd"]!;
    expect(metal.p95[i]! * OXIDE_PER_ELEMENT.Nd).toBeCloseTo(oxide.p95[i]!, 6);
    expect(metal.unit).toBe("t element");
    const ndpr = model.series["oxide.demand.NdPr"]!;
    expect(ndpr.p50[i]!).toBeGreaterThan(oxide.p50[i]!);
    expect(ndpr.unit).toBe("t oxide");
  });

  it("is deterministic for a seed, widens with uncertainty, and knows the recorded mine years", () => {
    const again = modelBaseline(scenario, options);
    expect(again.series["mine.china"]).toEqual(model.series["mine.china"]);
    const i = model.years.indexOf(2035);
    const china = model.series["mine.china"]!;
    // China's mine growth is uncertain after its last recorded year: the 2035 band is open, the recorded year's is not.
    expect(china.p95[i]! - china.p5[i]!).toBeGreaterThan(0);
    const recorded = model.mineRecordedUntil.china!;
    const r = model.years.indexOf(recorded);
    expect(china.p95[r]).toBe(china.p5[r]);
    expect(model.sources.usgs?.url).toMatch(/^https:/);
  });

  it("refuses a draw count that is not a positive integer", () => {
    expect(() => modelBaseline(scenario, { draws: 0, seed: 1 })).toThrow(
      /draws must be a positive integer, got 0/,
    );
  });
});
