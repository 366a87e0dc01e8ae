import { describe, expect, it } from "vitest";
import { checkClaims } from "./check-claims.ts";
import { NO_CHANGE } from "../extract/schema.ts";
import { claim, extraction } from "./fixtures.ts";
import { createKnowledgeBase } from "./knowledge-base.ts";
import type { ModelBaseline, ModelSeries } from "./model-baseline.ts";

// A model run written for these tests (bands chosen by hand, not taken from the baseline); sentences are our own.
const band = (unit: string, p5: number[], p95: number[]): ModelSeries => ({
  p5,
  p95,
  p50: p5.map((v, i) => (v + p95[i]!) / 2),
  unit,
});
const model: ModelBaseline = {
  scenarioId: "test-scenario",
  seed: 7,
  draws: 100,
  years: [2024, 2030],
  series: {
    "magnet.demand.world": band("t finished magnet", [230_000, 280_000], [240_000, 320_000]),
    "magnet.demand.app.ev_traction": band("t finished magnet", [40_000, 70_000], [50_000, 100_000]),
    "oxide.demand.NdPr": band("t oxide", [90_000, 100_000], [95_000, 120_000]),
    "element.demand.NdPr": band("t element", [76_000, 84_000], [80_000, 100_000]),
    "mine.china": band("t REO", [270_000, 290_000], [270_000, 330_000]),
    "magnet.production.china": band("t finished magnet", [50_000, 200_000], [60_000, 240_000]),
  },
  blankYield: 0.8,
  mineRecordedUntil: { china: 2025 },
  sources: {
    iea: { id: "scenario:test-scenario#iea", publisher: "Test outlook", url: "https://example.org/ev" },
  },
};
const kb = createKnowledgeBase({ model });
const demand = (id: string, value: number, period: string, quote: string, over = {}) =>
  claim({
    id,
    metric: "demand",
    metric_family: "demand",
    entity: "NdFeB magnets",
    material: "NdFeB magnets",
    value,
    value_text: value.toLocaleString("en-US"),
    period,
    is_forecast: Number(period) > 2025,
    quote,
    ...over,
  });
const check = (c: ReturnType<typeof claim>, base = kb) => checkClaims(extraction([c]), base).checks[0]!;
const modelReason = (c: ReturnType<typeof check>) => c.reasons.find((r) => r.kind === "model_plausibility");

