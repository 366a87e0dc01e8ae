import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Issue } from "../domain/issue.ts";
import { toCsv } from "../domain/csv-text.ts";
import { parseCsv } from "./csv.ts";
import { checkDataDir, loadDataset } from "./load.ts";
import { isError } from "./provenance.ts";
import { bundledCheck, bundledDataset, DATA_DIR } from "../../test/support/bundled-data.ts";

const DATA = DATA_DIR;
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** A temp copy of data/ with edits applied: each edit rewrites one file's text. */
function brokenCopy(edits: Record<string, (text: string) => string>): string {
  const dir = mkdtempSync(join(tmpdir(), "lodestone-data-"));
  temps.push(dir);
  cpSync(DATA, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    writeFileSync(path, edit(readFileSync(path, "utf8")));
  }
  return dir;
}

/** Edit helper: sets one cell (1-based line as in the file) and re-serialises. */
const setCell =
  (line: number, column: string, value: string) =>
  (text: string): string => {
    const { header, rows } = parseCsv(text, "x").value;
    const row = rows.find((r) => r.line === line)!;
    row.fields[header.indexOf(column)] = value;
    return toCsv(
      header,
      rows.map((r) => r.fields),
    );
  };
const lines = (text: string) => text.split("\n");

const find = (issues: Issue[], code: string) => issues.filter((i) => i.code === code);

describe("loadDataset()", () => {
  it("loadDataset() loads the bundled data/ with zero error issues", async () => {
    // Its speed is measured by `npm run bench` (data.load_cpu_ms), not asserted here.
    const r = await bundledDataset();
    if (!r.ok)
      throw new Error(
        r.issues
          .slice(0, 5)
          .map((i) => `${i.path}: ${i.message}`)
          .join("\n"),
      );
    expect(r.value.figures.length).toBeGreaterThan(19000);
    expect(r.value.policyEvents.length).toBe(49);
    const { issues } = await bundledCheck();
    expect(issues.filter(isError)).toEqual([]);
  });

  it("loadDataset() keeps China's 2024 mine production in both vintages, latest from MCS 2026", async () => {
    const r = await bundledDataset();
    if (!r.ok) throw new Error("dataset failed");
    const china = r.value.figures.filter(
      (f) => f.metric === "mine_production" && f.entity === "China" && f.period === "2024",
    );
    expect(china.map((f) => [f.vintage, f.value, f.isLatest]).sort()).toEqual([
      ["USGS MCS 2025", 270000, false],
      ["USGS MCS 2026 v1.3", 270000, true],
    ]);
    const latest = china.find((f) => f.isLatest)!;
    expect(latest).toMatchObject({
      unit: "t REO",
      sourceId: "usgs-mcs-2026",
      id: "mine-production:CHN:2024:USGS MCS 2026 v1.3:mine_production",
    });
  });

  it("loadDataset() keeps both conflicting July 2025 export volumes to Germany", async () => {
    const r = await bundledDataset();
    if (!r.ok) throw new Error("dataset failed");
    const de = r.value.figures.filter(
      (f) => f.metric === "export_volume" && f.counterparty === "Germany" && f.period === "2025-07",
    );
    expect(de.map((f) => f.value).sort()).toEqual([1115, 1116]);
    expect(new Set(de.map((f) => f.sourceId)).size).toBe(2);
    expect(de[0]).toMatchObject({
      entity: "China",
      material: "rare earth magnets",
      unit: "t",
      massBasis: "finished",
    });
  });

  it("loadDataset() reads reserves lower bounds as the value with qualifier gt", async () => {
    const r = await bundledDataset();
    if (!r.ok) throw new Error("dataset failed");
    const world = r.value.figures.find(
      (f) => f.metric === "reserves" && f.entity === "World total" && f.vintage === "USGS MCS 2026 v1.3",
    );
    expect(world).toMatchObject({ value: 75000000, qualifier: "gt", low: null, isLatest: true });
  });

  it("loadDataset() fails with every error at once, not just the first", async () => {
    const dir = brokenCopy({
      "reserves.csv": setCell(3, "source_id", "no-such-source"),
      "mine-production.csv": setCell(2, "mine_production_t_reo", "-5"),
      "ev-sales.csv": setCell(2, "unit", "cars"),
    });
    const r = await loadDataset(dir);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code).sort()).toEqual(["out_of_range", "unit_mismatch", "unknown_source"]);
  });
});

/** Applies edits to one file's text in order. */
const both =
  (...edits: ((text: string) => string)[]) =>
  (text: string): string =>
    edits.reduce((t, edit) => edit(t), text);

/**
 * Two broken copies shared by the checkDataDir() tests below, each checked once (a data check reads all of data/):
 * every fault sits in its own file or row, and each test asserts the complete list of issues of its own code, so one
 * fault cannot stand in for another, and a fault that hid another would fail that other's test.
 */
