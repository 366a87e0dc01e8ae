/** @module `lodestone scenario run FILE [--draws N] [--seed S] [--format table|csv|json] [--workers N]`. */
import { createProgress } from "../progress.ts";
import { dirname, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { type CsvCell, toCsv } from "../../domain/csv-text.ts";
import { IssueError } from "../../domain/issue.ts";
import { mergeScenario } from "../../engine/merge-scenario.ts";
import { type MonteCarloResult, runMonteCarlo } from "../../engine/monte-carlo.ts";
import { runScenario, type ScenarioResult } from "../../engine/run-scenario.ts";
import { parseScenario, type Scenario } from "../../engine/scenario-schema.ts";
import { parseCommandArgs, parseFormat, parseIntOption } from "../args.ts";
import type { Effects } from "../effects.ts";
import { type Command, UsageError } from "../errors.ts";

const USAGE =
  "usage: lodestone scenario run FILE [--draws N] [--seed S] [--format table|csv|json] [--workers N]";
const TABLE_YEARS = [2024, 2030, 2035, 2050];

/** Reads a scenario file (YAML or JSON), resolving `extends: NAME` against NAME.yaml beside it. */
export async function loadScenarioData(path: string, effects: Effects, depth = 0): Promise<unknown> {
  if (depth > 5) throw new UsageError(`scenario: extends chain too deep at ${path}`);
  let text: string;
  try {
    text = await effects.readFile(path);
  } catch {
    throw new UsageError(`scenario: cannot read ${path}`);
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    throw new IssueError([
      { code: "invalid_scenario", path, message: `not valid YAML/JSON: ${(e as Error).message}` },
    ]);
  }
  const ext = (data as { extends?: unknown })?.extends;
  if (typeof ext !== "string") return data;
  const basePath = resolve(
    dirname(path),
    ext.endsWith(".yaml") || ext.endsWith(".json") ? ext : `${ext}.yaml`,
  );
  return mergeScenario(await loadScenarioData(basePath, effects, depth + 1), data);
}

export const scenarioCommand: Command = async (args, effects) => {
  const { values, positionals } = parseCommandArgs("scenario", args, {
    draws: { type: "string" },
    seed: { type: "string" },
    format: { type: "string" },
    workers: { type: "string" },
  });
  const [sub, file, ...rest] = positionals;
  if (sub !== "run" || !file || rest.length) throw new UsageError(`scenario: ${USAGE}`);
  const draws = parseIntOption("scenario", "draws", values.draws, 0, 1_000_000) ?? 0;
  const seed = parseIntOption("scenario", "seed", values.seed, 0, 2 ** 32 - 1) ?? 1;
  const workers = parseIntOption("scenario", "workers", values.workers, 0, 64);
  const format = parseFormat("scenario", values.format, ["table", "csv", "json"] as const, "table");
  const parsed = parseScenario(await loadScenarioData(resolve(effects.cwd, file), effects));
  if (!parsed.ok) throw new IssueError(parsed.issues);
  const scenario = parsed.value;
  const result = runScenario(scenario);
  let mc: MonteCarloResult | undefined;
  if (draws > 0) mc = await monteCarlo(scenario, draws, seed, workers, effects);
  if (format === "json")
    effects.stdout(`${JSON.stringify({ scenario: scenario.id, result, monteCarlo: mc })}\n`);
  else if (format === "csv") effects.stdout(scenarioCsv(result, mc));
  else effects.stdout(toTable(scenario, result, mc));
  return 0;
};

async function monteCarlo(
  s: Scenario,
  draws: number,
  seed: number,
  workers: number | undefined,
  effects: Effects,
) {
  const n = workers ?? (draws >= 200 ? 2 : 0);
  if (n >= 1) {
    const { runMonteCarloParallel } = await import("../mc-workers.ts");
    return runMonteCarloParallel(s, { draws, seed, workers: n, progress: progressReporter(effects, draws) });
  }
  const progress = progressReporter(effects, draws);
  const r = runMonteCarlo(s, { draws, seed });
  progress(draws);
  return r;
}

/** A progress bar on stderr when it is a terminal, plain lines every 10 % otherwise. */
export function progressReporter(effects: Effects, total: number): (done: number) => void {
  let lastDecile = -1;
  return createProgress(effects, total, {
    label: () => "draws",
    line: (done) => `monte carlo: ${done}/${total} draws`,
    shouldLog: (done) => {
      const decile = Math.floor((total ? done / total : 1) * 10);
      if (decile <= lastDecile) return false;
      lastDecile = decile;
      return true;
    },
  });
}

const fmt = (x: number) => (Math.abs(x) >= 100 ? Math.round(x).toLocaleString("en-US") : x.toPrecision(3));

function sumSeries(o: Record<string, number[]>, keys: string[]): number[] | undefined {
  const xs = keys.map((k) => o[k]).filter((v): v is number[] => !!v);
  return xs.length ? xs[0]!.map((_, t) => xs.reduce((a, v) => a + v[t]!, 0)) : undefined;
}

function toTable(s: Scenario, r: ScenarioResult, mc?: MonteCarloResult): string {
  const idx = TABLE_YEARS.map((y) => r.years.indexOf(y));
  const lines: string[] = [`scenario ${s.id}: ${s.title} (t/yr; NdFeB on the finished-magnet basis)`];
  const row = (label: string, v: number[] | undefined) =>
    v &&
    lines.push(`${label.padEnd(38)}${idx.map((i) => (i >= 0 ? fmt(v[i]!) : "-").padStart(12)).join("")}`);
  lines.push(`${"".padEnd(38)}${TABLE_YEARS.map((y) => String(y).padStart(12)).join("")}`);
  lines.push("NdFeB demand by application");
  for (const [k, v] of Object.entries(r.demand.byApplication)) row(`  ${k}`, v);
  row("  total (finished)", r.demand.total);
  row("  total (blank basis)", r.demand.blankBasis);
  lines.push("element demand (t REO)");
  for (const e of ["Nd", "Pr", "Dy", "Tb"]) row(`  ${e}`, r.elements.reo[e]);
  row("  REO total", r.elements.reoTotal);
  row("mine supply (t REO)", r.supply.mineTotal);
  row("undocumented Chinese output (t REO NdPr)", sumSeries(r.supply.unrecordedByElement, ["Nd", "Pr"]));
  lines.push("balance, primary + undocumented + recycled − demand (t REO)");
  for (const [k, v] of Object.entries(r.balance)) row(`  ${k}`, v);
  lines.push("market closure: recorded years show the model's gap; later years unmet demand (t REO)");
  for (const e of ["Nd", "Pr", "Dy", "Tb"]) {
    const gap = r.market.historyGap[e];
    const unmet = r.market.unmetDemand[e];
    row(`  ${e} gap (to ${s.baseYear}) / unmet`, gap && unmet && gap.map((x, t) => x - unmet[t]!));
  }
  row("  magnets unmet (t finished)", r.market.magnet.unmetDemand);
  row("  required new mine supply, NdPr-binding (t REO)", r.market.requiredNewSupply.Nd);
  lines.push("recycling supply (t REO)");
  row("  total", r.recycling.total);
  row(
    "China share of mining (%)",
    r.supply.stageShares.mining?.china?.map((x) => 100 * x),
  );
  row(
    "China share of magnets (%)",
    r.supply.stageShares.magnet?.china?.map((x) => 100 * x),
  );
  for (const [k, v] of Object.entries(r.supply.hhi)) row(`HHI ${k}`, v);
  row("China magnet exports (t)", r.supply.chinaMagnetExports);
  for (const [k, v] of Object.entries(r.exportControls.shortfall)) row(`export-control shortfall ${k}`, v);
  if (mc) {
    lines.push(`\nMonte Carlo: ${mc.draws} draws, seed ${mc.seed} — P5 / P50 / P95`);
    const clampedBy = Object.entries(mc.clamped.byPath).map(([p, n]) => `${p} ${n}`);
    lines.push(
      `clamped to a lever's range in ${mc.clamped.draws} of ${mc.draws} draws${clampedBy.length ? ` (${clampedBy.join(", ")})` : ""}`,
    );
    for (const key of [
      "demand.total",
      "elements.reo.Nd",
      "elements.reo.Dy",
      "elements.reo.Tb",
      "balance.Dy",
      "balance.Tb",
    ]) {
      const b = mc.bands[key];
      if (!b) continue;
      lines.push(
        `${key.padEnd(38)}${idx.map((i) => `${fmt(b.p5[i]!)}/${fmt(b.p50[i]!)}/${fmt(b.p95[i]!)}`.padStart(26)).join("")}`,
      );
    }
    lines.push(`sensitivity of ${mc.sensitivity.output} (Spearman ρ):`);
    for (const { path, rho } of mc.sensitivity.ranking.slice(0, 5))
      lines.push(`  ${rho.toFixed(3).padStart(7)}  ${path}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Every yearly series of the result (dotted paths), one row per year, with the Monte Carlo bands when run. */
function scenarioCsv(r: ScenarioResult, mc?: MonteCarloResult): string {
  const rows: CsvCell[][] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v) && v.length === r.years.length && typeof v[0] === "number") {
      const b = mc?.bands[path];
      v.forEach((x: unknown, t) => {
        const value = typeof x === "number" ? x : null;
        rows.push([path, r.years[t], value, b?.p5[t] ?? null, b?.p50[t] ?? null, b?.p95[t] ?? null]);
      });
    } else if (v && typeof v === "object" && !Array.isArray(v))
      for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  const { years: _y, id: _i, massBasis: _m, checks: _c, ...series } = r;
  walk(series, "");
  return toCsv(["series", "year", "value", "p5", "p50", "p95"], rows);
}
