import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseScenario, runScenario } from "../../engine/index.ts";
import { MAGNETS, SUPPLY, sankeyChart, sankeyFlows, shortNode } from "./sankey.ts";

const data = parse(readFileSync(new URL("../../../scenarios/baseline.yaml", import.meta.url), "utf8"));
const parsed = parseScenario(data);
if (!parsed.ok) throw new Error("baseline does not parse");
const r = runScenario(parsed.value);
const inputs = {
  basket: parsed.value.supply.basket.value as never,
  yields: { magnet: parsed.value.levers.yields.magnet.value, metal: parsed.value.levers.yields.metal.value },
  baseYear: parsed.value.baseYear,
};

describe("supplySankey", () => {
  it("conserves mass at the supply and magnet nodes in every shown year", () => {
    for (const year of [2015, 2024, 2035, 2050]) {
      const flows = sankeyFlows(r, year, inputs);
      const into = (n: string) => flows.filter((f) => f.target === n).reduce((a, f) => a + f.value, 0);
      const outOf = (n: string) => flows.filter((f) => f.source === n).reduce((a, f) => a + f.value, 0);
      expect(outOf(SUPPLY)).toBeCloseTo(into(SUPPLY), 3);
      expect(outOf(MAGNETS)).toBeCloseTo(into(MAGNETS), 3);
      expect(flows.every((f) => f.value > 0)).toBe(true);
    }
  });

  it("keeps at most `top` mine nodes plus one for the rest, and refuses a year outside the run", () => {
    const flows = sankeyFlows(r, 2030, inputs, 2);
    const mines = flows.filter((f) => f.source.startsWith("Mine: "));
    expect(mines.length).toBeLessThanOrEqual(3);
    expect(() => sankeyFlows(r, 1800, inputs)).toThrow(/outside the run's years/);
    const opt = sankeyChart(flows, { year: 2030, citation: "run" }) as { series: { links: unknown[] }[] };
    expect(opt.series[0]!.links).toHaveLength(flows.length);
  });

  it("gives a phone shorter node names and a narrower label margin", () => {
    expect(shortNode("Mine: United States")).toBe("United States");
    expect(shortNode(SUPPLY)).not.toMatch(/\(/);
    expect(shortNode("EV traction")).toBe("EV traction");
    type Opt = { series: { right: number; label: { formatter?: (p: { name: string }) => string } }[] };
    const flows = sankeyFlows(r, 2024, inputs);
    const wide = sankeyChart(flows, { year: 2024, citation: "run" }) as Opt;
    const narrow = sankeyChart(flows, { year: 2024, citation: "run", narrow: true }) as Opt;
    expect(narrow.series[0]!.right).toBeLessThan(wide.series[0]!.right);
    expect(narrow.series[0]!.label.formatter!({ name: "Mine: China" })).toBe("China");
    expect(wide.series[0]!.label.formatter).toBeUndefined();
  });
});
