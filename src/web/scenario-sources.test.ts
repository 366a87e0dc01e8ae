import { describe, expect, it } from "vitest";
import type { ScenarioFile } from "./scenario-files.ts";
import { runSources } from "./scenario-panels.ts";

const file = (publishers: string[]): ScenarioFile => ({
  id: "demo",
  title: "Demo",
  description: "",
  data: {},
  sources: publishers.map((publisher, k) => ({
    publisher,
    url: `https://example.org/${k}`,
    date: "2025-01-01",
  })),
  assumptions: [],
});

describe("a run's citation lines", () => {
  it("names each publisher once, even when the file cites one notice with different remarks", () => {
    const lines = runSources(
      file(["Notice No. 9 (as the baseline)", "Notice No. 9", "Agency X, annual"]),
      null,
      "",
    );
    expect(lines).toEqual([
      'Lodestone model run of scenario "demo"',
      "inputs: scenarios/demo.yaml, citing Notice No. 9; Agency X",
    ]);
  });
  it("counts only distinct publishers beyond the first three", () => {
    const lines = runSources(file(["A", "B", "B (again)", "C", "D", "E"]), null, "EV sales 1.2×");
    expect(lines[0]).toBe('Lodestone model run of scenario "demo" with levers EV sales 1.2×');
    expect(lines[1]).toBe("inputs: scenarios/demo.yaml, citing A; B; C and 2 more (listed on the page)");
  });
});
