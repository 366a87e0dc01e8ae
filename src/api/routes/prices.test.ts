/** GET /api/prices on the bundled data: every point recomputes from its published price and the rates it names; 4xx shapes. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { convert } from "../../check/prices.ts";
import { createKnowledgeBase } from "../../check/knowledge-base.ts";
import type { PricesResult } from "../../domain/price-types.ts";
import type { Store } from "../../store/store.ts";
import { createApp } from "../app.ts";
import { openTestStore } from "../../../test/support/test-store.ts";
import { readXlsx } from "../../../test/xlsx-read.ts";
import { XLSX_TYPE } from "./export.ts";
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

describe("GET /api/export/prices.xlsx", () => {
  it("holds the points of /api/prices with the rate and VAT used, the prices left out, and every source's licence", async () => {
    const q = "material=NdPr%20oxide&from=2024&to=2025";
    const res = await app.request(`/api/export/prices.xlsx?${q}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(XLSX_TYPE);
    const sheets = readXlsx(new Uint8Array(await res.arrayBuffer()));
    expect([...sheets.keys()]).toEqual(["prices", "premium", "left_out", "sources", "about"]);
    const r = (await get(`/api/prices?${q}`)).body as PricesResult;
    const points = r.series.flatMap((s) => s.points);
    const [head, ...rows] = sheets.get("prices")!;
    const col = (name: string) => head!.indexOf(name);
    expect(rows.map((x) => x[col("figure_id")])).toEqual(points.map((p) => p.figureId));
    for (const [i, p] of points.entries()) {
      expect(rows[i]![col("usd_per_kg_ex_vat")]).toBeCloseTo(p.usdPerKg, 3);
      expect(rows[i]![col("fx_rate")] ?? null).toBe(p.fx?.rate ?? null);
      expect(rows[i]![col("vat_removed_pct")] ?? null).toBe(p.vat?.ratePct ?? null);
    }
    expect(
      sheets
        .get("left_out")!
        .slice(1)
        .map((x) => x[0]),
    ).toEqual(r.skipped.map((s) => s.material));
    // Every price, rate and VAT source is listed once with a licence.
    const sources = sheets.get("sources")!.slice(1);
    const ids = new Set(
      points.flatMap((p) => [p.source.id, p.fx?.source.id, p.vat?.source.id].filter((x): x is string => !!x)),
    );
    expect(new Set(sources.map((s) => s[0]))).toEqual(ids);
    expect(sources.every((s) => typeof s[4] === "string" && s[4] !== "not recorded")).toBe(true);
  });

  it("refuses what /api/prices refuses, with the same 400 shape", async () => {
    const res = await app.request("/api/export/prices.xlsx?market=inland");
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("invalid_query");
    expect(body.error.message).toMatch(/market/);
  });
});
