/**
 * Runs extraction and claim checks on the news-corpus dev articles against the bundled knowledge base (loaded into
 * an in-memory PGlite store) and reports counts by verdict and reason kind, and every `inconsistent` verdict with
 * its numbers and sources. The corpus lives outside the repository (`../shared/news-corpus`).
 * Usage: npm run eval:checks [-- --folds K] [--fold K | --exclude-fold K] [--only ID,...] [--verbose] [--json FILE] [--without-model]
 * Demand and output claims are compared with the baseline scenario's Monte Carlo band (run once, `MODEL_RUN`);
 * `--without-model` measures the checks without it.
 * Folds are those of eval:news (scripts/eval/folds.ts): each fold's figures are measured on articles the rules of
 * the other folds may have been written against.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  checkClaims,
  loadKnowledgeBase,
  MODEL_RUN,
  type ModelBaseline,
  summariseChecks,
} from "../src/check/index.ts";
import { loadBaselineModel } from "../src/cli/baseline-model.ts";
import { defaultEffects } from "../src/cli/effects.ts";

import type { ClaimCheck, ReasonKind } from "../src/check/verdict.ts";
import { loadDataset } from "../src/dataset/load.ts";
import { formatIssues } from "../src/domain/issue.ts";
import { extractArticle } from "../src/extract/extract.ts";
import { openStore } from "../src/store/store.ts";
import { assignFolds, isNewArticle, selectIds } from "./eval/folds.ts";

const USAGE =
  "usage: npm run eval:checks -- [--folds K] [--fold K | --exclude-fold K] [--only ID,...] [--verbose] [--json FILE] [--corpus DIR] [--ids FILE] [--without-model]";
const fail = (message: string): never => {
  console.error(`eval:checks: ${message}\n${USAGE}`);
  process.exit(2);
};
let values: Record<string, string | boolean | undefined> = {};
try {
  values = parseArgs({
    args: process.argv.slice(2),
    options: {
      folds: { type: "string" },
      fold: { type: "string" },
      "exclude-fold": { type: "string" },
      only: { type: "string" },
      verbose: { type: "boolean" },
      json: { type: "string" },
      corpus: { type: "string" },
      ids: { type: "string" },
      "without-model": { type: "boolean" },
    },
    strict: true,
  }).values;
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
const intOption = (name: string, min: number): number | undefined => {
  const v = values[name];
  if (v === undefined) return undefined;
  if (typeof v !== "string" || !/^\d+$/.test(v) || Number(v) < min)
    fail(`invalid --${name} "${v}": expected an integer >= ${min}`);
  return Number(v);
};
const verbose = values.verbose === true;
const corpus = resolve((values.corpus as string | undefined) ?? "../shared/news-corpus");
if (!existsSync(corpus)) {
  console.log(
    `skipped: no news corpus at ${(values.corpus as string | undefined) ?? "../shared/news-corpus"} (evaluation data lives outside the repo)`,
  );
  process.exit(0);
}
const k = intOption("folds", 1) ?? 4;
const onlyFold = intOption("fold", 1);
const exceptFold = intOption("exclude-fold", 1);
if (onlyFold !== undefined && exceptFold !== undefined) fail("give --fold or --exclude-fold, not both");
for (const f of [onlyFold, exceptFold])
  if (f !== undefined && f > k) fail(`there are ${k} folds (--folds ${k})`);
const idsFile = resolve((values.ids as string | undefined) ?? join(corpus, "dev.txt"));
if (!existsSync(idsFile)) fail(`no ids file ${idsFile}`);
const allIds = readFileSync(idsFile, "utf8")
  .split("\n")
  .map((l) => l.replace(/#.*/, "").trim())
  .filter(Boolean);
