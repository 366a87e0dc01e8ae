import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseScenario, runScenario } from "../engine/index.ts";
import { readableOutput, readablePath } from "../domain/scenario-labels.ts";
import { applyLevers, LEVERS, leverDefault, readLevers, scaleAfter, setFrom } from "./scenario-levers.ts";
import { elementBalance } from "./scenario-outputs.ts";
import { leadingComment, ownCitations } from "../domain/scenario-citations.ts";

const baseline = parse(readFileSync(new URL("../../scenarios/baseline.yaml", import.meta.url), "utf8"));
const run = (data: unknown) => {
  const p = parseScenario(data);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return runScenario(p.value);
};

describe("scenario levers", () => {
  it("scale only the years after the base year and set points from a year on", () => {
    expect(scaleAfter({ 2020: 10, 2024: 20, 2030: 40 }, 2024, 1.5)).toEqual({ 2020: 10, 2024: 20, 2030: 60 });
    expect(setFrom({ 2024: 1, 2027: 0.25, 2035: 0.4 }, 2027, 0.9)).toEqual({ 2024: 1, 2027: 0.9 });
  });

  it("leave the scenario unchanged at their defaults and move the outputs when set", () => {
    const defaults = Object.fromEntries(LEVERS.map((l) => [l.key, leverDefault(l, baseline)]));
    expect(applyLevers(baseline, defaults)).toEqual(baseline);
    const base = run(baseline);
    const moreEv = run(applyLevers(baseline, { ...defaults, ev: 1.4 }));
    const i = base.years.indexOf(2035);
    expect(moreEv.demand.total[i]!).toBeGreaterThan(base.demand.total[i]!);
    // History is recorded: the lever does not rewrite years up to the base year.
    const j = base.years.indexOf(2020);
    expect(moreEv.demand.total[j]).toBeCloseTo(base.demand.total[j]!, 9);
  });

  it("reject an out-of-range or non-numeric lever with its name and range", () => {
    expect(() => readLevers(new URLSearchParams("ev=9"))).toThrow(
      /lever "ev" \(EV sales\) must be a number from 0.5 to 1.5/,
    );
    expect(() => readLevers(new URLSearchParams("thrifting=abc"))).toThrow(/got "abc"/);
    expect(readLevers(new URLSearchParams("ev=1.2&x=1"))).toEqual({ ev: 1.2 });
  });
});

describe("scenario outputs and labels", () => {
  it("supply minus demand is the balance, and unmet demand is the engine's market closure", () => {
    const r = run(baseline);
    const b = elementBalance(r, ["Nd", "Pr"]);
    for (let t = 0; t < r.years.length; t++) {
      expect(b.supply[t]! - b.demand[t]!).toBeCloseTo(r.balance.Nd![t]! + r.balance.Pr![t]!, 6);
      expect(b.unmet[t]).toBeCloseTo(r.market.unmetDemand.Nd![t]! + r.market.unmetDemand.Pr![t]!, 6);
    }
  });

  it("name inputs and outputs in words, not paths", () => {
    expect(readablePath("applications.wind.technologies.dd.share", "scale")).toBe(
      "Wind · direct-drive · share (scaled)",
    );
    expect(readablePath("levers.recycling.collection.value")).toBe("end-of-life collection rate");
    expect(readableOutput("balance.Dy.2035")).toBe("Dy balance in 2035");
  });

  it("a scenario's description and citations are its own", () => {
    expect(leadingComment("# First line\n# second.\nid: x\n# later")).toBe("First line second.");
    const c = ownCitations({
      levers: {
        a: { source: { url: "https://a", publisher: "A", date: "2025" } },
        b: { source: { assumption: "guess", range: [0, 1] } },
      },
    });
    expect(c).toEqual({
      sources: [{ url: "https://a", publisher: "A", date: "2025" }],
      assumptions: ["guess"],
    });
  });
});
