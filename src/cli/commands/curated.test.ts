import { afterAll, describe, expect, it } from "vitest";
import { memoryEffects } from "../effects.ts";
import { main } from "../main.ts";
import { NO_CONFIGURED_STORE, sharedBundledStore } from "../../../test/support/test-store.ts";

// One store holding the bundled data/, as after the first start, for every command of this file (they only read).
const shared = sharedBundledStore();
afterAll(shared.close);

async function run(args: string[]) {
  const m = memoryEffects({}, NO_CONFIGURED_STORE, await shared.get());
  const code = await main(args, m.effects);
  return { code, out: m.out(), err: m.err() };
}
// biome-ignore lint/suspicious/noExplicitAny: the tests read arbitrary JSON output
const json = (out: string) => JSON.parse(out) as any[];

describe("curated-table commands on the bundled data", () => {
  it("policy --element Dy --jurisdiction China lists only Chinese acts naming dysprosium, with their numbers", async () => {
    const r = await run(["policy", "--element", "dysprosium", "--jurisdiction", "China", "--format", "json"]);
    expect(r.code).toBe(0);
    const items = json(r.out);
    expect(items.length).toBeGreaterThan(0);
    for (const e of items) {
      expect(e.elements).toContain("Dy");
      expect(e.jurisdiction).toBe("China");
    }
    expect(items.map((e) => e.announcementNo)).toContain("MOFCOM/GAC Announcement No. 18 [2025]");
  });

  it("policy --hs 8505 finds the act that lists the magnet customs code", async () => {
    const r = await run(["policy", "--hs", "8505.11", "--format", "json"]);
    const items = json(r.out);
    expect(items.length).toBeGreaterThan(0);
    for (const e of items) expect(e.hsCodes.some((c: string) => c.startsWith("850511"))).toBe(true);
  });

  it("results never shows a blank source value as 0 and keeps a published range as a range", async () => {
    const r = await run([
      "results",
      "--company",
      "Northern Rare Earth",
      "--item",
      "net_profit*",
      "--format",
      "json",
    ]);
    expect(r.code).toBe(0);
    const items = json(r.out);
    expect(items.some((x) => x.value === 0 || x.low === 0)).toBe(false);
    const blank = items.find((x) => x.period === "2025-Q1");
    expect(blank).toMatchObject({ value: null, low: null, high: null, currency: "CNY" });
    const range = items.find((x) => x.period === "2025-H1" && x.basis.startsWith("preliminary"));
    expect(range.value).toBeNull();
    expect(range.low).toBeLessThan(range.high);
  });

  it("results shows the currency and the period as published beside every value in the table", async () => {
    const r = await run([
      "results",
      "--company",
      "Lynas",
      "--item",
      "revenue",
      "--from",
      "2025",
      "--to",
      "2025",
    ]);
    expect(r.code).toBe(0);
    const [header, , ...rows] = r.out.trimEnd().split("\n");
    expect(header).toMatch(/period\s+as published\s+item\s+value\s+unit\s+y\/y %\s+basis\s+source/);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/ AUD /);
    expect(r.out).toContain("(fiscal FY2026-Q1)");
  });

  it("estimates keeps units/yr and a '>' lower bound as published", async () => {
    const r = await run(["estimates", "--kind", "humanoid,volume", "--format", "json", "--limit", "1000"]);
    const items = json(r.out);
    expect(items.filter((m) => m.unit === "units/yr").length).toBeGreaterThan(0);
    const lower = items.filter((m) => m.baseQualifier === "gt" || m.targetQualifier === "gt");
    expect(lower.length).toBeGreaterThan(0);
    const table = await run(["estimates", "--q", "NEV magnet demand"]);
    expect(table.out).toMatch(/2025: >60,000/);
  });

  it("estimates --excluded exclude drops the row flagged as a garbled summary; the table explains exclusions", async () => {
    const all = json((await run(["estimates", "--kind", "humanoid", "--format", "json"])).out);
    const kept = json(
      (await run(["estimates", "--kind", "humanoid", "--excluded", "exclude", "--format", "json"])).out,
    );
    const excluded = all.filter((m) => m.excludeReason);
    expect(excluded.length).toBeGreaterThan(0);
    expect(kept.length).toBe(all.length - excluded.length);
    const table = await run(["estimates", "--kind", "humanoid"]);
    expect(table.out).toContain("✗ excluded (never preferred, never backs a check):");
  });

  it("projects shows capacity with its mass basis and capacity basis, and ranges as ranges", async () => {
    const r = await run(["projects", "--country", "US", "--stage", "magnet", "--format", "csv"]);
    expect(r.code).toBe(0);
    const [header, ...rows] = r.out.trimEnd().split("\n");
    expect(header).toContain(
      "capacity_low_tpy,capacity_high_tpy,capacity_tpy_qualifier,is_approx,capacity_basis,mass_basis",
    );
    expect(rows.every((l) => l.includes(",United States,"))).toBe(true);
  });

  it("a typo is exit 2 with the closest known value; a reversed range is exit 2 naming the option", async () => {
    const typo = await run(["projects", "--company", "Lynass"]);
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('unknown --company value "Lynass"; closest known: "Lynas Rare Earths');
    const reversed = await run(["policy", "--from", "2025-09", "--to", "2025-01"]);
    expect(reversed.code).toBe(2);
    expect(reversed.err).toContain('invalid --from "2025-09": --from 2025-09 is after --to 2025-01');
    const month = await run(["results", "--to", "2025-13"]);
    expect(month.code).toBe(2);
    expect(month.err).toContain('invalid --to "2025-13"');
  });

  it("an empty answer says which filters matched nothing together", async () => {
    const r = await run(["policy", "--element", "Fe", "--jurisdiction", "Japan"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    expect(r.err).toContain("no policy events match --jurisdiction Japan --element Fe together");
  });

  it("--help prints the filters", async () => {
    const r = await run(["results", "--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("--item ITEM[,ITEM]");
  });
});
