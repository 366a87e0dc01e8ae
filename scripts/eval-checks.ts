/**
 * Runs extraction and claim checks on the news-corpus dev articles against the bundled knowledge base (loaded into
 * an in-memory PGlite store) and reports counts by verdict and reason kind, and every `inconsistent` verdict with
 * its numbers and sources. The corpus lives outside the repository (`../shared/news-corpus`).
 * Usage: npm run eval:checks [-- --corpus DIR] [--ids FILE] [--folds N] [--verbose] [--json FILE]
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { checkClaims, loadKnowledgeBase, summariseChecks } from "../src/check/index.ts";

import type { ClaimCheck } from "../src/check/verdict.ts";
import { loadDataset } from "../src/dataset/load.ts";
import { formatIssues } from "../src/domain/issue.ts";
import { extractArticle } from "../src/extract/extract.ts";
import { openStore } from "../src/store/store.ts";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const verbose = args.includes("--verbose");
const corpus = resolve(opt("--corpus") ?? "../shared/news-corpus");
if (!existsSync(corpus)) {
  console.log(
    `skipped: ${opt("--corpus") ?? "../shared/news-corpus"} not found (evaluation data lives outside the repo)`,
  );
  process.exit(0);
}
const foldsArg = opt("--folds");
const folds = foldsArg === undefined ? 0 : Number(foldsArg);
if (!Number.isInteger(folds) || folds < 0 || folds === 1 || folds > 40) {
  console.error(`eval:checks: invalid --folds "${foldsArg}": expected an integer from 2 to 40`);
  process.exit(2);
}
const idsFile = resolve(opt("--ids") ?? join(corpus, "dev.txt"));
const ids = readFileSync(idsFile, "utf8")
  .split("\n")
  .map((l) => l.replace(/#.*/, "").trim())
  .filter(Boolean);

const ds = await loadDataset(resolve("data"));
if (!ds.ok) {
  console.error(formatIssues(ds.issues));
  process.exit(1);
}
const store = await openStore();
await store.loadDataset(ds.value);

interface ArticleResult {
  id: string;
  checks: ClaimCheck[];
  warnings: string[];
}
const results: ArticleResult[] = [];
const t0 = performance.now();
for (const id of ids) {
  const text = readFileSync(join(corpus, "articles", `${id}.txt`), "utf8");
  const extraction = extractArticle(text);
  const report = checkClaims(extraction, await loadKnowledgeBase(store, extraction));
  results.push({ id, checks: report.checks, warnings: (report.warnings ?? []).map((w) => w.code) });
}
const ms = performance.now() - t0;
await store.close();

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : "–");
function line(label: string, rs: ArticleResult[]) {
  const s = summariseChecks(rs.flatMap((r) => r.checks));
  return `${label.padEnd(14)} ${String(rs.length).padStart(3)} articles  ${String(s.total).padStart(4)} checks  ${String(s.verdicts.consistent).padStart(4)} consistent  ${String(s.verdicts.inconsistent).padStart(3)} inconsistent  ${String(s.verdicts.unverifiable).padStart(4)} unverifiable (${pct(s.verdicts.unverifiable, s.total)})`;
}

const all = summariseChecks(results.flatMap((r) => r.checks));
console.log(line("all", results));
if (folds >= 2) {
  // Folds by position in the id list, as eval:news assigns them: article i goes to fold i mod N.
  for (let f = 0; f < folds; f++)
    console.log(
      line(
        `fold ${f + 1}/${folds}`,
        results.filter((_, i) => i % folds === f),
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
if (verbose)
  for (const r of results) {
    console.log(`\n== ${r.id}`);
    for (const c of r.checks)
      console.log(
        `  ${c.verdict.padEnd(13)} ${c.claim.id} ${"metric" in c.claim ? c.claim.metric : c.claim.type}: ${c.reasons.map((x) => x.kind).join(", ")}`,
      );
  }
const json = opt("--json");
if (json) writeFileSync(resolve(json), JSON.stringify({ summary: all, articles: results }, null, 1));
console.log(`\nchecked ${ids.length} articles in ${ms.toFixed(0)} ms`);
