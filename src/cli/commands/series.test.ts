import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../api/app.ts";
import { memoryEffects } from "../effects.ts";
import { main } from "../main.ts";
import { NO_CONFIGURED_STORE, sharedBundledStore } from "../../../test/support/test-store.ts";

// One store holding the bundled data/, as after the first start, for every command of this file (they only read).
const shared = sharedBundledStore();
afterAll(shared.close);

/** Runs `lodestone series` on the shared store. An identical command asked by two tests runs once. */
const runs = new Map<string, Promise<{ code: number; out: string; err: string }>>();
function series(...args: string[]) {
  const key = JSON.stringify(args);
  let run = runs.get(key);
  if (!run) {
    run = shared.get().then(async (store) => {
      const m = memoryEffects({}, NO_CONFIGURED_STORE, store);
      const code = await main(["series", ...args], m.effects);
      return { code, out: m.out(), err: m.err() };
    });
    runs.set(key, run);
  }
  return run;
}

const EXPORTS = ["--metric", "export_volume", "--entity", "China", "--counterparty", "World"];
const JAN_SEP = [...EXPORTS, "--from", "2025-01", "--to", "2025-09", "--per", "month"];

describe("lodestone series", () => {
  it("prints nine months of China's exports to the world that sum within 0.1% of the reported 39,817 t", async () => {
    const r = await series(...JAN_SEP, "--format", "json");
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out);
    expect(s.items).toHaveLength(9);
    const sum = s.items.reduce((a: number, i: { value: number }) => a + i.value, 0);
    expect(Math.abs(sum - 39817) / 39817).toBeLessThan(0.001);
    expect(s.total).toMatchObject({ period: "2025-01..2025-09", value: 39817 });
  }, 120_000);

  it("gives the same items as GET /api/series with the same parameters", async () => {
    const cli = JSON.parse((await series(...JAN_SEP, "--format", "json")).out);
    const res = await createApp({ store: await shared.get() }).request(
      "/api/series?metric=export_volume&entity=China&counterparty=World&from=2025-01&to=2025-09&per=month",
    );
    expect(res.status).toBe(200);
    expect((await res.json()).items).toEqual(cli.items);
  });

  it("gives the same 2024 mine production for --entity World and --entity 'World total'", async () => {
    const mine = ["--metric", "mine_production", "--period", "2024", "--format", "json"];
    const a = JSON.parse((await series(...mine, "--entity", "World")).out);
    const b = JSON.parse((await series(...mine, "--entity", "World total")).out);
    expect(a.items).toHaveLength(1);
    expect(b.items).toEqual(a.items);
  });

  it("shows how each value was obtained and the range total in the table", async () => {
    const r = await series(...JAN_SEP);
    expect(r.code).toBe(0);
    expect(r.out).toContain("China → World · export_volume");
    expect(r.out).toMatch(/total 2025-01\.\.2025-09: 39,817 t/);
  });

  it("refuses an unknown entity with exit 2 and the closest names", async () => {
    const r = await series("--metric", "export_volume", "--entity", "Chna", "--counterparty", "World");
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown --entity value "Chna"; did you mean "China"');
  });

  it("refuses a reversed range and an impossible month, naming the option as typed", async () => {
    const rev = await series(...EXPORTS, "--from", "2025-09", "--to", "2025-01");
    expect(rev.code).toBe(2);
    expect(rev.err).toContain('invalid --to "2025-01": the range is reversed');
    const bad = await series(...EXPORTS, "--from", "2025-13");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('invalid --from "2025-13"');
  });

  it("names the series to choose from when several match", async () => {
    const r = await series(
      "--metric",
      "export_volume",
      "--entity",
      "China",
      "--from",
      "2025-01",
      "--to",
      "2025-03",
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/series match; choose one by setting counterparty/);
  });

  it("gives China's 2024 share of world mine production with both figures, and the older edition when asked", async () => {
    const share = [
      "--metric",
      "mine_production",
      "--entity",
      "China",
      "--share-of",
      "World",
      "--period",
      "2024",
    ];
    const r = await series(...share);
    expect(r.code).toBe(0);
    expect(r.out).toContain("% of World total (in t REO)");
    expect(r.out).toMatch(/^2024 +71\.05% +270,000 +380,000 +USGS MCS 2026 v1\.3 /m);
    const old = await series(...share, "--vintage", "USGS MCS 2025");
    expect(old.out).toMatch(/^2024 +69\.23% +270,000 +390,000 +USGS MCS 2025 /m);
    const csv = (await series(...share, "--format", "csv")).out.split("\n");
    expect(csv[0]).toContain("share_of,part_value,whole_value,share_unit");
    expect(csv[1]).toMatch(/^2024,71\.05\d*,.*,World total,270000,380000,t REO,/);
  });

  it("refuses --share-of an aggregate that does not contain the entity, or an unknown one", async () => {
    const eu = await series("--metric", "mine_production", "--entity", "China", "--share-of", "EU");
    expect(eu.code).toBe(2);
    expect(eu.err).toContain("EU-27 does not contain China");
    const typo = await series("--metric", "mine_production", "--entity", "China", "--share-of", "Wrld");
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('unknown --share-of value "Wrld"; did you mean "World"');
  });

  it("keeps every table line within 100 columns unless a source id alone is too long", async () => {
    const r = await series(...JAN_SEP);
    const lines = r.out.split("\n").filter((l) => /^\d{4}-\d{2} /.test(l));
    expect(lines).toHaveLength(9);
    for (const l of lines) {
      const id = /\[([^\]]+)\]$/.exec(l)?.[1] ?? "";
      // The id is whole and the publisher before it never ends mid-word or with an open bracket.
      expect(id).toMatch(/^[a-z0-9-]+$/);
      expect(l).not.toMatch(/\([^)]*…/);
      if (l.length > 100) expect(id.length, l).toBeGreaterThan(36);
    }
    expect(r.out).toMatch(/ figure +reported /);
    expect(r.out).not.toMatch(/ reported +reported /);
  });

  it("says why an answer is empty", async () => {
    const r = await series("--metric", "mine_production", "--entity", "Peru");
    expect(r.code).toBe(0);
    expect(r.err).toContain("no data for mine_production for Peru");
  });
});
