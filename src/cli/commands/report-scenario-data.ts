/** @module The scenario report's input from a scenario file and its run: own description, sources and assumptions. */
import type { ReportDoc, ReportSource } from "../../domain/report-html.ts";
import { type ScenarioReportInput, scenarioReport } from "../../domain/report-scenario.ts";
import type { MonteCarloResult, ScenarioResult } from "../../engine/index.ts";
import type { Effects } from "../effects.ts";

function citations(data: unknown) {
  const sources = new Map<string, ReportSource>();
  const assumptions = new Set<string>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (typeof o.url === "string" && typeof o.publisher === "string")
        sources.set(o.url + o.publisher, {
          publisher: o.publisher,
          url: o.url,
          published: typeof o.date === "string" ? o.date : undefined,
        });
      else if (typeof o.assumption === "string") assumptions.add(o.assumption);
      else for (const x of Object.values(o)) walk(x);
    }
  };
  walk(data);
  return { sources: [...sources.values()], assumptions: [...assumptions] };
}

/** The file's own top comment, when it has no `description` (a scenario never shows the one it extends). */
async function ownDescription(fx: Effects, path: string, data: { description?: unknown }): Promise<string> {
  let text = "";
  try {
    text = await fx.readFile(path);
  } catch {
    return "";
  }
  const own = /^description:\s*(.+)$/m.exec(text)?.[1];
  if (own) return own.trim();
  const lines: string[] = [];
  for (const l of text.split(/\r?\n/)) {
    const m = /^#\s?(.*)$/.exec(l);
    if (!m) break;
    lines.push(m[1]!.trim());
  }
  return lines.join(" ") || String(data.description ?? "");
}

export async function scenarioReportInput(a: {
  path: string;
  data: unknown;
  run: ScenarioResult;
  mc: MonteCarloResult | null;
  generatedAt: string;
  fx: Effects;
}): Promise<ReportDoc> {
  const d = a.data as { id?: string; title?: string; description?: string };
  const { sources, assumptions } = citations(a.data);
  const input: ScenarioReportInput = {
    id: String(d.id ?? a.run.id),
    title: String(d.title ?? a.run.id),
    description: await ownDescription(a.fx, a.path, d),
    levers: "",
    run: a.run,
    monteCarlo: a.mc,
    sources,
    assumptions,
    generatedAt: a.generatedAt,
  };
  return scenarioReport(input);
}
