/**
 * Evaluates the extractor on the news corpus dev set: extracts the selected articles of `dev.txt` into a temporary
 * prediction folder, runs the corpus scorer once, and reports the whole selection, each fold of articles, and the
 * articles added in December 2026 ("new"), with the accuracy of each attribute on matched core claims. The corpus
 * lives outside the repository (`../shared/news-corpus`); without it the script says so and exits 0.
 *
 * Then the own set (`test/fixtures/own-articles`: articles written for the project, halves A, B and C listed in
 * `half-a.txt`, `half-b.txt`, `half-c.txt`; C is held out) is scored with the same scorer and reported by half.
 * `--own A|B|C|all` scores only the own
 * set (the half given; `--verbose`, `--table` and `--only` then apply to it), `--own none` skips it.
 *
 * Usage: npm run eval:news [-- --folds K] [--fold K | --exclude-fold K] [--only ID,...] [--verbose | --table]
 *        [--json out.json] [--keep] [--corpus DIR] [--ids FILE] [--own A|B|C|all|none]
 */
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { assignFolds, isNewArticle, selectIds } from "./eval/folds.ts";
import { formatGroups, type GroupScore, groupScore } from "./eval/groups.ts";
import { type CorpusRun, readIds, runCorpus } from "./eval/run-corpus.ts";

const USAGE =
  "usage: npm run eval:news -- [--folds K] [--fold K | --exclude-fold K] [--only ID,...] [--verbose | --table] [--json FILE] [--keep] [--corpus DIR] [--ids FILE] [--own A|B|C|all|none]";

function fail(message: string): never {
  console.error(`eval:news: ${message}\n${USAGE}`);
  process.exit(2);
}

