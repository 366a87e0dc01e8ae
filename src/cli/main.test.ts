import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { memoryEffects } from "./effects.ts";
import { main } from "./main.ts";
import { testHome } from "../../test/support/test-store.ts";

// A home whose store already holds the bundled data/, as after the first start.
const { home, remove } = testHome("lodestone-cli-");
afterAll(remove);

async function run(args: string[], env: Record<string, string> = { LODESTONE_HOME: home }) {
  const m = memoryEffects({}, env);
  const code = await main(args, m.effects);
  return { code, out: m.out(), err: m.err() };
}

describe("main()", () => {
  it("prints help and exits 2 without a command", async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.out).toContain("usage: lodestone <command>");
  });

  it("rejects an unknown command with exit 2", async () => {
    const r = await run(["figurs"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown command "figurs"');
  });

  it("rejects an unknown option naming it", async () => {
    const r = await run(["figures", "--colour", "red"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/figures: .*--colour/);
  });

  it("rejects an invalid period naming the option", async () => {
    const r = await run(["figures", "--from", "2025-13"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("invalid --from");
  });

  it("refuses year 0000 in a period option without a stack trace", async () => {
    for (const value of ["0000", "0000-01", "0000-Q1"]) {
      const r = await run(["figures", "--from", value]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("invalid --from");
    }
  });

  it("names a --data argument that is not a folder", async () => {
    const file = join(home, "not-a-folder.csv");
    writeFileSync(file, "x\n");
    const r = await run(["data", "check", "--data", file]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`--data ${file} is not a data folder (not a directory)`);
    const missing = await run(["data", "load", "--data", join(home, "nowhere")]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("(no such folder)");
  });

  it("answers China's magnet exports to Germany by month in 2025 with sources, keeping conflicting rows", async () => {
    const r = await run([
      "figures",
      "--metric",
      "export_volume",
      "--entity",
      "China",
      "--counterparty",
      "Germany",
      "--from",
      "2025-01",
      "--to",
      "2025-12",
      "--per",
      "month",
      "--format",
      "json",
    ]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as {
      period: string;
      value: number;
      counterparty: string;
      source: { url: string; licence: string };
    }[];
    expect(rows.length).toBeGreaterThan(3);
    for (const f of rows) {
      expect(f.counterparty).toBe("Germany");
      expect(f.period).toMatch(/^2025-\d{2}$/);
      expect(f.source.url).toMatch(/^https?:\/\//);
      expect(f.source.licence).not.toBe("restricted");
    }
    // Two reports of July 2025 disagree by a tonne (rounding); both are kept as separate rows.
    const july = rows.filter((f) => f.period === "2025-07").map((f) => f.value);
    expect(july.length).toBeGreaterThanOrEqual(2);
    expect(new Set(july).size).toBeGreaterThan(1);
  });

  it("answers mine production by country for the latest USGS vintage", async () => {
    const r = await run([
      "figures",
      "--metric",
      "mine_production",
      "--period",
      "2024",
      "--latest",
      "--format",
      "csv",
      "--limit",
      "1000",
    ]);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split("\n");
    const header = lines[0]!.split(",");
    const rows = lines.slice(1).map((l) => l.split(","));
    const col = (name: string) => header.indexOf(name);
    const entities = rows.map((c) => c[col("entity")]);
    expect(new Set(entities).size).toBe(entities.length); // one value per country
    const china = rows.find((c) => c[col("entity")] === "China")!;
    expect(Number(china[col("value")])).toBeGreaterThan(200000);
    expect(china[col("vintage")]).toMatch(/MCS 2026/);
  });

  it("suggests the closest value for a misspelt filter", async () => {
    const r = await run(["figures", "--counterparty", "Germny"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('did you mean "Germany"');
  });

  it("lists sources with their licences", async () => {
    const r = await run(["sources", "--format", "json"]);
    expect(r.code).toBe(0);
    const sources = JSON.parse(r.out) as { licence: string; url: string }[];
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.every((s) => s.licence !== "restricted" && s.url.length > 0)).toBe(true);
  });

  it("reports an unreachable DATABASE_URL without a stack trace", async () => {
    const r = await run(["figures"], { DATABASE_URL: "postgres://me:pw@127.0.0.1:1/nowhere" });
    expect(r.code).toBe(1);
    expect(r.err).toContain("cannot open the store (PostgreSQL postgres://me:***@127.0.0.1:1/nowhere)");
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it("fails data check on a missing folder with exit 1 or 2 and a message naming it", async () => {
    const r = await run(["data", "check", "--data", join(home, "no-such-dir")]);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain("no-such-dir");
  });
});
