import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../api/app.ts";
import { memoryEffects } from "../effects.ts";
import { main } from "../main.ts";
import { NO_CONFIGURED_STORE, sharedBundledStore } from "../../../test/support/test-store.ts";

// One store holding the bundled data/ for every command of this file (they only read).
const shared = sharedBundledStore();
afterAll(shared.close);

async function prices(...args: string[]) {
  const m = memoryEffects({}, NO_CONFIGURED_STORE, await shared.get());
  const code = await main(["prices", ...args], m.effects);
  return { code, out: m.out(), err: m.err() };
}

describe("lodestone prices", () => {
  it("gives the same body as GET /api/prices with the same filters (one answer)", async () => {
    const cli = await prices(
      "--material",
      "NdPr oxide",
      "--from",
      "2024",
      "--to",
      "2024",
      "--format",
      "json",
    );
    expect(cli.code).toBe(0);
    const res = await createApp({ store: await shared.get() }).request(
      "/api/prices?material=NdPr%20oxide&from=2024&to=2024",
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(cli.out)).toEqual(await res.json());
  }, 120_000);

  it("writes one CSV row per point with the rate and VAT used", async () => {
    const json = JSON.parse((await prices("--market", "china", "--format", "json")).out);
    const points = json.series.flatMap((s: { points: unknown[] }) => s.points);
    const csv = await prices("--market", "china", "--format", "csv");
    const lines = csv.out.trim().split("\n");
    expect(lines[0]).toContain("usd_per_kg_ex_vat");
    expect(lines).toHaveLength(points.length + 1);
    expect(lines.slice(1).map((l: string) => l.split(",")[1])).toEqual(points.map(() => "china"));
  });

  it("refuses a bad market or an unknown material with exit code 2 and the flag named", async () => {
    const a = await prices("--market", "inland");
    expect(a.code).toBe(2);
    expect(a.err).toContain('--market "inland"');
    const b = await prices("--material", "NdPr oxyde");
    expect(b.code).toBe(2);
    expect(b.err).toContain('unknown --material value "NdPr oxyde"; closest known: "NdPr oxide"');
  });
});
