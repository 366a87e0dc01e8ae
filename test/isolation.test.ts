/**
 * Test files share worker processes and their module cache (vitest.config.ts sets `isolate: false`), so nothing a
 * test loads may change process-wide state that the next file in the same worker would inherit: the environment,
 * globals, mocked modules, fake timers or the working folder. This reads every TypeScript file the workers can load
 * (src/, test/, bench/) and names each line that does.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const SELF = relative(ROOT, import.meta.filename);

/** What changes process-wide state, and how to say so. */
const RULES: readonly { pattern: RegExp; what: string }[] = [
  {
    pattern: /process\.env(\.\w+|\[[^\]]+\])\s*(=(?!=)|\+=|\?\?=|\|\|=|&&=)/,
    what: "assigns to process.env",
  },
  { pattern: /delete\s+process\.env/, what: "deletes from process.env" },
  { pattern: /Object\.assign\(\s*process\.env\b/, what: "assigns to process.env" },
  {
    pattern: /\bvi\.(mock|doMock|stubGlobal|stubEnv|useFakeTimers|setSystemTime|spyOn)\(/,
    what: "mocks a module, a global, the environment or the clock",
  },
  { pattern: /process\.chdir\(/, what: "changes the working folder" },
  { pattern: /\bglobalThis\.\w+\s*=(?!=)/, what: "sets a global" },
];

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === "node_modules" ? [] : tsFiles(p);
    return f.endsWith(".ts") ? [p] : [];
  });
}

/** `file:line: what` for every line of `text` that breaks a rule. */
function stateChanges(file: string, text: string): string[] {
  const found: string[] = [];
  text.split("\n").forEach((line, i) => {
    for (const r of RULES) if (r.pattern.test(line)) found.push(`${file}:${i + 1}: ${r.what}`);
  });
  return found;
}

describe("tests share worker processes", () => {
  it("no file the test workers load changes the environment, globals, mocks, timers or working folder", () => {
    const files = ["src", "test", "bench"].flatMap((d) => tsFiles(join(ROOT, d)));
    expect(files.length).toBeGreaterThan(100);
    const found = files
      .map((p) => relative(ROOT, p))
      .filter((f) => f !== SELF)
      .flatMap((f) => stateChanges(f, readFileSync(join(ROOT, f), "utf8")));
    expect(found).toEqual([]);
  });

  it("the rules catch each kind of change and pass reads and comparisons", () => {
    const bad = [
      'process.env.LODESTONE_HOME = "/x";',
      'process.env["TZ"] ??= "UTC";',
      "delete process.env.CI;",
      "Object.assign(process.env, { CI: '1' });",
      'vi.mock("../store/store.ts");',
      'vi.stubEnv("CI", "");',
      "vi.useFakeTimers();",
      'process.chdir("/");',
      "globalThis.fetch = fake;",
    ];
    for (const line of bad) expect(stateChanges("f.ts", line), line).toHaveLength(1);
    const fine = [
      "const home = process.env.LODESTONE_HOME;",
      'if (process.env.CI === "1") return;',
      "env: { ...process.env, LODESTONE_HOME: home },",
      "const f = globalThis.fetch;",
    ];
    for (const line of fine) expect(stateChanges("f.ts", line), line).toEqual([]);
  });
});
