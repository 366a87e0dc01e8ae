import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The own held-out set (test/fixtures/own-articles): every gold item points at its quote in the article body, and
// the three halves together list every article once: dev.txt (development) holds halves A and B, heldout.txt
// (measured only) half C, so the corpus's validate.mjs sees the same split.
const dir = join(import.meta.dirname, "fixtures", "own-articles");
const ids = readdirSync(join(dir, "articles")).map((f) => f.replace(/\.txt$/, ""));
const list = (f: string) => readFileSync(join(dir, f), "utf8").split("\n").filter(Boolean);

describe("own held-out articles", () => {
  it("splits every article into exactly one half", () => {
    const [a, b, c] = [list("half-a.txt"), list("half-b.txt"), list("half-c.txt")];
    expect([...a, ...b, ...c].sort()).toEqual([...ids].sort());
    for (const half of [a, b, c]) expect(half.length).toBeGreaterThanOrEqual(6);
    expect(list("dev.txt").sort()).toEqual([...a, ...b].sort());
    expect(list("heldout.txt").sort()).toEqual([...c].sort());
  });
  it.each(ids)("%s: gold quotes and values sit in the body", (id) => {
    const text = readFileSync(join(dir, "articles", `${id}.txt`), "utf8");
    const body = text.slice(text.indexOf("\n---\n") + 5);
    const gold = JSON.parse(readFileSync(join(dir, "gold", `${id}.json`), "utf8"));
    for (const item of [...gold.claims, ...gold.events]) {
      expect(body.slice(item.quote_start, item.quote_end), `${id} ${item.id}`).toBe(item.quote);
      if (item.value_text) expect(item.quote, `${id} ${item.id}`).toContain(item.value_text);
    }
  });
});