const COPIES = {
  a: {
    "mine-production.csv": both(setCell(3, "year", "20x4"), (t) => {
      const l = lines(t);
      l[4] = l[4]!.replace(/,[^,]*$/, ""); // drop the last field of line 5
      return l.join("\n");
    }),
    "reserves.csv": setCell(3, "source_id", "no-such-source"),
    "ev-sales.csv": setCell(2, "unit", "cars"),
    "reference-facts.csv": setCell(2, "unit", "GW"),
    "oxide-prices-annual.csv": (t: string) => `${t}${lines(t)[1]}\n`,
    "sources.csv": setCell(2, "licence", "restricted"),
  },
  b: {
    "mine-production.csv": setCell(2, "mine_production_t_reo", "-5"),
    "application-parameters.csv": setCell(2, "mass_basis", "finished"),
    "reference-facts.csv": setCell(5, "value", "169"),
    "reserves.csv": (t: string) => {
      const { header, rows } = parseCsv(t, "x").value;
      const i = header.indexOf("note");
      return toCsv(
        header.filter((_, j) => j !== i),
        rows.map((r) => r.fields.filter((_, j) => j !== i)),
      );
    },
    "wind-capacity.csv": (t: string) => t.replace(/\n/g, ",x\n").replace(/^([^\n]*),x\n/, "$1,extra\n"),
    "sources.csv": setCell(2, "tier", "blog"),
    "china-magnet-exports.csv": setCell(2, "approx_columns", "volume"),
  },
};
const checked = new Map<keyof typeof COPIES, Promise<{ dir: string; issues: Issue[] }>>();
function checkedCopy(name: keyof typeof COPIES): Promise<{ dir: string; issues: Issue[] }> {
  let result = checked.get(name);
  if (!result) {
    const dir = brokenCopy(COPIES[name]);
    result = checkDataDir(dir).then(({ issues }) => ({ dir, issues }));
    checked.set(name, result);
  }
  return result;
}

describe("checkDataDir() on a broken copy", () => {
  it("checkDataDir() reports malformed CSV with file:line:column", async () => {
    const { issues } = await checkedCopy("a");
    expect(find(issues, "malformed_csv")).toEqual([
      {
        code: "malformed_csv",
        path: "data/mine-production.csv:5:1",
        message: "wrong number of fields: expected 9 fields, found 8",
      },
    ]);
  });

  it("checkDataDir() reports an unknown source id at the citing cell", async () => {
    const { issues } = await checkedCopy("a");
    expect(find(issues, "unknown_source").map((i) => i.path)).toEqual(["data/reserves.csv:3 (source_id)"]);
  });

  it("checkDataDir() reports a non-canonical unit and a unit the metric does not allow", async () => {
    const { issues } = await checkedCopy("a");
    const paths = find(issues, "unit_mismatch").map((i) => i.path);
    expect(paths).toEqual(["data/ev-sales.csv:2 (unit)", "data/reference-facts.csv:2 (value)"]);
    expect(find(issues, "unit_mismatch")[1]!.message).toMatch(
      /not allowed for metric mine_production; expected one of t REO/,
    );
  });

  it("checkDataDir() reports a duplicate key at the second row", async () => {
    const { dir, issues } = await checkedCopy("a");
    const n = lines(readFileSync(join(dir, "oxide-prices-annual.csv"), "utf8")).length - 1;
    expect(find(issues, "duplicate_key").map((i) => i.path)).toEqual([`data/oxide-prices-annual.csv:${n}`]);
  });

  it("checkDataDir() reports values outside the metric's range (negative tonnage, share above 100%)", async () => {
    const { issues } = await checkedCopy("b");
    expect(find(issues, "out_of_range").map((i) => i.path)).toEqual([
      "data/mine-production.csv:2 (mine_production_t_reo)",
      "data/reference-facts.csv:5 (value)",
    ]);
  });

  it("checkDataDir() reports a restricted licence", async () => {
    const { issues } = await checkedCopy("a");
    expect(find(issues, "restricted_licence").map((i) => i.path)).toEqual(["data/sources.csv:2 (licence)"]);
  });

  it("checkDataDir() reports a missing and an unexpected column", async () => {
    const { issues } = await checkedCopy("b");
    expect(find(issues, "missing_column")).toEqual([
      expect.objectContaining({
        path: "data/reserves.csv:1",
        message: expect.stringMatching(/missing column 'note'/),
      }),
    ]);
    expect(find(issues, "unexpected_column").map((i) => i.path)).toEqual(["data/wind-capacity.csv:1:6"]);
  });

  it("checkDataDir() reports an invalid value naming the column and what was expected", async () => {
    const { issues } = await checkedCopy("a");
    expect(find(issues, "invalid_value")).toEqual([
      {
        code: "invalid_value",
        path: "data/mine-production.csv:3 (year)",
        message: "expected a four-digit year (found '20x4')",
      },
    ]);
  });

  it("checkDataDir() rejects a source without a known tier and an unknown approx column, naming the cell", async () => {
    const { issues } = await checkedCopy("b");
    const paths = find(issues, "invalid_value").map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "data/sources.csv:2 (tier)",
        "data/china-magnet-exports.csv:2 (approx_columns)",
      ]),
    );
    expect(find(issues, "invalid_value")[0]!.message).toMatch(/expected a source tier: official, filing/);
  });

  it("checkDataDir() lists an uncited source as an orphan warning that does not fail loading", async () => {
    const dir = brokenCopy({
      "sources.csv": (t) =>
        `${t}zz-uncited-2026,Uncited page,Nobody,https://example.org/x,2026,2026-11-26,facts-attributed,,press,\n`,
    });
    const { issues } = await checkDataDir(dir);
    expect(find(issues, "orphan_source").map((i) => i.path)).toEqual([
      `data/sources.csv:${lines(readFileSync(join(dir, "sources.csv"), "utf8")).length - 1}`,
    ]);
    expect((await loadDataset(dir)).ok).toBe(true);
  });
});
