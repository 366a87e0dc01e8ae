import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBaselineModel } from "../baseline-model.ts";
import { memoryEffects } from "../effects.ts";
import { main } from "../main.ts";
import { NO_CONFIGURED_STORE, sharedBundledStore } from "../../../test/support/test-store.ts";

// One store holding the bundled data/, as after the first start, for every command of this file (they only read).
const shared = sharedBundledStore();
/** Where the test articles are written. */
let home: string;
let file: string;
let first: { code: number; out: string; err: string };

// Sentences written for this test; the July 2025 Germany figure is deliberately wrong.
const UNDATED = `China's exports of rare earth magnets to Germany came to 1,000 tonnes in July, the note said.
`;

const ARTICLE = `title: Test note on magnet exports
publisher: Test Wire
source: https://example.org/test-note
date: 2025-08-20
---
China exported 1,000 tonnes of rare earth magnets to Germany in July 2025, the test note said.
Total rare earth magnet exports were 5,577 tonnes in July.
Seven partners joined a test consortium.
`;

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), "lodestone-check-"));
  file = join(home, "note.txt");
  await writeFile(file, ARTICLE);
  first = await run(["check-claims", file, "--format", "json"]);
}, 180_000);
afterAll(async () => {
  await shared.close();
  await rm(home, { recursive: true, force: true });
});

const run = async (args: string[]) => {
  const m = memoryEffects({}, NO_CONFIGURED_STORE, await shared.get());
  const code = await main(args, m.effects);
  return { code, out: m.out(), err: m.err() };
};

describe("lodestone check-claims", () => {
  it("prints {checks, warnings} as JSON, flagging the Germany figure against the knowledge base with its sources", async () => {
    const r = first;
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/1 check is inconsistent \(exit 1; --fail-on none to exit 0\)/);
    const body = JSON.parse(r.out);
    expect(Object.keys(body)).toEqual(["checks", "warnings"]);
    expect(body.warnings).toEqual([]);
    const germany = body.checks.find(
      (c: { claim: { counterparty?: string } }) => c.claim.counterparty === "Germany",
    );
    expect(germany.verdict).toBe("inconsistent");
    expect(germany.reasons[0].kind).toBe("source_conflict");
    expect(germany.reasons[0].sources.map((s: { id: string }) => s.id)).toContain("reuters-2025-08-043a4d");
    const total = body.checks.find((c: { claim: { value?: number } }) => c.claim.value === 5577);
    expect(total.verdict).toBe("consistent");
    expect(germany.confidence).toBeGreaterThan(0.5);
    expect(total.confidence).toBeGreaterThan(0.5);
  });

  it("prints a table for a person with verdicts, expected vs found and sources", async () => {
    const r = await run(["check-claims", file, "--fail-on", "none"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^INCONSISTENT +c\d+ +1,000 t +export volume +China → Germany +2025-07 \(confidence 0\.\d\d\)/m,
    );
    expect(r.out).toMatch(/expected 1,11[56] t; found 1,000 t/);
    expect(r.out).toMatch(/source: Reuters/);
    expect(r.out).toMatch(/\d+ checked: \d+ consistent, 1 inconsistent, \d+ unverifiable/);
  });

  it("exits 2 on a bad --format or --fail-on and 1 on an unreadable file", async () => {
    expect((await run(["check-claims", file, "--format", "csv"])).code).toBe(2);
    const bad = await run(["check-claims", file, "--fail-on", "sometimes"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/invalid --fail-on "sometimes": expected one of inconsistent, none/);
    const missing = await run(["check-claims", join(home, "missing.txt")]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/cannot read/);
  });

  it("warns when the article has no year and asks for --date, without accusing the guessed period", async () => {
    const undated = join(home, "undated.txt");
    await writeFile(undated, UNDATED);
    const r = await run(["check-claims", undated, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/warning: .*no year.*--date YYYY-MM-DD/);
    const body = JSON.parse(r.out);
    expect(body.warnings.map((w: { code: string }) => w.code)).toEqual(["no_year"]);
    const dated = await run(["check-claims", undated, "--date", "2025-08-20", "--format", "json"]);
    expect(dated.code).toBe(1);
    expect(JSON.parse(dated.out).warnings).toEqual([]);
  });

  it("compares a demand forecast with the scenario model's band: inside is consistent, far outside is no accusation", async () => {
    const model = await loadBaselineModel(memoryEffects().effects);
    const world = model.series["magnet.demand.world"]!;
    const at = model.years.indexOf(2030);
    expect(at).toBeGreaterThanOrEqual(0);
    const inside = Math.round(world.p50[at]! / 1000) * 1000;
    const outside = Math.round((world.p95[at]! * 3) / 1000) * 1000;
    const article = (tonnes: number) => `title: Test outlook note
publisher: Test Wire
date: 2026-03-02
---
Global demand for finished NdFeB magnets will reach ${tonnes.toLocaleString("en-US")} tonnes in 2030, the note said.
`;
    const verdictOf = async (tonnes: number) => {
      const path = join(home, `outlook-${tonnes}.txt`);
      await writeFile(path, article(tonnes));
      const r = await run(["check-claims", path, "--format", "json"]);
      const check = JSON.parse(r.out).checks.find(
        (c: { claim: { value?: number } }) => c.claim.value === tonnes,
      );
      return { code: r.code, check };
    };
    const ok = await verdictOf(inside);
    expect(ok.code).toBe(0);
    expect(ok.check.verdict).toBe("consistent");
    const reason = ok.check.reasons.find((r: { kind: string }) => r.kind === "model_plausibility");
    expect(reason.message).toMatch(/within the model's 90% band/);
    const far = await verdictOf(outside);
    expect(far.code).toBe(0);
    expect(far.check.verdict).toBe("unverifiable");
    expect(far.check.reasons.map((r: { kind: string }) => r.kind)).toContain("model_plausibility");
  }, 120_000);

  it("documents the exit codes in --help", async () => {
    const r = await run(["check-claims", "--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/--fail-on inconsistent\|none/);
    expect(r.out).toMatch(/exit codes: 0 .* 1 some check inconsistent/s);
  });
});
