import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { toCsv } from "../domain/csv-text.ts";
import { parseCsv } from "./csv.ts";
import { checkDataDir } from "./load.ts";
import { isError } from "./provenance.ts";
import { bundledCheck, DATA_DIR } from "../../test/support/bundled-data.ts";

const DATA = DATA_DIR;
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** A temp copy of data/ where one cell, found by its row's first cells, is set to `value`. */
function withCell(
  file: string,
  match: (fields: Record<string, string>) => boolean,
  column: string,
  value: string,
) {
  const dir = mkdtempSync(join(tmpdir(), "lodestone-inv-"));
  temps.push(dir);
  cpSync(DATA, dir, { recursive: true });
  const path = join(dir, file);
  const { header, rows } = parseCsv(readFileSync(path, "utf8"), file).value;
  const row = rows.find((r) => match(Object.fromEntries(header.map((h, i) => [h, r.fields[i]!]))));
  if (!row) throw new Error(`no row to edit in ${file}`);
  row.fields[header.indexOf(column)] = value;
  writeFileSync(
    path,
    toCsv(
      header,
      rows.map((r) => r.fields),
    ),
  );
  return { dir, line: row.line };
}

const errors = async (dir: string) => (await checkDataDir(dir)).issues.filter(isError);

describe("data check invariants on the bundled data", () => {
  it("the bundled data holds every invariant; each recorded discrepancy is reported once as known", async () => {
    const { issues } = await bundledCheck();
    expect(issues.filter(isError)).toEqual([]);
    const recorded = readFileSync(join(DATA, "discrepancies.csv"), "utf8").trim().split("\n").length - 1;
    expect(issues.filter((i) => i.code === "known_discrepancy")).toHaveLength(recorded);
  });

  it("fails naming the row when a blank company result becomes 0", async () => {
    const { dir, line } = withCell(
      "company-results.csv",
      (r) => (r.company ?? "").startsWith("Beijing Zhong Ke") && r.item === "net_profit_attributable",
      "value",
      "0",
    );
    expect(await errors(dir)).toEqual([
      expect.objectContaining({ code: "blank_as_zero", path: `data/company-results.csv:${line} (value)` }),
    ]);
  });

  it("fails at the year-to-date row when China's Jan–Sep 2025 total no longer matches its months", async () => {
    const { dir, line } = withCell(
      "china-magnet-exports.csv",
      (r) => r.month === "2025-09" && r.destination === "World" && r.ytd_volume_t !== "",
      "ytd_volume_t",
      "39917",
    );
    const found = await errors(dir);
    expect(found.map((i) => [i.code, i.path])).toContainEqual([
      "sum_mismatch",
      `data/china-magnet-exports.csv:${line} (ytd_volume_t)`,
    ]);
    expect(found.find((i) => i.path.includes(`:${line} `))?.message).toContain("difference 100 t");
  });

  it("fails at a derived month that no longer follows from its inputs", async () => {
    const { dir, line } = withCell(
      "china-magnet-exports.csv",
      (r) => r.month === "2025-02" && r.destination === "World" && r.volume_t !== "",
      "volume_t",
      "3700",
    );
    const found = await errors(dir);
    expect(found.map((i) => [i.code, i.path])).toContainEqual([
      "derivation_mismatch",
      `data/china-magnet-exports.csv:${line} (volume_t)`,
    ]);
  });

  it("fails when an export control's elements leave out an element its materials name", async () => {
    const { dir, line } = withCell(
      "policy-events.csv",
      (r) => r.event_id === "CN-2025-02",
      "elements",
      "Gd;Tb;Dy;Lu;Sc;Y",
    );
    expect(await errors(dir)).toEqual([
      expect.objectContaining({
        code: "inconsistent_value",
        path: `data/policy-events.csv:${line} (elements)`,
      }),
    ]);
  });

  it("fails when China's 2024 mine share is restated from an older USGS edition than its derivation uses", async () => {
    const { dir, line } = withCell(
      "reference-facts.csv",
      (r) => r.fact_id === "china-mine-share-2024",
      "value",
      "69.2",
    );
    const found = await errors(dir);
    expect(found).toEqual([
      expect.objectContaining({
        code: "derivation_mismatch",
        path: `data/reference-facts.csv:${line} (value)`,
      }),
    ]);
    expect(found[0]!.message).toContain("its derivation gives 71.0526");
  });
});
