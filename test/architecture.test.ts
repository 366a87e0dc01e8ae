/**
 * Asserts the rules of docs/architecture.md by reading every import under src/ (static, side-effect and dynamic):
 * which layers and which npm packages each layer may import, what pure layers may not touch, and which files
 * may live under src/.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "../src");

/** Layer -> layers it may import (value imports). `type` imports are listed separately. */
const ALLOWED: Record<string, { value: string[]; type?: string[] }> = {
  domain: { value: [] },
  dataset: { value: ["domain"] },
  engine: { value: ["domain"] },
  extract: { value: ["domain"] },
  store: { value: ["domain"], type: ["dataset"] },
  check: { value: ["domain", "extract", "engine", "store"] },
  api: { value: ["domain", "engine", "extract", "check", "store"], type: ["dataset"] },
  cli: { value: ["domain", "dataset", "engine", "extract", "check", "store", "api"] },
  web: { value: ["domain", "engine", "extract"], type: ["api", "store", "dataset", "check"] },
};

/** Layer -> npm packages it may import (value or type). Node built-ins are ruled separately. */
const PACKAGES: Record<string, string[]> = {
  domain: ["zod"],
  dataset: ["zod"],
  engine: ["zod"],
  extract: ["zod", "entities"],
  store: ["zod", "@electric-sql/pglite", "pg"],
  check: ["zod"],
  api: ["zod", "hono", "@hono/zod-openapi", "write-excel-file"],
  cli: ["zod", "yaml", "esbuild", "@hono/node-server"],
  web: ["zod", "yaml", "echarts", "write-excel-file"],
};

/** Pure layers: no node built-ins, no clock, no timers, no global randomness, no I/O, no import side effects. */
const PURE = new Set(["domain", "engine", "extract"]);
/** Layers that run in the browser: no node built-ins. */
const BROWSER = new Set([...PURE, "web"]);

