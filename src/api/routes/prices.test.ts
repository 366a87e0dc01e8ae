/** GET /api/prices on the bundled data: every point recomputes from its published price and the rates it names; 4xx shapes. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { convert } from "../../check/prices.ts";
import { createKnowledgeBase } from "../../check/knowledge-base.ts";
import type { PricesResult } from "../../domain/price-types.ts";
import type { Store } from "../../store/store.ts";
import { createApp } from "../app.ts";
import { openTestStore } from "../../../test/support/test-store.ts";
import { loadPriceInputs } from "./prices.ts";

let store: Store;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  store = await openTestStore("bundled");
  app = createApp({ store });
});
afterAll(() => store.close());

const get = async (path: string) => {
  const res = await app.request(path);
  // biome-ignore lint/suspicious/noExplicitAny: the tests read arbitrary JSON bodies
  return { status: res.status, body: (await res.json()) as any };
};

describe("GET /api/prices", () => {
  it("gives USD/kg without VAT that recompute from each point's published price, rate and VAT", async () => {
    const { status, body } = await get("/api/prices");
    expect(status).toBe(200);
    const r = body as PricesResult;
    const points = r.series.flatMap((s) => s.points);
    expect(points.length).toBeGreaterThan(10);
    expect(points.some((p) => p.fx !== null)).toBe(true);
    expect(points.some((p) => p.vat !== null)).toBe(true);
    for (const p of points) {
      const perKg = p.published.unit.endsWith("/t") ? 0.001 : 1;
      const fx = p.fx ? (p.fx.quote === "USD" ? p.fx.rate : 1 / p.fx.rate) : 1;
      const vat = p.vat ? 1 + p.vat.ratePct / 100 : 1;
      const mid = ((p.published.low + p.published.high) / 2) * perKg * fx;
      expect(p.usdPerKg).toBeCloseTo(mid / vat, 6);
      if (p.fx) expect(p.fx.source.publisher).not.toBe("(source not loaded)");
      if (p.vat) expect(p.market).toBe("china");
    }
    for (const s of r.skipped) expect(s.reason.length).toBeGreaterThan(5);
  });

  it("converts with the same rate as the claim checks (one answer)", async () => {
    const inputs = await loadPriceInputs(store);
    const kb = createKnowledgeBase({
      exchangeRates: inputs.exchangeRates.map((x, i) => ({ ...x, id: String(i) })),
    });
    const { body } = await get("/api/prices?market=china");
    const withFx = (body as PricesResult).series.flatMap((s) => s.points).filter((p) => p.fx);
    expect(withFx.length).toBeGreaterThan(0);
    for (const p of withFx) {
      const c = convert(kb, 1, p.published.unit.slice(0, 3), "USD", p.period.slice(0, 10));
      expect(c?.rate.period).toBe(p.fx!.period);
      expect(c?.rate.rate).toBe(p.fx!.rate);
    }
  });

  it("narrows to a material, a market and a range", async () => {
    const { body } = await get("/api/prices?material=ndpr%20oxide&market=china&from=2024&to=2024");
    const r = body as PricesResult;
    expect(r.series.length).toBe(1);
    expect(r.series[0]).toMatchObject({ material: "NdPr oxide", market: "china" });
    for (const p of r.series[0]!.points) expect(p.date.slice(0, 4)).toBe("2024");
  });

  it("refuses an unknown material with the closest known, and bad parameters naming each", async () => {
    const a = await get("/api/prices?material=NdPr%20oxyde");
    expect(a.status).toBe(400);
    expect(a.body.error.code).toBe("unknown_filter_value");
    expect(a.body.error.message).toContain('"NdPr oxide"');
    const b = await get("/api/prices?market=inland&to=2025-13");
    expect(b.status).toBe(400);
    expect(b.body.error.code).toBe("invalid_query");
    expect(b.body.error.issues.map((i: { path: string }) => i.path)).toEqual(["market", "to"]);
  });
});
