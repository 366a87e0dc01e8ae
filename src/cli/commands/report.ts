/**
 * @module `lodestone report brief --month YYYY-MM` and `lodestone report scenario FILE`: printable HTML reports (open
 * in a browser, print to PDF), from the same series and engine runs as the CLI, API and dashboard.
 */
import { resolve } from "node:path";
import { IssueError } from "../../domain/issue.ts";
import { briefReport } from "../../domain/report-brief.ts";
import { reportHtml } from "../../domain/report-html.ts";
import { runMonteCarlo } from "../../engine/monte-carlo.ts";
import { runScenario } from "../../engine/run-scenario.ts";
import { parseScenario } from "../../engine/scenario-schema.ts";
import { parseCommandArgs, parseIntOption } from "../args.ts";
import { commandStore } from "../config.ts";
import { ensureBundledData } from "../ensure-data.ts";
import { type Command, UsageError } from "../errors.ts";
import { briefInput } from "./report-brief-data.ts";
import { scenarioReportInput } from "./report-scenario-data.ts";
import { loadScenarioData } from "./scenario.ts";

export const REPORT_HELP = `usage: lodestone report brief --month YYYY-MM [--destinations N] [--out FILE]
       lodestone report scenario FILE [--draws N] [--seed S] [--out FILE]
Writes a self-contained HTML report that prints cleanly to PDF (open it, then Print / Save as PDF):
  brief      China's magnet exports in the month (total, m/m, y/y, year to date, destinations and shares,
             the last 24 months) and the prices dated in the month in USD/kg without VAT (as \`lodestone prices\`,
             with the rate and VAT used; those left out with the reason), every source with its licence
  scenario   a scenario run: demand, supply and unmet demand, export-control shortfall, stage shares and
             HHI at milestone years, Monte Carlo bands with --draws, the scenario's sources and assumptions
  --out FILE  write there (atomically) instead of standard output
examples:
  lodestone report brief --month 2025-07 --out brief-2025-07.html
  lodestone report scenario scenarios/export-control-escalation.yaml --draws 200 --out escalation.html
`;

export const reportCommand: Command = async (args, fx) => {
  const { values, positionals } = parseCommandArgs("report", args, {
    month: { type: "string" },
    destinations: { type: "string" },
    draws: { type: "string" },
    seed: { type: "string" },
    out: { type: "string" },
  });
  const [kind, file, ...rest] = positionals;
  if (rest.length) throw new UsageError(`report: unexpected argument "${rest[0]}"\n${REPORT_HELP}`);
  const generatedAt = new Date().toISOString().slice(0, 16).replace("T", " ");
  let html: string;
  if (kind === "brief") {
    if (file) throw new UsageError(`report brief: unexpected argument "${file}"\n${REPORT_HELP}`);
    const month = values.month;
    if (!month || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
      throw new UsageError(
        `report brief: --month must be YYYY-MM (e.g. 2025-07); got ${month ? `"${month}"` : "nothing"}`,
      );
    const n = parseIntOption("report", "destinations", values.destinations, 1, 50) ?? 10;
    const store = await commandStore(fx);
    try {
      await ensureBundledData(store, (l) => fx.stderr(`${l}\n`));
      html = reportHtml(briefReport({ ...(await briefInput(store, month, n)), generatedAt }));
    } finally {
      await store.close();
    }
  } else if (kind === "scenario") {
    if (!file) throw new UsageError(`report scenario: missing FILE\n${REPORT_HELP}`);
    const draws = parseIntOption("report", "draws", values.draws, 0, 100_000) ?? 0;
    const seed = parseIntOption("report", "seed", values.seed, 0, 2 ** 32 - 1) ?? 42;
    const path = resolve(fx.cwd, file);
    const data = await loadScenarioData(path, fx);
    const parsed = parseScenario(data);
    if (!parsed.ok) throw new IssueError(parsed.issues);
    const run = runScenario(parsed.value);
    const mc = draws > 0 ? runMonteCarlo(parsed.value, { draws, seed }) : null;
    // Each cited address's licence where the dataset holds that source (as the page's report and workbook do).
    const store = await commandStore(fx);
    let byUrl: Map<string, string>;
    try {
      await ensureBundledData(store, (l) => fx.stderr(`${l}\n`));
      byUrl = new Map((await store.sources()).map((x) => [x.url, x.licence]));
    } finally {
      await store.close();
    }
    html = reportHtml(
      await scenarioReportInput({ path, data, run, mc, generatedAt, fx, licenceOf: (u) => byUrl.get(u) }),
    );
  } else
    throw new UsageError(
      `report: expected "brief" or "scenario"${kind ? `, got "${kind}"` : ""}\n${REPORT_HELP}`,
    );
  if (values.out) {
    await fx.writeFileAtomic(resolve(fx.cwd, values.out), html);
    fx.stderr(
      `wrote ${values.out} (${html.length.toLocaleString("en-GB")} characters); open it and print to PDF\n`,
    );
  } else fx.stdout(html);
  return 0;
};