/** What a pure layer may not use, found in the code with comments removed. */
const IMPURE: [RegExp, string][] = [
  [/\bMath\.random\s*\(/, "calls Math.random()"],
  [/\bDate\.now\s*\(/, "reads the clock (Date.now)"],
  [/\bnew Date\(\s*\)/, "reads the clock (new Date())"],
  [/(?<![.\w$-])performance\s*\./, "uses performance"],
  [/(?<![.\w$])(setTimeout|setInterval|setImmediate|queueMicrotask)\s*\(/, "uses a timer"],
  [/(?<![.\w$])fetch\s*\(/, "calls fetch"],
  [/(?<![.\w$])process\./, "uses process"],
  [/\bglobalThis\./, "reaches into globalThis"],
];

/** Files a layer folder may hold besides .ts sources: the dashboard's page and style, SQL migrations. */
const NON_TS = /\.(html|css|sql)$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const IMPORT =
  /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+["']([^"']+)["']|^\s*import\s+["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)|\bimport\(\s*(?!["'])/gm;

interface Edge {
  spec: string;
  typeOnly: boolean;
  sideEffect: boolean;
  /** import(expression): cannot be checked, so it is refused. */
  computed: boolean;
}

function edges(text: string): Edge[] {
  return [...text.matchAll(IMPORT)].map((m) => ({
    spec: m[3] ?? m[4] ?? m[5] ?? "",
    typeOnly: Boolean(m[2]),
    sideEffect: m[4] !== undefined,
    computed: m[3] === undefined && m[4] === undefined && m[5] === undefined,
  }));
}

/** The code without comments (a line comment starts at // not preceded by ':', which skips URLs in strings). */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");

const packageOf = (spec: string) =>
  spec
    .split("/")
    .slice(0, spec.startsWith("@") ? 2 : 1)
    .join("/");
const layerOf = (path: string) => relative(SRC, path).split(/[\\/]/)[0]!;
const rel = (file: string) => relative(SRC, file);

describe("architecture", () => {
  const everything = walk(SRC);
  const sources = everything.filter((f) => f.endsWith(".ts"));
  const all = sources.filter((f) => !f.endsWith(".test.ts") && !f.endsWith(".case.ts"));

  it("every source file belongs to a known layer", () => {
    const unknown = everything.map(layerOf).filter((l) => !(l in ALLOWED));
    expect([...new Set(unknown)]).toEqual([]);
  });

  it("src/ holds TypeScript only (no .js, .mjs or .cjs), besides the page, styles and migrations", () => {
    expect(everything.filter((f) => !f.endsWith(".ts") && !NON_TS.test(f)).map(rel)).toEqual([]);
  });

  it("layers import only the layers the rules allow (side-effect and dynamic imports included)", () => {
    const violations: string[] = [];
    for (const file of all) {
      const from = layerOf(file);
      for (const e of edges(readFileSync(file, "utf8"))) {
        if (e.computed) {
          violations.push(`${rel(file)} imports a computed specifier (import(expression))`);
          continue;
        }
        if (!e.spec.startsWith(".")) continue;
        const to = layerOf(resolve(dirname(file), e.spec));
        if (to === from) continue;
        const rule = ALLOWED[from]!;
        const ok = rule.value.includes(to) || (e.typeOnly && rule.type?.includes(to));
        if (!ok)
          violations.push(`${rel(file)} imports ${e.typeOnly ? "type " : ""}${e.spec} (${from} -> ${to})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("layers import only the npm packages listed for them", () => {
    const violations: string[] = [];
    for (const file of all) {
      const layer = layerOf(file);
      for (const e of edges(readFileSync(file, "utf8"))) {
        if (e.computed || e.spec.startsWith(".") || e.spec.startsWith("node:")) continue;
        if (!PACKAGES[layer]!.includes(packageOf(e.spec))) violations.push(`${rel(file)} imports ${e.spec}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("browser layers use no node built-ins, and pure layers no import side effects", () => {
    const violations: string[] = [];
    for (const file of all.filter((f) => BROWSER.has(layerOf(f)))) {
      for (const e of edges(readFileSync(file, "utf8"))) {
        if (e.spec.startsWith("node:") || /^(fs|path|os|crypto|child_process|worker_threads)$/.test(e.spec))
          violations.push(`${rel(file)} imports ${e.spec}`);
        if (e.sideEffect && PURE.has(layerOf(file)))
          violations.push(`${rel(file)} imports ${e.spec} for its side effects`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("pure layers use no clock, timers, performance, fetch, process or global randomness", () => {
    const violations: string[] = [];
    for (const file of all.filter((f) => PURE.has(layerOf(f)))) {
      const text = code(readFileSync(file, "utf8"));
      for (const [pattern, what] of IMPURE) if (pattern.test(text)) violations.push(`${rel(file)} ${what}`);
    }
    expect(violations).toEqual([]);
  });
});

describe("architecture rules catch what they claim to", () => {
  // Each sample is written for this test: the rules must flag it (and leave the clean one alone).
  const flagged = (sample: string) => IMPURE.filter(([p]) => p.test(code(sample))).map(([, what]) => what);

  it("finds side-effect, dynamic and computed imports", () => {
    const e = edges(
      ['import "./polyfill.ts";', 'const m = await import("../store/store.ts");', "await import(name);"].join(
        "\n",
      ),
    );
    expect(e.map((x) => [x.spec, x.sideEffect, x.computed])).toEqual([
      ["./polyfill.ts", true, false],
      ["../store/store.ts", false, false],
      ["", false, true],
    ]);
  });

  it("names scoped and deep package imports by their package", () => {
    expect(packageOf("@hono/zod-openapi")).toBe("@hono/zod-openapi");
    expect(packageOf("echarts/core")).toBe("echarts");
  });

  it("flags timers, clock and I/O, but not methods of the same name or comments", () => {
    expect(flagged("const t = setTimeout(f, 10);")).toEqual(["uses a timer"]);
    expect(flagged("const now = new Date();")).toEqual(["reads the clock (new Date())"]);
    expect(flagged("const r = await fetch(url);")).toEqual(["calls fetch"]);
    expect(flagged("const t0 = performance.now();")).toEqual(["uses performance"]);
    expect(flagged("app.fetch(req); // setTimeout(f) in a comment\nconst d = new Date(2024, 0, 1);")).toEqual(
      [],
    );
    expect(flagged('const u = "https://example.org/x"; Date.now();')).toEqual(["reads the clock (Date.now)"]);
  });
});
