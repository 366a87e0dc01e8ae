/** @module CLI entry: argv -> command; exit codes are decided here only (0 ok, 1 problems found, 2 usage). */
import { formatIssues, IssueError } from "../domain/issue.ts";
import { defaultEffects, type Effects } from "./effects.ts";
import { type Command, UsageError, UserError } from "./errors.ts";
import { StoreUnavailableError } from "../store/store-unavailable.ts";
import { setLockCommand } from "./store-lock.ts";

const HELP = `lodestone — open intelligence for the rare-earth permanent magnet supply chain

usage: lodestone <command> [options]

  data check [--data DIR]        validate every data file; reports all problems at once
  data load [--data DIR]         load data/ into the store in one transaction (idempotent)
  figures [filters]              sourced figures (run "lodestone figures --help")
  series --metric M --entity E   one value per period, never double counting ("lodestone series --help")
  sources [--licence L]          sources with publisher, date and licence
  prices [--material M]          prices in USD/kg without VAT, rates and sources ("lodestone prices --help")
  policy [filters]               policy and export-control register ("lodestone policy --help")
  projects [filters]             capacity projects with capacity basis ("lodestone projects --help")
  results [filters]              company results with currency and basis ("lodestone results --help")
  estimates [filters]            published market estimates ("lodestone estimates --help")
  serve [--port N]               HTTP API and dashboard (PORT, LODESTONE_HOME, DATABASE_URL)
  scenario run FILE [--draws N] [--seed S] [--format table|csv|json]
                                 run a scenario (Monte Carlo bands with --draws)
  extract FILE|- [--format json|table] [--date YYYY-MM-DD]
                                 read an article into claims and events (nothing stored)
  ingest FILE|DIR|- [--date D] [--format table|json]
                                 store articles with their claims and events (idempotent)
  check-claims FILE|- [--format table|json] [--date YYYY-MM-DD] [--fail-on inconsistent|none]
                                 check an article's claims against the knowledge base;
                                 exits 1 when a claim is inconsistent (unless --fail-on none)
  reextract [--id ID] [--date D] run the extractor again over stored articles' kept texts
  backup FILE                    write every table of the store to FILE (JSON lines)
  restore FILE [--replace]       replace the store's contents with a backup (one transaction)
  report brief|scenario ...      printable HTML report (print to PDF) ("lodestone report --help")

  --format table|csv|json on commands that print data
`;

const COMMANDS: Record<string, () => Promise<Command>> = {
  data: async () => (await import("./commands/data.ts")).dataCommand,
  figures: async () => (await import("./commands/figures.ts")).figuresCommand,
  series: async () => (await import("./commands/series.ts")).seriesCommand,
  sources: async () => (await import("./commands/sources.ts")).sourcesCommand,
  prices: async () => (await import("./commands/prices.ts")).pricesCommand,
  policy: async () => (await import("./commands/policy.ts")).policyCommand,
  projects: async () => (await import("./commands/projects.ts")).projectsCommand,
  results: async () => (await import("./commands/results.ts")).resultsCommand,
  estimates: async () => (await import("./commands/estimates.ts")).estimatesCommand,
  serve: async () => (await import("./commands/serve.ts")).serveCommand,
  scenario: async () => (await import("./commands/scenario.ts")).scenarioCommand,
  extract: async () => (await import("./commands/extract.ts")).extractCommand,
  ingest: async () => (await import("./commands/ingest.ts")).ingestCommand,
  "check-claims": async () => (await import("./commands/check-claims.ts")).checkClaimsCommand,
  reextract: async () => (await import("./commands/reextract.ts")).reextractCommand,
  backup: async () => (await import("./commands/backup.ts")).backupCommand,
  restore: async () => (await import("./commands/backup.ts")).restoreCommand,
  report: async () => (await import("./commands/report.ts")).reportCommand,
};

/** Runs the CLI with `argv` (without node and script); returns the exit code. */
export async function main(argv: string[], fx: Effects = defaultEffects()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    fx.stdout(HELP);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    fx.stderr(`lodestone: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  if (name === "figures" && (rest.includes("--help") || rest.includes("-h"))) {
    fx.stdout((await import("./commands/figures.ts")).FIGURES_HELP);
    return 0;
  }
  if (name === "prices" && (rest.includes("--help") || rest.includes("-h"))) {
    fx.stdout((await import("./commands/prices.ts")).PRICES_HELP);
    return 0;
  }
  if (name === "report" && (rest.includes("--help") || rest.includes("-h"))) {
    fx.stdout((await import("./commands/report.ts")).REPORT_HELP);
    return 0;
  }
  if (name === "series" && (rest.includes("--help") || rest.includes("-h"))) {
    fx.stdout((await import("./commands/series.ts")).SERIES_HELP);
    return 0;
  }
  setLockCommand(name);
  try {
    return await (await load())(rest, fx);
  } catch (e) {
    if (e instanceof UsageError) {
      fx.stderr(`lodestone ${e.message}\n`);
      return 2;
    }
    if (e instanceof IssueError) {
      fx.stderr(`${formatIssues(e.issues)}\n${e.issues.length} problem${e.issues.length === 1 ? "" : "s"}\n`);
      return 1;
    }
    if (e instanceof UserError || e instanceof StoreUnavailableError) {
      fx.stderr(`lodestone: ${e.message}\n`);
      return 1;
    }
    if (isMissingModule(e)) {
      fx.stderr(`lodestone: the "${name}" command is not available in this build\n`);
      return 2;
    }
    throw e;
  }
}

function isMissingModule(e: unknown): boolean {
  return (
    e instanceof Error &&
    (e as { code?: string }).code === "ERR_MODULE_NOT_FOUND" &&
    /commands\//.test(e.message)
  );
}
