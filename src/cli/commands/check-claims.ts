/** @module `lodestone check-claims FILE|- [--format table|json] [--date YYYY-MM-DD] [--fail-on inconsistent|none]`: an article's claims checked against the knowledge base. */
import { extractOrFail, parseArticleCommand, readArticle } from "../article-input.ts";
import { baselineModelFor } from "../baseline-model.ts";
import {
  type CheckReport,
  type ClaimCheck,
  checkClaims,
  loadKnowledgeBase,
  type Reason,
} from "../../check/index.ts";
import { commandStore } from "../config.ts";
import { ensureBundledData } from "../ensure-data.ts";
import type { Command } from "../errors.ts";
import { formatNumber } from "../format.ts";
import { parseChoice } from "../args.ts";

const USAGE =
  "usage: lodestone check-claims FILE|- [--format table|json] [--date YYYY-MM-DD] [--fail-on inconsistent|none]";

export const CHECK_CLAIMS_HELP = `${USAGE}

Reads an article (a file, or standard input for -), extracts its claims and events, and checks each one
against the article's own arithmetic and the knowledge base. Every check has a verdict (consistent,
inconsistent or unverifiable), a confidence (0-1) and reasons naming the numbers and sources compared.
A figure whose attribution is doubtful (another destination in its clause, a period from another clause,
no year) is reported unverifiable rather than inconsistent.

  --format table|json              table for a person (default) or {checks, warnings} as JSON
  --date YYYY-MM-DD                publication date, for articles without one ("last month", years)
  --fail-on inconsistent|none      exit 1 when any check is inconsistent (default), or never

exit codes: 0 no check inconsistent (or --fail-on none), 1 some check inconsistent or the article
could not be read, 2 wrong usage`;

const FAIL_ON = ["inconsistent", "none"] as const;

const MARK: Record<string, string> = { consistent: "✓", inconsistent: "✗", unverifiable: "?" };

const withUnit = (v: string, unit: string | null) => (!unit ? v : unit === "%" ? `${v}%` : `${v} ${unit}`);

function subjectLine(check: ClaimCheck): string {
  const c = check.claim;
  if (check.subject === "event" && "type" in c)
    return `${c.id}  event ${c.type}  ${c.actor}  ${c.date ?? "(no date)"}`;
  if (!("metric" in c)) return c.id;
  const value =
    c.value !== null
      ? withUnit(`${c.approx ? "~" : ""}${formatNumber(c.value)}`, c.unit ?? c.currency)
      : c.value_min !== null && c.value_max !== null
        ? withUnit(`${formatNumber(c.value_min)}–${formatNumber(c.value_max)}`, c.unit ?? c.currency)
        : c.change.value !== null
          ? `${c.change.value > 0 ? "+" : ""}${formatNumber(c.change.value)}% ${c.change.kind ?? "change"}`
          : "–";
  const who = [c.entity, c.counterparty].filter(Boolean).join(" → ");
  return [c.id, value, c.metric, who, c.period ?? "(no period)"].filter(Boolean).join("  ");
}

function compared(x: Reason["expected"]): string {
  if (!x) return "–";
  const none =
    (x.value === null || x.value === undefined) && (x.low ?? null) === null && (x.high ?? null) === null;
  if (none) return "no number set";
  if ((x.value === null || x.value === undefined) && (x.low ?? null) === null)
    return `at most ${withUnit(formatNumber(x.high ?? null), x.unit)}`;
  if ((x.value === null || x.value === undefined) && (x.high ?? null) === null)
    return `at least ${withUnit(formatNumber(x.low ?? null), x.unit)}`;
  const v =
    x.value !== null && x.value !== undefined
      ? typeof x.value === "number"
        ? formatNumber(x.value)
        : x.value
      : `${formatNumber(x.low ?? null)}–${formatNumber(x.high ?? null)}`;
  return withUnit(v, x.unit);
}

/** One reason as a person reads it: what was compared and how it came out; "nothing to compare" says what was looked for. */
function reasonLines(r: Reason): string[] {
  const head =
    r.kind === "nothing_to_compare"
      ? `? nothing to compare: ${r.message}`
      : r.kind === "ambiguous_attribution"
        ? `? ${r.message}`
        : `${MARK[r.outcome]} ${r.kind.replace(/_/g, " ")}: ${r.message}`;
  const out = [`  ${head}`];
  if (r.expected || r.found) out.push(`      expected ${compared(r.expected)}; found ${compared(r.found)}`);
  const seen = new Set<string>();
  for (const s of r.sources) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    out.push(`      source: ${s.publisher}${s.url ? ` <${s.url}>` : ""} [${s.id}]`);
  }
  return out;
}

/** Renders the report for a person: one block per claim with its verdict, quote, doubts, reasons and sources. */
export function formatCheckTable(report: CheckReport): string {
  const out: string[] = [];
  for (const check of report.checks) {
    const conf = check.verdict === "unverifiable" ? "" : ` (confidence ${check.confidence.toFixed(2)})`;
    out.push(`${check.verdict.toUpperCase().padEnd(13)} ${subjectLine(check)}${conf}`);
    const quote = check.claim.quote.replace(/\s+/g, " ");
    out.push(`  "${quote.length > 110 ? `${quote.slice(0, 107)}..." ` : `${quote}"`}`.trimEnd());
    for (const d of check.attribution.doubts) out.push(`  ! doubt: ${d.message} (${d.kind})`);
    for (const r of check.reasons) out.push(...reasonLines(r));
    out.push("");
  }
  const n = (v: string) => report.checks.filter((c) => c.verdict === v).length;
  out.push(
    `${report.checks.length} checked: ${n("consistent")} consistent, ${n("inconsistent")} inconsistent, ${n("unverifiable")} unverifiable`,
  );
  return `${out.join("\n")}\n`;
}

export const checkClaimsCommand: Command = async (args, fx) => {
  const parsed = parseArticleCommand("check-claims", args, fx, {
    formats: ["table", "json"] as const,
    fallback: "table",
    usage: USAGE,
    help: CHECK_CLAIMS_HELP,
    target: "FILE or -",
    options: ["fail-on"] as const,
  });
  if (!parsed) return 0;
  const { format, date, target } = parsed;
  const failOn = parseChoice("check-claims", "fail-on", parsed.options["fail-on"], FAIL_ON, "inconsistent");
  // The report's warnings include the extractor's own (printed once, below).
  const extraction = extractOrFail("check-claims", await readArticle("check-claims", target, fx), date);
  const store = await commandStore(fx);
  let report: CheckReport;
  try {
    await ensureBundledData(store, (l) => fx.stderr(`${l}\n`));
    const model = await baselineModelFor(extraction, fx);
    report = checkClaims(extraction, await loadKnowledgeBase(store, extraction, model ? { model } : {}));
  } finally {
    await store.close();
  }
  for (const w of report.warnings) fx.stderr(`check-claims: warning: ${w.message}\n`);
  fx.stdout(format === "json" ? `${JSON.stringify(report, null, 2)}\n` : formatCheckTable(report));
  const inconsistent = report.checks.filter((c) => c.verdict === "inconsistent").length;
  if (failOn === "inconsistent" && inconsistent) {
    fx.stderr(
      `check-claims: ${inconsistent} check${inconsistent === 1 ? " is" : "s are"} inconsistent (exit 1; --fail-on none to exit 0)\n`,
    );
    return 1;
  }
  return 0;
};