describe("demand and output against the model's band", () => {
  it("calls a forecast inside the band consistent at low confidence, naming the run and its sources", () => {
    const c = check(
      demand("c1", 300_000, "2030", "Global demand for NdFeB magnets will reach 300,000 tonnes in 2030."),
    );
    expect(c.verdict).toBe("consistent");
    expect(c.confidence).toBeLessThanOrEqual(0.3);
    const r = modelReason(c)!;
    expect(r.message).toMatch(/within the model's 90% band: 280,000–400,000 t/);
    expect(r.sources[0]!.publisher).toMatch(/test-scenario.*seed 7, 100 draws/);
    expect(r.sources.map((s) => s.id)).toContain("scenario:test-scenario#iea");
  });

  it("never accuses: a figure outside the band is unverifiable and says the model is not evidence", () => {
    const c = check(
      demand(
        "c1",
        900_000,
        "2030",
        "Global demand for finished NdFeB magnets will reach 900,000 tonnes in 2030.",
      ),
    );
    expect(c.verdict).toBe("unverifiable");
    expect(c.reasons.some((r) => r.outcome === "inconsistent")).toBe(false);
    expect(modelReason(c)!.message).toMatch(
      /outside the model's band \(280,000–320,000 t.*the model is not evidence/,
    );
  });

  it("converts the magnet basis: blanks are finished mass ÷ the machining yield", () => {
    const blanks = "World demand for sintered NdFeB magnet blanks was 295 kt in 2024.";
    const finished = "World demand for finished NdFeB magnets was 295 kt in 2024.";
    const over = { unit: "kt", value_text: "295" };
    // 295 kt: outside the finished band (230–240 kt), inside the blank band (287.5–300 kt).
    expect(check(demand("c1", 295, "2024", blanks, over)).verdict).toBe("consistent");
    expect(check(demand("c1", 295, "2024", finished, over)).verdict).toBe("unverifiable");
  });

  it("converts oxide and metal by element, and gives no verdict when the claim does not say which", () => {
    const nd = { entity: "NdPr", material: "NdPr" };
    const oxide = check(
      demand("c1", 110_000, "2030", "Global NdPr oxide demand will reach 110,000 t in 2030.", nd),
    );
    const metal = check(
      demand("c1", 110_000, "2030", "Global NdPr metal demand will reach 110,000 t in 2030.", nd),
    );
    const bare = check(demand("c1", 110_000, "2030", "Global NdPr demand will reach 110,000 t in 2030.", nd));
    expect(oxide.verdict).toBe("consistent");
    expect(metal.verdict).toBe("unverifiable");
    expect(modelReason(metal)!.message).toMatch(/outside.*84,000–100,000 t/);
    expect(modelReason(bare)).toBeUndefined();
    expect(bare.reasons[0]!.message).toMatch(/does not say whether NdPr is counted as oxide or as metal/);
  });

  it("compares forecast mine output with the band, and a recorded year only with data", () => {
    const mine = (value: number, period: string, quote: string) =>
      claim({
        id: "c1",
        metric: "production volume",
        metric_family: "production",
        entity: "China",
        material: "rare earths",
        value,
        value_text: value.toLocaleString("en-US"),
        period,
        quote,
      });
    const forecast = check(
      mine(300_000, "2030", "China's rare earth mine output is expected to reach 300,000 t in 2030."),
    );
    expect(forecast.verdict).toBe("consistent");
    expect(modelReason(forecast)!.message).toMatch(/china rare-earth mine output 2030/);
    const recorded = check(mine(270_000, "2024", "China's rare earth mine output was 270,000 t in 2024."));
    expect(modelReason(recorded)).toBeUndefined();
    expect(recorded.reasons[0]!.message).toMatch(/recorded year is compared with data, not with the model/);
  });

  it("reads demand of one application, and not an increment or a company's figure", () => {
    const ev = check(
      demand(
        "c1",
        80_000,
        "2030",
        "Magnet demand from electric vehicles worldwide will reach 80,000 t in 2030.",
      ),
    );
    expect(modelReason(ev)!.message).toMatch(/EV traction motors/);
    expect(ev.verdict).toBe("consistent");
    const increment = check(
      demand("c1", 20_000, "2030", "Global magnet demand will see an increase of 20,000 t in 2030."),
    );
    expect(modelReason(increment)).toBeUndefined();
    const company = check(
      demand("c1", 5_000, "2024", "Acme Magnetics consumed 5,000 t of magnets in 2024.", {
        entity: "Acme Magnetics",
      }),
    );
    expect(modelReason(company)).toBeUndefined();
    const largest = check(
      demand(
        "c1",
        30_000,
        "2024",
        "Acme, the world's largest magnet maker, made 30,000 t of magnets in 2024.",
        {
          metric: "production volume",
          metric_family: "production",
          entity: "magnets",
        },
      ),
    );
    expect(modelReason(largest)).toBeUndefined();
  });

  it("says so when no model run was given", () => {
    const c = check(
      demand("c1", 300_000, "2030", "Global demand for NdFeB magnets will reach 300,000 tonnes in 2030."),
      createKnowledgeBase(),
    );
    expect(c.verdict).toBe("unverifiable");
    expect(c.reasons[0]!.message).toMatch(/no model run was given/);
  });
});

describe("growth rates against the model's band", () => {
  // Five draws written for the test: world magnet demand grows 4, 5, 6, 7 and 8% from 2023 to 2024, then
  // neodymium oxide demand grows 3–7% a year to 2030.
  const rates = [0.04, 0.05, 0.06, 0.07, 0.08];
  const magnet = rates.map((g) => [100_000, 100_000 * (1 + g), 150_000]);
  const nd = rates.map((g) => [50_000, 50_000, 50_000 * (1 + g - 0.01) ** 6]);
  const fromRuns = (unit: string, runs: number[][]): ModelSeries => ({
    ...band(unit, [0, 0, 0], [0, 0, 0]),
    runs,
  });
  const growthKb = createKnowledgeBase({
    model: {
      ...model,
      years: [2023, 2024, 2030],
      series: {
        "magnet.demand.world": fromRuns("t finished magnet", magnet),
        "oxide.demand.Nd": fromRuns("t oxide", nd),
      },
    },
  });
  const growth = (quote: string, kind: "yoy" | "cagr", value: number, period: string, over = {}) =>
    demand("c1", 0, period, quote, {
      value: null,
      value_text: null,
      change: { ...NO_CHANGE, kind, value, unit: "%", period: kind === "cagr" ? period : null },
      ...over,
    });

  it("accepts a y/y growth inside the band of the draws' growth rates, and does not accuse one outside", () => {
    const inside = check(growth("Global NdFeB magnet demand rose 6% in 2024.", "yoy", 6, "2024"), growthKb);
    expect(inside.verdict).toBe("consistent");
    expect(modelReason(inside)!.message).toMatch(
      /\+6% y\/y in 2024: within the model's 90% band: \+4\.2% to \+7\.8%/,
    );
    const outside = check(growth("Global NdFeB magnet demand fell 3% in 2024.", "yoy", -3, "2024"), growthKb);
    expect(outside.verdict).toBe("unverifiable");
    expect(modelReason(outside)!.message).toMatch(/-3% y\/y in 2024: outside the model's band/);
  });

  it("compares a CAGR even when the element's basis is not stated: growth is the same on oxide and metal", () => {
    const c = check(
      growth(
        "Global neodymium demand will grow at a CAGR of 5% from 2024 to 2030.",
        "cagr",
        5,
        "2024..2030",
        {
          entity: "neodymium",
          material: "neodymium",
        },
      ),
      growthKb,
    );
    expect(c.verdict).toBe("consistent");
    expect(modelReason(c)!.message).toMatch(/a year \(CAGR\) 2024–2030: within.*world Nd demand/);
  });
});

describe("application words", () => {
  it("does not read 'headwinds' as wind turbines", () => {
    const c = check(
      demand(
        "c1",
        300_000,
        "2030",
        "Despite economic headwinds, global NdFeB magnet demand will reach 300,000 t in 2030.",
      ),
    );
    expect(modelReason(c)!.message).toMatch(/world NdFeB magnet demand 2030/);
    expect(modelReason(c)!.message).not.toMatch(/wind turbines/);
  });
});

describe("several uses in one clause", () => {
  it("gives no verdict for a figure that covers two applications", () => {
    const c = check(
      demand(
        "c1",
        120_000,
        "2030",
        "Magnet demand from electric vehicles and wind turbines worldwide will reach 120,000 t in 2030.",
      ),
    );
    expect(modelReason(c)).toBeUndefined();
    expect(c.reasons[0]!.message).toMatch(/names several uses \(wind turbines, EV traction motors\)/);
  });
});

describe("data before the model", () => {
  // Reference estimates written for the test (ranges chosen by hand).
  const fact = (id: string, massBasis: string, low: number, high: number) => ({
    id,
    description: `world NdFeB production, ${massBasis} basis`,
    metric: "magnet_production",
    period: "2024",
    value: null,
    low,
    high,
    unit: "t",
    massBasis,
    source: { id: "test-estimate", publisher: "Test estimate", url: "https://example.org/estimate" },
  });
  const withFacts = createKnowledgeBase({
    model,
    referenceFacts: [
      fact("blank-2024", "blank", 270_000, 330_000),
      fact("finished-2024", "finished", 220_000, 260_000),
    ],
  });
  const output = (quote: string) =>
    demand("c1", 300_000, "2024", quote, { metric: "production volume", metric_family: "production" });

  it("compares a recorded year's world magnet output with the knowledge base's estimate, not the model", () => {
    const c = check(output("Global NdFeB magnet production reached 300,000 tonnes in 2024."), withFacts);
    expect(c.verdict).toBe("consistent");
    expect(modelReason(c)).toBeUndefined();
    const r = c.reasons.find((x) => x.kind === "market_estimate")!;
    expect(r.message).toMatch(/within the knowledge base's estimate.*blank basis\) \[blank-2024\]/);
    expect(r.sources[0]!.id).toBe("test-estimate");
  });

  it("gives no verdict when the stated basis puts the figure outside the estimate", () => {
    const c = check(
      output("Global production of finished NdFeB magnets reached 300,000 tonnes in 2024."),
      withFacts,
    );
    expect(c.verdict).toBe("unverifiable");
    expect(c.reasons.find((x) => x.kind === "market_estimate")!.message).toMatch(
      /outside.*\[finished-2024\]/,
    );
  });
});

describe("trade read as output", () => {
  it("does not compare an export tonnage with the model's output", () => {
    // As output, 58,000 t would fall inside China's band in the test model (50,000–75,000 t).
    const made = check(
      demand("c1", 58_000, "2024", "China made 58,000 t of magnets in 2024.", {
        metric: "production volume",
        metric_family: "production",
        entity: "China",
      }),
    );
    expect(modelReason(made)?.outcome).toBe("consistent");
    const c = check(
      demand("c1", 58_000, "2024", "China exported 58,000 t of magnets in 2024.", {
        metric: "production volume",
        metric_family: "production",
        entity: "China",
      }),
    );
    expect(modelReason(c)).toBeUndefined();
  });
});
