import { resolve } from "node:path";
import { expect, test } from "vitest";
import { memoryEffects } from "../effects.ts";
import { UsageError } from "../errors.ts";
import { reportCommand } from "./report.ts";

test("report scenario writes a printable report with the scenario's own description and its sources", async () => {
  const m = memoryEffects();
  expect(
    await reportCommand(["scenario", "scenarios/recycling-push.yaml", "--out", "r.html"], m.effects),
  ).toBe(0);
  const html = m.files[resolve(process.cwd(), "r.html")]!;
  expect(html).toMatch(/^<!doctype html>/);
  expect(html).toContain("Scenario report: Recycling push");
  // Its own top comment, not the baseline's description.
  expect(html).not.toContain("IEA STEPS EV sales, IRENA wind history");
  expect(html).toContain("EU CRMA");
  expect(html).toContain("Supply, demand and unmet demand");
  expect(m.err()).toContain("wrote r.html");
});

test("report refuses a bad kind, month or option with a usage message", async () => {
  const m = memoryEffects();
  await expect(reportCommand(["brief", "--month", "2025-13"], m.effects)).rejects.toThrow(
    /--month must be YYYY-MM \(e.g. 2025-07\); got "2025-13"/,
  );
  await expect(reportCommand(["weekly"], m.effects)).rejects.toThrow(UsageError);
  await expect(reportCommand(["scenario"], m.effects)).rejects.toThrow(/missing FILE/);
  await expect(
    reportCommand(["scenario", "scenarios/baseline.yaml", "--draws", "-1"], m.effects),
  ).rejects.toThrow(/draws/);
});