let values: ReturnType<typeof parse>["values"];
function parse() {
  return parseArgs({
    args: process.argv.slice(2),
    options: {
      corpus: { type: "string" },
      ids: { type: "string" },
      own: { type: "string" },
      folds: { type: "string" },
      fold: { type: "string" },
      "exclude-fold": { type: "string" },
      only: { type: "string", multiple: true },
      verbose: { type: "boolean" },
      table: { type: "boolean" },
      json: { type: "string" },
      keep: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}
try {
  ({ values } = parse());
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const intOption = (name: string, v: string | undefined, min: number): number | undefined => {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min) fail(`invalid --${name} "${v}": expected an integer >= ${min}`);
  return Number(v);
};
const k = intOption("folds", values.folds, 1) ?? 4;
const onlyFold = intOption("fold", values.fold, 1);
const exceptFold = intOption("exclude-fold", values["exclude-fold"], 1);
if (onlyFold !== undefined && exceptFold !== undefined) fail("give --fold or --exclude-fold, not both");
for (const [name, f] of [
  ["fold", onlyFold],
  ["exclude-fold", exceptFold],
] as const)
  if (f !== undefined && f > k) fail(`invalid --${name} ${f}: there are ${k} folds (--folds ${k})`);

const corpus = resolve(values.corpus ?? "../shared/news-corpus");
if (!existsSync(corpus)) {
  console.log(
    `skipped: no news corpus at ${values.corpus ?? "../shared/news-corpus"} (evaluation data lives outside the repo)`,
  );
  process.exit(0);
}
const idsFile = resolve(values.ids ?? join(corpus, "dev.txt"));
if (!existsSync(idsFile)) fail(`no ids file ${idsFile}`);
const allIds = readIds(idsFile);
const own = values.own ?? "default";
if (!["A", "B", "C", "all", "none", "default"].includes(own))
  fail(`invalid --own "${own}": expected A, B, C, all or none`);
const ownDir = resolve("test/fixtures/own-articles");
const scorer = join(corpus, "score.mjs");
const onlyList = (): string[] => (values.only ?? []).flatMap((s) => s.split(",")).filter(Boolean);

const HALVES = [
  { name: "A", file: "half-a.txt", label: "own: half A (tuned)" },
  { name: "B", file: "half-b.txt", label: "own: half B (tuned)" },
  { name: "C", file: "half-c.txt", label: "own: half C (held out)" },
] as const;

/** Scores the own set (the halves in `which`), prints its groups; with `detail`, the scorer's output first. */
function reportOwn(which: string, detail: boolean): void {
  if (!existsSync(ownDir))
    fail("no own held-out set at test/fixtures/own-articles (run from the repository root)");
  const halves = HALVES.map((h) => ({ ...h, ids: readIds(join(ownDir, h.file)) }));
  let ownIds = halves.filter((h) => which === "all" || h.name === which).flatMap((h) => h.ids);
  try {
    if (detail && values.only) ownIds = selectIds(ownIds, onlyList());
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
  let r: CorpusRun;
  try {
    r = runCorpus(ownDir, ownIds, scorer, detail && values.keep);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
  if (detail && values.verbose) console.log(`${r.stdout}\n`);
  else if (detail && values.table) console.log(`${r.stdout.slice(r.stdout.indexOf("articles "))}\n`);
  const ownGroups = halves
    .map((h) => ({ label: h.label, scores: r.scores.filter((x) => h.ids.includes(x.id)) }))
    .filter((g) => g.scores.length > 0)
    .map((g) => groupScore(g.label, g.scores));
  if (ownGroups.length > 1) ownGroups.unshift(groupScore("own: all", r.scores));
  console.log(formatGroups(ownGroups));
  console.log(`own held-out set: ${r.result.headline}`);
  if (detail && values.json)
    writeFileSync(
      resolve(values.json),
      `${JSON.stringify({ groups: ownGroups, scorer: r.result }, null, 2)}\n`,
    );
  if (r.kept) console.log(`predictions kept in ${r.kept}`);
}
if (own === "A" || own === "B" || own === "C" || own === "all") {
  reportOwn(own, true);
  process.exit(0);
}

// Folds are dealt over the whole id list, so selecting articles never moves one to another fold.
let folds: Map<string, number>;
try {
  folds = assignFolds(allIds, k);
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}
let ids = allIds;
if (values.only) {
  try {
    ids = selectIds(ids, onlyList());
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
}
if (onlyFold !== undefined) ids = ids.filter((id) => folds.get(id) === onlyFold);
if (exceptFold !== undefined) ids = ids.filter((id) => folds.get(id) !== exceptFold);
if (ids.length === 0) fail("the selection holds no article");

let run: CorpusRun;
try {
  run = runCorpus(corpus, ids, scorer, values.keep);
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
const { scores, result, ms } = run;
const groups: GroupScore[] = [groupScore("all selected", scores)];
for (let f = 1; f <= k && k > 1; f++) {
  const inFold = scores.filter((s) => folds.get(s.id) === f);
  if (inFold.length > 0) groups.push(groupScore(`fold ${f}`, inFold));
}
const fresh = scores.filter((s) => isNewArticle(s.id));
if (fresh.length > 0 && fresh.length < scores.length) {
  groups.push(groupScore("new (Dec 2026)", fresh));
  groups.push(
    groupScore(
      "earlier",
      scores.filter((s) => !isNewArticle(s.id)),
    ),
  );
}

// The scorer's own output: its table (with --table), or the per-article matches too (with --verbose).
const out = run.stdout;
if (values.verbose) console.log(out);
else if (values.table) console.log(out.slice(out.indexOf("articles ")));
if (values.verbose || values.table) console.log("");
console.log(formatGroups(groups));
const members = [...new Set(folds.values())]
  .sort((a, b) => a - b)
  .map(
    (f) =>
      `${f}: ${ids
        .filter((id) => folds.get(id) === f)
        .map((id) => id.slice(0, 3))
        .join(" ")}`,
  )
  .filter((s) => !s.endsWith(": "));
if (k > 1)
  console.log(
    `folds (${k}, dealt by FNV-1a hash of the id over ${idsFile.endsWith("dev.txt") ? "dev.txt" : "the ids file"}): ${members.join("; ")}`,
  );
console.log(result.headline);
console.log(`extracted ${ids.length} articles in ${ms.toFixed(0)} ms`);
if (values.json)
  writeFileSync(resolve(values.json), `${JSON.stringify({ groups, scorer: result }, null, 2)}\n`);
if (run.kept) console.log(`predictions kept in ${run.kept}`);
if (
  own === "default" &&
  !values.only &&
  onlyFold === undefined &&
  exceptFold === undefined &&
  existsSync(ownDir)
) {
  console.log("");
  reportOwn("all", false);
}