// The same folds as eval:news: dealt over the whole id list by hash, so a selection never moves an article.
let folds = new Map<string, number>();
try {
  folds = assignFolds(allIds, k);
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
let ids = allIds;
if (typeof values.only === "string")
  try {
    ids = selectIds(ids, values.only.split(",").filter(Boolean));
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
if (onlyFold !== undefined) ids = ids.filter((id) => folds.get(id) === onlyFold);
if (exceptFold !== undefined) ids = ids.filter((id) => folds.get(id) !== exceptFold);

const ds = await loadDataset(resolve("data"));
if (!ds.ok) {
  console.error(formatIssues(ds.issues));
  process.exit(1);
}
const store = await openStore();
await store.loadDataset(ds.value);

/** The baseline scenario's bands, run once for every article (deterministic: `MODEL_RUN`), as the CLI runs them. */
async function runModel(): Promise<{ model: ModelBaseline; ms: number }> {
  const t = performance.now();
  const model = await loadBaselineModel(defaultEffects());
  return { model, ms: performance.now() - t };
}
const modelRun = values["without-model"] === true ? null : await runModel();

interface ArticleResult {
  id: string;
  /** The address the article was read from (its header), to tell knowledge-base rows taken from it. */
  source: string | null;
  checks: ClaimCheck[];
  warnings: string[];
}
const results: ArticleResult[] = [];
/** Reasons that compare a claim with a reported (official or company) figure rather than with arithmetic or a model. */
const OFFICIAL_KINDS = new Set<ReasonKind>([
  "source_conflict",
  "revision",
  "company_result",
  "register_amount",
  "capacity",
  "policy_register",
  "policy_provision",
]);
const t0 = performance.now();
const time = { extract: 0, load: 0, check: 0 };
for (const id of ids) {
  const text = readFileSync(join(corpus, "articles", `${id}.txt`), "utf8");
  let t = performance.now();
  const extraction = extractArticle(text);
  time.extract += performance.now() - t;
  t = performance.now();
  const kb = await loadKnowledgeBase(store, extraction, modelRun ? { model: modelRun.model } : {});
  time.load += performance.now() - t;
  t = performance.now();
  const report = checkClaims(extraction, kb);
  time.check += performance.now() - t;
  results.push({
    id,
    source: extraction.meta.source,
    checks: report.checks,
    warnings: (report.warnings ?? []).map((w) => w.code),
  });
}
const ms = performance.now() - t0;
await store.close();

// Knowledge-base rows curated from the very article checked confirm only that the extractor read what the curator
// read: counted apart, since articles kept out of the knowledge base cannot profit from them.
const selfSourced = (r: ArticleResult) =>
  r.checks.filter((c) => {
    if (c.verdict !== "consistent" || !r.source) return false;
    const backing = c.reasons.filter((x) => x.outcome === "consistent");
    const kbSources = backing.flatMap((x) => x.sources.filter((s) => !s.id.startsWith("article:")));
    return kbSources.length > 0 && kbSources.every((s) => s.url === r.source);
  });
const selfOnly = results.flatMap(selfSourced);
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : "–");
function line(label: string, rs: ArticleResult[]) {
  const s = summariseChecks(rs.flatMap((r) => r.checks));
  const own = rs.reduce((n, r) => n + selfSourced(r).length, 0);
  return `${label.padEnd(14)} ${String(rs.length).padStart(3)} articles  ${String(s.total).padStart(4)} checks  ${String(s.verdicts.consistent).padStart(4)} consistent  ${String(s.verdicts.inconsistent).padStart(3)} inconsistent  ${String(s.verdicts.unverifiable).padStart(4)} unverifiable (${pct(s.verdicts.unverifiable, s.total)}; ${pct(s.verdicts.unverifiable + own, s.total)} without the ${own} confirmed only by rows taken from the article)`;
}

const all = summariseChecks(results.flatMap((r) => r.checks));
console.log(line("all", results));
for (let f = 1; f <= k; f++) {
  const inFold = results.filter((r) => folds.get(r.id) === f);
  if (inFold.length) console.log(line(`fold ${f}/${k}`, inFold));
}
const fresh = results.filter((r) => isNewArticle(r.id));
if (fresh.length && fresh.length < results.length) {
  console.log(line("new articles", fresh));
  console.log(
    line(
      "older",
      results.filter((r) => !isNewArticle(r.id)),
    ),
  );
}
console.log("\nreasons by kind and outcome:");
for (const [kind, by] of Object.entries(all.reasons).sort((a, b) => a[0].localeCompare(b[0])))
  console.log(
    `  ${kind.padEnd(20)} ${Object.entries(by)
      .map(([o, n]) => `${o} ${n}`)
      .join(", ")}`,
  );
console.log("\nunverifiable because:");
for (const [why, n] of Object.entries(all.abstentions).sort((a, b) => b[1] - a[1]))
  console.log(`  ${String(n).padStart(4)}  ${why}`);
console.log("\nunverifiable by gap (what was missing):");
for (const [gap, n] of Object.entries(all.gaps).sort((a, b) => b[1] - a[1]))
  console.log(`  ${String(n).padStart(4)}  ${pct(n, all.total).padStart(6)} of all checks  ${gap}`);
const warned = results.filter((r) => r.warnings.length);
if (warned.length) {
  console.log("\narticle warnings:");
  for (const r of warned) console.log(`  ${r.id}: ${r.warnings.join(", ")}`);
}
console.log("\ninconsistent verdicts:");
let n = 0;
for (const r of results)
  for (const c of r.checks) {
    if (c.verdict !== "inconsistent") continue;
    n++;
    const quote = c.claim.quote.replace(/\s+/g, " ");
    console.log(`- ${r.id} ${c.claim.id} (confidence ${c.confidence.toFixed(2)}): "${quote.slice(0, 140)}"`);
    for (const reason of c.reasons.filter((x) => x.outcome === "inconsistent"))
      console.log(
        `    ${reason.kind}: ${reason.message}\n      sources: ${reason.sources.map((s) => s.id).join(", ")}`,
      );
  }
if (!n) console.log("  none");
// The rule the checks must keep: a figure that agrees with a reported knowledge-base figure is never inconsistent.
const onOfficial = results.flatMap((r) =>
  r.checks.filter(
    (c) =>
      c.verdict === "inconsistent" &&
      c.reasons.some((x) => x.outcome === "consistent" && OFFICIAL_KINDS.has(x.kind)),
  ),
);
console.log(
  `inconsistent on a figure equal to its official source: ${onOfficial.length}${onOfficial.length ? ` (${onOfficial.map((c) => c.claim.id).join(", ")})` : ""}`,
);
if (verbose)
  for (const r of results) {
    console.log(`\n== ${r.id}`);
    for (const c of r.checks) {
      const x = c.claim;
      const what =
        "metric" in x
          ? `${x.metric} ${x.value ?? x.change.value ?? "–"} ${x.unit ?? x.currency ?? ""} ${[x.entity, x.counterparty].filter(Boolean).join(" → ")} ${x.period ?? "(no period)"}`
          : `${x.type} ${x.actor} ${x.date ?? "(no date)"}`;
      console.log(`  ${c.verdict.padEnd(13)} ${x.id} ${what}: ${c.reasons.map((y) => y.kind).join(", ")}`);
      if (c.verdict !== "unverifiable") continue;
      console.log(`      "${x.quote.replace(/\s+/g, " ").slice(0, 220)}"`);
      for (const y of c.reasons) console.log(`      - ${y.message.slice(0, 300)}`);
    }
  }
const json = values.json as string | undefined;
if (json) writeFileSync(resolve(json), JSON.stringify({ summary: all, articles: results }, null, 1));
console.log(
  `\nconsistent only against knowledge-base rows taken from the article itself: ${selfOnly.length} of ${all.verdicts.consistent}`,
);
console.log(
  `\nchecked ${ids.length} articles in ${ms.toFixed(0)} ms (extraction ${time.extract.toFixed(0)} ms, knowledge-base reads ${time.load.toFixed(0)} ms, checks ${time.check.toFixed(0)} ms)${modelRun ? `; model ${MODEL_RUN.scenario} (${MODEL_RUN.draws} draws, seed ${MODEL_RUN.seed}) run once in ${modelRun.ms.toFixed(0)} ms` : "; without the model"}`,
);
