/**
 * Evaluates the extractor on the news corpus dev set: extracts every article named in `dev.txt` into a temporary
 * prediction folder and runs the corpus scorer. The corpus lives outside the repository (`../shared/news-corpus`).
 * Usage: npm run eval:news [-- --verbose] [--corpus DIR] [--ids FILE]
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { extractArticle } from "../src/extract/extract.ts";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const verbose = args.includes("--verbose");
const corpus = resolve(opt("--corpus") ?? "../shared/news-corpus");
if (!existsSync(corpus)) {
  console.log("skipped: ../shared/news-corpus not found (evaluation data lives outside the repo)");
  process.exit(0);
}
const idsFile = resolve(opt("--ids") ?? join(corpus, "dev.txt"));
const ids = readFileSync(idsFile, "utf8")
  .split("\n")
  .map((l) => l.replace(/#.*/, "").trim())
  .filter(Boolean);
const pred = mkdtempSync(join(tmpdir(), "lodestone-eval-"));
mkdirSync(pred, { recursive: true });
const t0 = performance.now();
for (const id of ids) {
  const text = readFileSync(join(corpus, "articles", `${id}.txt`), "utf8");
  const { claims, events } = extractArticle(text);
  writeFileSync(join(pred, `${id}.json`), JSON.stringify({ claims, events }, null, 1));
}
const ms = performance.now() - t0;
const scorerArgs = [
  join(corpus, "score.mjs"),
  "--gold",
  join(corpus, "gold"),
  "--pred",
  pred,
  "--ids",
  idsFile,
];
if (verbose) scorerArgs.push("--verbose");
const json = opt("--json");
if (json) scorerArgs.push("--json", resolve(json));
const r = spawnSync(process.execPath, scorerArgs, { encoding: "utf8" });
if (opt("--keep")) console.log(`predictions kept in ${pred}`);
else rmSync(pred, { recursive: true, force: true });
if (r.status !== 0) {
  console.error(r.stderr || r.stdout);
  process.exit(r.status ?? 1);
}
const lines = r.stdout.trimEnd().split("\n");
if (verbose || args.includes("--table")) console.log(r.stdout.trimEnd());
else console.log(lines[lines.length - 1]);
console.log(`extracted ${ids.length} articles in ${ms.toFixed(0)} ms`);
