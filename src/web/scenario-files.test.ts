import { describe, expect, it } from "vitest";
import { parseScenario } from "../engine/index.ts";
import { bundledScenarios, resolveScenarios } from "./scenario-files.ts";

describe("scenario files", () => {
  it("resolveScenarios() merges a scenario onto the one it extends", () => {
    const files = resolveScenarios({
      "s/base.yaml": "id: base\ntitle: Base\nlevers: { a: 1, b: 2 }\n",
      "s/child.yaml": "id: child\nextends: base\nlevers: { b: 3 }\n",
    });
    expect(files.map((f) => f.id)).toEqual(["base", "child"]);
    expect(files[1]!.data).toMatchObject({ id: "child", title: "Base", levers: { a: 1, b: 3 } });
  });

  it("bundledScenarios() all pass the engine's schema", () => {
    const files = bundledScenarios();
    for (const f of files) {
      const r = parseScenario(f.data);
      expect(r.ok, `${f.id}: ${r.ok ? "" : JSON.stringify(r.issues)}`).toBe(true);
    }
  });
});

describe("bundled scenario descriptions", () => {
  it("no scenario carries another's description", () => {
    const files = bundledScenarios();
    const base = files.find((f) => f.id === "baseline")!;
    for (const f of files.filter((x) => x.extends)) {
      expect(f.description, f.id).not.toBe(base.description);
      expect(f.description.length, f.id).toBeGreaterThan(10);
    }
  });
});
