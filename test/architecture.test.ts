/** Asserts the layer dependency rules of docs/architecture.md by reading every import statement under src/. */
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
const PURE = new Set(["domain", "engine", "extract"]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.ts$/.test(f) ? [p] : [];
  });
}

const IMPORT =
  /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gm;

interface Edge {
  file: string;
  spec: string;
  typeOnly: boolean;
}

function edges(file: string): Edge[] {
  const text = readFileSync(file, "utf8");
  const out: Edge[] = [];
  for (const m of text.matchAll(IMPORT)) out.push({ file, spec: (m[3] ?? m[4])!, typeOnly: Boolean(m[2]) });
  return out;
}

const layerOf = (path: string) => relative(SRC, path).split(/[\\/]/)[0]!;

describe("architecture", () => {
  const all = files(SRC).filter((f) => !f.endsWith(".test.ts") && !f.endsWith(".case.ts"));

  it("every source file belongs to a known layer", () => {
    const unknown = all.map(layerOf).filter((l) => !(l in ALLOWED));
    expect([...new Set(unknown)]).toEqual([]);
  });

  it("layers import only the layers the rules allow", () => {
    const violations: string[] = [];
    for (const file of all) {
      const from = layerOf(file);
      for (const e of edges(file)) {
        if (!e.spec.startsWith(".")) continue;
        const to = layerOf(resolve(dirname(file), e.spec));
        if (to === from) continue;
        const rule = ALLOWED[from]!;
        const ok = rule.value.includes(to) || (e.typeOnly && rule.type?.includes(to));
        if (!ok)
          violations.push(
            `${relative(SRC, file)} imports ${e.typeOnly ? "type " : ""}${e.spec} (${from} -> ${to})`,
          );
      }
    }
    expect(violations).toEqual([]);
  });

  it("pure layers use no node built-ins, clock or global randomness", () => {
    const violations: string[] = [];
    for (const file of all.filter((f) => PURE.has(layerOf(f)))) {
      const text = readFileSync(file, "utf8");
      for (const e of edges(file))
        if (e.spec.startsWith("node:")) violations.push(`${relative(SRC, file)} imports ${e.spec}`);
      if (/\bMath\.random\s*\(/.test(text)) violations.push(`${relative(SRC, file)} calls Math.random()`);
      if (/\bDate\.now\s*\(|new Date\(\s*\)/.test(text))
        violations.push(`${relative(SRC, file)} reads the clock`);
      if (/\bprocess\./.test(text)) violations.push(`${relative(SRC, file)} uses process`);
    }
    expect(violations).toEqual([]);
  });
});
