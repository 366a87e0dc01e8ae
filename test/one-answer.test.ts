/**
 * One question, one answer on every surface (issue 7): China's 2024 share of world mine production from the CLI, the
 * API, a claim check, the baseline scenario and the dashboard's overview card; and world mine production in 2024
 * whether the world is called "World" or "World total".
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/api/app.ts";
import { memoryEffects } from "../src/cli/effects.ts";
import { main } from "../src/cli/main.ts";
import type { SeriesItem, SeriesResult } from "../src/domain/series.ts";
import { mineSharePercent, worldMineTonnes } from "../src/engine/outputs.ts";
import { runScenario } from "../src/engine/run-scenario.ts";
import { parseScenario } from "../src/engine/scenario-schema.ts";
import { toQuery } from "../src/web/client.ts";
import { formatShare, mineShareParams } from "../src/web/share.ts";
import { NO_CONFIGURED_STORE, sharedBundledStore } from "./support/test-store.ts";

// One store holding the bundled data/, as after the first start, for every CLI command and API request of this file.
const shared = sharedBundledStore();
afterAll(shared.close);

async function cli(args: string[], files: Record<string, string> = {}) {
  const m = memoryEffects(files, NO_CONFIGURED_STORE, await shared.get());
  const code = await main(args, m.effects);
  return { code, out: m.out(), err: m.err() };
}

async function api(path: string, init?: RequestInit) {
  const res = await createApp({ store: await shared.get() }).request(path, init);
  return { status: res.status, body: (await res.json()) as unknown };
}

const SHARE_ARGS = [
  "series",
  "--metric",
  "mine_production",
  "--entity",
  "China",
  "--share-of",
  "World",
  "--from",
  "2024",
  "--to",
  "2024",
  "--per",
  "year",
];

/** The CLI's answer (a), which every other surface must give. */
let cliItem: SeriesItem;

beforeAll(async () => {
  const r = await cli([...SHARE_ARGS, "--format", "json"]);
  expect(r.code, r.err).toBe(0);
  const s = JSON.parse(r.out) as SeriesResult;
  expect(s.items).toHaveLength(1);
  cliItem = s.items[0]!;
}, 180_000);

const same = (a: number, b: number) => expect(Math.abs(a - b), `${a} vs ${b}`).toBeLessThan(1e-9);

describe("China's 2024 share of world mine production", () => {
  it("(a) the CLI gives it from the latest USGS edition, with both values", () => {
    expect(cliItem.composition).toBe("share");
    expect(cliItem.share!.part).toMatchObject({
      name: "China",
      unit: "t REO",
      edition: "USGS MCS 2026 v1.3",
    });
    expect(cliItem.share!.whole).toMatchObject({ name: "World total", edition: "USGS MCS 2026 v1.3" });
    same(cliItem.value!, (100 * cliItem.share!.part.value!) / cliItem.share!.whole.value!);
  });

  it("(a) the CLI table prints the same number to two decimals", async () => {
    const r = await cli(SHARE_ARGS);
    expect(r.out).toMatch(new RegExp(`^2024 +${cliItem.value!.toFixed(2).replace(".", "\\.")}% `, "m"));
  });

  it("(b) GET /api/series gives the same item", async () => {
    const { status, body } = await api(
      "/api/series?metric=mine_production&entity=China&shareOf=World&from=2024&to=2024&per=year",
    );
    expect(status).toBe(200);
    expect((body as SeriesResult).items).toEqual([cliItem]);
  });

  it("(c) a claim check expects the same share, to the one decimal it prints", async () => {
    // A sentence written for this test; its 90% is wrong on purpose, so the check must state the known share.
    const file = "claim.txt";
    const r = await cli(["check-claims", file, "--format", "json"], {
      [file]: "China accounted for 90% of global rare earth mine output in 2024.\n",
    });
    const report = JSON.parse(r.out) as {
      checks: {
        reasons: { kind: string; outcome: string; message: string; expected: { value: number } }[];
      }[];
    };
    const reason = report.checks.flatMap((c) => c.reasons).find((x) => x.kind === "known_share");
    expect(reason, r.out).toBeDefined();
    expect(reason!.outcome).toBe("inconsistent");
    expect(reason!.expected.value).toBe(Math.round(cliItem.value! * 10) / 10);
    expect(reason!.message).toContain(`= ${cliItem.value!.toFixed(1)}%`);
  });

  it("(d) the baseline scenario gives the same share and the same world total", () => {
    const parsed = parseScenario(
      parse(readFileSync(new URL("../scenarios/baseline.yaml", import.meta.url), "utf8")),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const run = runScenario(parsed.value);
    same(mineSharePercent(run, "china", 2024), cliItem.value!);
    expect(worldMineTonnes(run, 2024)).toBe(cliItem.share!.whole.value);
  });

  it("(e) the dashboard's overview card requests the same series and prints the same number", async () => {
    const { body } = await api(`/api/series${toQuery(mineShareParams("China", "2024"))}`);
    const item = (body as SeriesResult).items[0];
    expect(item).toEqual(cliItem);
    const shown = formatShare(item);
    expect(shown.value).toBe(cliItem.value!.toFixed(1));
    expect(shown.text).toContain(`China ${cliItem.value!.toFixed(1)}%`);
  });
});

describe("World mine production in 2024", () => {
  const ask = (entity: string) => [
    "series",
    "--metric",
    "mine_production",
    "--entity",
    entity,
    "--period",
    "2024",
    "--format",
    "json",
  ];

  it("is the same for --entity World and --entity 'World total' in the CLI and the API, and is the share's denominator", async () => {
    const values: number[] = [];
    for (const entity of ["World", "World total"]) {
      const c = JSON.parse((await cli(ask(entity))).out) as SeriesResult;
      const a = (
        await api(`/api/series${toQuery({ metric: "mine_production", entity, from: "2024", to: "2024" })}`)
      ).body as SeriesResult;
      expect(a.items).toEqual(c.items);
      expect(c.items).toHaveLength(1);
      values.push(c.items[0]!.value!);
    }
    expect(values[1]).toBe(values[0]);
    expect(values[0]).toBe(cliItem.share!.whole.value);
  });
});
