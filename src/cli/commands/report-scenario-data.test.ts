import { describe, expect, it } from "vitest";
import type { ScenarioResult } from "../../engine/index.ts";
import type { Effects } from "../effects.ts";
import { scenarioReportInput } from "./report-scenario-data.ts";

const years = [2024, 2030];
const run = {
  id: "demo",
  years,
  demand: { total: [1, 2], byApplication: { wind: [1, 2] } },
  elements: { reo: {} },
  balance: { Nd: [0, 0], Pr: [0, 0], Dy: [0, 0], Tb: [0, 0] },
  recycling: { total: [0, 0] },
  exportControls: { shortfall: {} },
  market: { unmetDemand: { Nd: [0, 0], Pr: [0, 0] }, magnet: { unmetDemand: [0, 0] } },
  supply: { hhi: {}, stageShares: {} },
} as unknown as ScenarioResult;

const text = "# A demo scenario written for this test.\nid: demo\ntitle: Demo\n";
const data = {
  id: "demo",
  title: "Demo",
  levers: {
    a: { value: 1, source: { url: "https://example.org/known", publisher: "Known agency", date: "2025" } },
    b: { value: 2, source: { url: "https://example.org/other", publisher: "Other paper", date: "2024" } },
  },
};

describe("the scenario report's input", () => {
  it("gives each cited address the dataset's licence where it holds that source, and the file's own description", async () => {
    const fx = { readFile: async () => text } as unknown as Effects;
    const doc = await scenarioReportInput({
      path: "demo.yaml",
      data,
      run,
      mc: null,
      generatedAt: "now",
      fx,
      licenceOf: (u) => (u === "https://example.org/known" ? "public-domain" : undefined),
    });
    expect(doc.subtitle).toBe("A demo scenario written for this test.");
    expect(doc.sources.map((s) => [s.publisher, s.licence])).toEqual([
      ["Known agency", "public-domain"],
      ["Other paper", undefined],
    ]);
  });
});
