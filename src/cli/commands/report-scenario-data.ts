/** @module The scenario report's input from a scenario file and its run: own description, sources and assumptions. */
import type { ReportDoc, ReportSource } from "../../domain/report-html.ts";
import { type ScenarioReportInput, scenarioReport } from "../../domain/report-scenario.ts";
import { leadingComment, ownCitations } from "../../domain/scenario-citations.ts";
import type { MonteCarloResult, ScenarioResult } from "../../engine/index.ts";
import type { Effects } from "../effects.ts";

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
  return leadingComment(text) || String(data.description ?? "");
}

export async function scenarioReportInput(a: {
  path: string;
  data: unknown;
  run: ScenarioResult;
  mc: MonteCarloResult | null;
  generatedAt: string;
  fx: Effects;
  /** The licence of a cited address when the dataset holds that source. */
  licenceOf?: (url: string) => string | undefined;
}): Promise<ReportDoc> {
  const d = a.data as { id?: string; title?: string; description?: string };
  const own = ownCitations(a.data);
  const sources: ReportSource[] = own.sources.map((x) => ({
    publisher: x.publisher,
    url: x.url,
    published: x.date || undefined,
    licence: a.licenceOf?.(x.url),
  }));
  const { assumptions } = own;
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
