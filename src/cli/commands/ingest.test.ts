import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryEffects } from "../effects.ts";
import { main } from "../main.ts";
import { testHome } from "../../../test/support/test-store.ts";

let home: string;
let dir: string;
let first: { code: number; out: string; err: string };

const ARTICLE_A = `title: Test note A
publisher: Test Wire
date: 2025-08-20
---
China exported 1,000 tonnes of rare earth magnets to Germany in July 2025, according to a test note.
`;
const ARTICLE_B = `title: Test note B
publisher: Test Wire
date: 2025-11-20
---
Rare earth magnet exports rose 20% from September to 1,200 tonnes in October, the test note said.
`;

beforeAll(async () => {
  home = testHome("lodestone-ingest-").home;
  dir = join(home, "articles");
  await mkdir(dir);
  await writeFile(join(dir, "a.txt"), ARTICLE_A);
  await writeFile(join(dir, "b.md"), ARTICLE_B);
  await writeFile(join(dir, "c-binary.txt"), Buffer.from([0x41, 0x00, 0x42, 0x43]));
  await writeFile(join(dir, "d-latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x31, 0x30]));
  await writeFile(join(dir, "ignored.csv"), "not,an,article\n");
  first = await run(["ingest", dir, "--format", "json"]);
}, 180_000);
afterAll(() => rm(home, { recursive: true, force: true }));

const run = async (args: string[], stdin?: string) => {
  const m = memoryEffects(stdin === undefined ? {} : { "-": stdin }, { LODESTONE_HOME: home });
  const code = await main(args, m.effects);
  return { code, out: m.out(), err: m.err() };
};

describe("lodestone ingest", () => {
  it("stores a directory's articles, reports per-file failures without losing the others, and exits 1", async () => {
    const r = first;
    expect(r.code).toBe(1);
    const body = JSON.parse(r.out);
    expect(body.summary).toMatchObject({ new: 2, unchanged: 0, failed: 2 });
    expect(body.summary.claimsStored).toBeGreaterThan(0);
    const failed = body.articles.filter((a: { status: string }) => a.status === "failed");
    expect(failed.map((a: { file: string; error: string }) => [a.file, a.error])).toEqual([
      ["c-binary.txt", "not a text file (contains NUL bytes)"],
      ["d-latin1.txt", "not UTF-8 text"],
    ]);
    expect(r.err).toMatch(/\[4\/4\] d-latin1\.txt: failed: not UTF-8 text/);
  });

  it("changes nothing when the same articles are ingested again", async () => {
    const r = await run(["ingest", join(dir, "a.txt")]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/0 new, 1 unchanged, 0 failed; 0 claims and 0 events stored/);
  });

  it("reads an article from standard input", async () => {
    const r = await run(
      ["ingest", "-", "--format", "json"],
      "Exports of rare earth magnets to Japan were 300 tonnes in May 2025 in this stdin note.\n",
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).summary).toMatchObject({ new: 1, failed: 0 });
  });

  it("rejects a missing path and a malformed --date", async () => {
    expect((await run(["ingest", join(dir, "nope.txt")])).code).toBe(1);
    const bad = await run(["ingest", dir, "--date", "2025-13-01"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/invalid --date/);
  });
});
