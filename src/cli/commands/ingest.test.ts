import { spawn } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../store/store.ts";
import { PACKAGE_ROOT } from "../config.ts";
import { memoryEffects } from "../effects.ts";
import { main } from "../main.ts";
import { testHome } from "../../../test/support/test-store.ts";

let home: string;
let dir: string;
let first: { code: number; out: string; err: string };
/**
 * The home's store, opened once for the commands of the first two groups (each command opening the 90 MB store was
 * most of its time); closed before the kill -9 group, whose commands open the home as separate runs do.
 */
let held: Store | undefined;

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
  held = await openStore({ dataDir: join(home, "pgdata") });
  first = await run(["ingest", dir, "--format", "json"]);
}, 180_000);
afterAll(async () => {
  await held?.close();
  await rm(home, { recursive: true, force: true });
});

const run = async (args: string[], stdin?: string) => {
  const m = memoryEffects(stdin === undefined ? {} : { "-": stdin }, { LODESTONE_HOME: home }, held);
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

  it("refuses to read an article again with another --date, naming the date it was read with", async () => {
    const r = await run(["ingest", join(dir, "a.txt"), "--date", "2025-09-30"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      "was read with --date 2025-08-20; reading it again with --date 2025-09-30 would rewrite",
    );
    expect((await run(["ingest", join(dir, "a.txt"), "--date", "2025-08-20"])).out).toMatch(/1 unchanged/);
  });
});

describe("lodestone reextract, backup and restore", () => {
  it("re-runs the extractor over every kept text, one article at a time, and changes nothing when it agrees", async () => {
    const r = await run(["reextract", "--format", "json"]);
    expect(r.code).toBe(0);
    const { articles, summary } = JSON.parse(r.out);
    expect(summary).toMatchObject({ updated: 0, skipped: 0, failed: 0 });
    expect(summary.unchanged).toBe(articles.length);
    expect(articles.length).toBeGreaterThanOrEqual(3);
    expect(r.err).toMatch(new RegExp(`\\[${articles.length}/${articles.length}\\] [0-9a-f]{12} unchanged`));
  });

  it("reads one article with another date only when asked by id", async () => {
    const list = JSON.parse((await run(["reextract", "--format", "json"])).out).articles as { id: string }[];
    const id = list[0]!.id.slice(0, 12);
    expect((await run(["reextract", "--date", "2025-09-30"])).code).toBe(2);
    const r = await run(["reextract", "--id", id, "--date", "2025-09-30", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).summary.articles).toBe(1);
    expect((await run(["reextract", "--id", "ffffffffffff"])).err).toContain("no stored article");
  });

  it("backs the store up, refuses to restore over data without --replace, and restores what was saved", async () => {
    const file = join(home, "store-backup.jsonl");
    const b = await run(["backup", file]);
    expect(b.code).toBe(0);
    expect(b.out).toMatch(/backup: \d+ rows from \d+ tables of PGlite .* written to /);
    const before = await run(["reextract", "--format", "json"]);
    await run(["ingest", "-"], "A later test note: recycled magnet output was 40 tonnes in June 2025.\n");
    const refused = await run(["restore", file]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("add --replace");
    const r = await run(["restore", file, "--replace"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/ {2}article +\d+/);
    const after = await run(["reextract", "--format", "json"]);
    expect(JSON.parse(after.out).articles.map((a: { id: string }) => a.id)).toEqual(
      JSON.parse(before.out).articles.map((a: { id: string }) => a.id),
    );
    const bad = join(home, "not-a-backup.jsonl");
    await writeFile(bad, "hello\n");
    const e = await run(["restore", bad, "--replace"]);
    expect(e.code).toBe(1);
    expect(e.err).toContain("line 1: not a Lodestone backup");
  }, 120_000);
});

describe("kill -9 during ingest", () => {
  beforeAll(async () => {
    await held?.close();
    held = undefined;
  });

  it("leaves no partial article, loses no acknowledged one, and the next ingest completes without doubles", async () => {
    const many = join(home, "many");
    await mkdir(many);
    const n = 40;
    for (let i = 0; i < n; i++)
      await writeFile(
        join(many, `note-${String(i).padStart(2, "0")}.txt`),
        `title: Crash note ${i}\n---\nMagnet output at test plant ${i} was ${200 + i} tonnes in April 2025, a note says.\n`,
      );
    const child = spawn(process.execPath, [join(PACKAGE_ROOT, "bin", "lodestone.js"), "ingest", many], {
      env: { ...process.env, LODESTONE_HOME: home },
      stdio: ["ignore", "ignore", "pipe"],
    });
    // Killed once a few articles are acknowledged (each progress line is printed after its transaction committed).
    const acked = await new Promise<string[]>((resolve) => {
      let err = "";
      child.stderr!.on("data", (d: Buffer) => {
        err += d.toString();
        const done = [...err.matchAll(/\] (note-\d+\.txt): new/g)].map((m) => m[1]!);
        if (done.length >= 5 && child.exitCode === null) {
          child.kill("SIGKILL");
          resolve(done);
        }
      });
      child.on("exit", () => resolve([...err.matchAll(/\] (note-\d+\.txt): new/g)].map((m) => m[1]!)));
    });
    await new Promise((r) =>
      child.exitCode === null && child.signalCode === null ? child.once("exit", r) : r(null),
    );
    expect(acked.length).toBeGreaterThanOrEqual(5);
    // The next process takes over the stale lock, finds every acknowledged article and stores the rest once.
    const r = await run(["ingest", many, "--format", "json"]);
    expect(r.code).toBe(0);
    const { articles, summary } = JSON.parse(r.out);
    expect(summary.failed).toBe(0);
    expect(summary.new + summary.unchanged).toBe(n);
    const status = new Map(articles.map((a: { file: string; status: string }) => [a.file, a.status]));
    for (const f of acked) expect(status.get(f)).toBe("unchanged");
    const store = await openStore({ dataDir: join(home, "pgdata") });
    try {
      const rows = await store.sql.query<{ title: string; claim_count: number; claims: number }>(
        `SELECT title, claim_count, (SELECT count(*)::int FROM claim c WHERE c.article_id = a.id) AS claims
         FROM article a WHERE title LIKE 'Crash note %'`,
      );
      expect(rows).toHaveLength(n);
      for (const row of rows) expect(row.claims).toBe(row.claim_count);
    } finally {
      await store.close();
    }
  }, 180_000);
});
