/**
 * Evaluates the extractor on the news corpus dev set: extracts the selected articles of `dev.txt` into a temporary
 * prediction folder, runs the corpus scorer once, and reports the whole selection, each fold of articles, and the
 * articles added in December 2026 ("new"), with the accuracy of each attribute on matched core claims. The corpus
 * lives outside the repository (`../shared/news-corpus`); without it the script says so and exits 0.
 *
 * Usage: npm run eval:news [-- --folds K] [--fold K | --exclude-fold K] [--only ID,...] [--verbose | --table]
 *        [--json out.json] [--keep] [--corpus DIR] [--ids FILE]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { extractArticle } from "../src/extract/extract.ts";
import { assignFolds, isNewArticle, selectIds } from "./eval/folds.ts";
import {
  type ArticleScore,
  articleScore,
  formatGroups,
  type GroupScore,
  groupScore,
  type ScorerResult,
} from "./eval/groups.ts";

const USAGE =
  "usage: npm run eval:news -- [--folds K] [--fold K | --exclude-fold K] [--only ID,...] [--verbose | --table] [--json FILE] [--keep] [--corpus DIR] [--ids FILE]";

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
const allIds = readFileSync(idsFile, "utf8")
  .split("\n")
  .map((l) => l.replace(/#.*/, "").trim())
  .filter(Boolean);
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
    ids = selectIds(ids, values.only.flatMap((s) => s.split(",")).filter(Boolean));
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
}
if (onlyFold !== undefined) ids = ids.filter((id) => folds.get(id) === onlyFold);
if (exceptFold !== undefined) ids = ids.filter((id) => folds.get(id) !== exceptFold);
if (ids.length === 0) fail("the selection holds no article");

const work = mkdtempSync(join(tmpdir(), "lodestone-eval-"));
const pred = join(work, "pred");
const predictions = new Map<string, { claims: unknown[] }>();
const t0 = performance.now();
mkdirSync(pred);
for (const id of ids) {
  const text = readFileSync(join(corpus, "articles", `${id}.txt`), "utf8");
  const { claims, events } = extractArticle(text);
  predictions.set(id, { claims });
  writeFileSync(join(pred, `${id}.json`), JSON.stringify({ claims, events }, null, 1));
}
const ms = performance.now() - t0;
const selectedIds = join(work, "ids.txt");
writeFileSync(selectedIds, `${ids.join("\n")}\n`);
const scorerJson = join(work, "score.json");
const scorer = [
  join(corpus, "score.mjs"),
  "--gold",
  join(corpus, "gold"),
  "--pred",
  pred,
  "--ids",
  selectedIds,
  "--json",
  scorerJson,
  "--verbose",
];
const r = spawnSync(process.execPath, scorer, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
if (r.status !== 0) {
  console.error(r.stderr || r.stdout);
  rmSync(work, { recursive: true, force: true });
  process.exit(r.status ?? 1);
}
const result = JSON.parse(readFileSync(scorerJson, "utf8")) as ScorerResult & { headline: string };

const scores: ArticleScore[] = ids.map((id) => {
  const gold = JSON.parse(readFileSync(join(corpus, "gold", `${id}.json`), "utf8")) as { claims: [] };
  return articleScore(id, result, gold.claims, (predictions.get(id)?.claims ?? []) as []);
});
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
const out = r.stdout.trimEnd();
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
if (values.keep) console.log(`predictions kept in ${pred}`);
else rmSync(work, { recursive: true, force: true });
