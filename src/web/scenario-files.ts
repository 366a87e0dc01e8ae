/** @module Bundled scenarios: the YAML files in scenarios/ (imported raw by Vite), parsed and `extends` resolved. */
import { parse } from "yaml";
import { leadingComment, ownCitations } from "../domain/scenario-citations.ts";
import { mergeScenario } from "../engine/merge-scenario.ts";

export interface ScenarioFile {
  id: string;
  title: string;
  description: string;
  /** Plain data with `extends` merged in, ready for parseScenario. */
  data: unknown;
  /** The file's own citations: `x-sources` and every source its levers and inputs name (publisher, url, date). */
  sources: { publisher: string; url: string; date: string }[];
  /** The file's own stated assumptions (`source: {assumption: ...}`). */
  assumptions: string[];
  /** The scenario this one builds on (`extends`), if any. */
  extends?: string;
}

const RAW = import.meta.glob("../../scenarios/*.yaml", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** Parses scenario texts keyed by file name and resolves `extends: NAME` against the other files. */
export function resolveScenarios(texts: Record<string, string>): ScenarioFile[] {
  const raw = new Map<string, Record<string, unknown>>();
  const comments = new Map<string, string>();
  for (const [path, text] of Object.entries(texts)) {
    const name = path.replace(/^.*\//, "").replace(/\.ya?ml$/, "");
    raw.set(name, (parse(text) ?? {}) as Record<string, unknown>);
    comments.set(name, leadingComment(text));
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
    // Description and citations are the file's own: a scenario that extends another does not carry its text.
    const own = raw.get(name)!;
    const { sources, assumptions } = ownCitations(own);
    return {
      id: String(data.id ?? name),
      title: String(data.title ?? name),
      description: typeof own.description === "string" ? own.description : (comments.get(name) ?? ""),
      data,
      sources,
      assumptions,
      ...(typeof own.extends === "string" ? { extends: own.extends.replace(/\.ya?ml$/, "") } : {}),
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
