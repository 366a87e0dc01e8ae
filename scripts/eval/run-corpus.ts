/**
 * @module One scoring run: extracts the given articles of a corpus folder (`articles/`, `gold/`) into a temporary
 * prediction folder, runs the corpus scorer (`score.mjs`) once, and returns each article's score.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractArticle } from "../../src/extract/extract.ts";
import { type ArticleScore, articleScore, type ScorerResult } from "./groups.ts";

export interface CorpusRun {
  scores: ArticleScore[];
  result: ScorerResult & { headline: string };
  /** The scorer's printed output (table, then per-article details with --verbose). */
  stdout: string;
  ms: number;
  /** The prediction folder, when kept. */
  kept: string | null;
}

/**
 * Scores `ids` of `corpus` with the scorer at `scorer` (the shared corpus's `score.mjs`). Throws with the scorer's
 * own message when it fails.
 */
export function runCorpus(corpus: string, ids: readonly string[], scorer: string, keep = false): CorpusRun {
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
  const args = [scorer, "--gold", join(corpus, "gold"), "--pred", pred, "--ids", selectedIds];
  args.push("--articles", join(corpus, "articles"), "--json", scorerJson, "--verbose");
  const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) {
    rmSync(work, { recursive: true, force: true });
    throw new Error(r.stderr || r.stdout || `scorer exited with ${r.status}`);
  }
  const result = JSON.parse(readFileSync(scorerJson, "utf8")) as CorpusRun["result"];
  const scores = ids.map((id) => {
    const gold = JSON.parse(readFileSync(join(corpus, "gold", `${id}.json`), "utf8")) as { claims: [] };
    return articleScore(id, result, gold.claims, (predictions.get(id)?.claims ?? []) as []);
  });
  if (!keep) rmSync(work, { recursive: true, force: true });
  return { scores, result, stdout: r.stdout.trimEnd(), ms, kept: keep ? pred : null };
}

/** Article ids of an ids file: one per line, `#` starts a comment. */
export const readIds = (file: string): string[] =>
  readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter(Boolean);
