/** @module Bundled scenarios: the YAML files in scenarios/ (imported raw by Vite), parsed and `extends` resolved. */
import { parse } from "yaml";
import { mergeScenario } from "../engine/merge-scenario.ts";

export interface ScenarioFile {
  id: string;
  title: string;
  description: string;
  /** Plain data with `extends` merged in, ready for parseScenario. */
  data: unknown;
  /** Citations gathered from `x-sources` (publisher, url, date). */
  sources: { publisher: string; url: string; date: string }[];
}

const RAW = import.meta.glob("../../scenarios/*.yaml", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** Parses scenario texts keyed by file name and resolves `extends: NAME` against the other files. */
export function resolveScenarios(texts: Record<string, string>): ScenarioFile[] {
  const raw = new Map<string, Record<string, unknown>>();
  for (const [path, text] of Object.entries(texts)) {
    const name = path.replace(/^.*\//, "").replace(/\.ya?ml$/, "");
    raw.set(name, (parse(text) ?? {}) as Record<string, unknown>);
  }
  const resolve = (name: string, depth = 0): unknown => {
    const data = raw.get(name);
    if (!data) throw new Error(`unknown scenario: ${name}`);
    if (depth > 5) throw new Error(`extends chain too deep at ${name}`);
    const ext = data.extends;
    return typeof ext === "string"
      ? mergeScenario(resolve(ext.replace(/\.ya?ml$/, ""), depth + 1), data)
      : data;
  };
  const files = [...raw.keys()].map((name): ScenarioFile => {
    const data = resolve(name) as Record<string, unknown>;
    const xs = (data["x-sources"] ?? {}) as Record<
      string,
      { publisher?: string; url?: string; date?: string }
    >;
    return {
      id: String(data.id ?? name),
      title: String(data.title ?? name),
      description: String(data.description ?? ""),
      data,
      sources: Object.values(xs)
        .filter((s) => s.url && s.publisher)
        .map((s) => ({ publisher: s.publisher!, url: s.url!, date: s.date ?? "" })),
    };
  });
  // Baseline first, then by title.
  return files.sort(
    (a, b) => Number(b.id === "baseline") - Number(a.id === "baseline") || a.title.localeCompare(b.title),
  );
}

/** The scenarios bundled with this build. */
export function bundledScenarios(): ScenarioFile[] {
  return resolveScenarios(RAW);
}
