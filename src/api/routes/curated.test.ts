import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { curatedFixture } from "../../store/curated-fixture.ts";
import type { Store } from "../../store/store.ts";
import { createApp } from "../app.ts";
import { openTestStore } from "../../../test/support/test-store.ts";

let store: Store;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  store = await openTestStore();
  await store.loadDataset(curatedFixture());
  app = createApp({ store });
});
afterAll(() => store.close());

const get = async (path: string) => {
  const res = await app.request(path);
  // biome-ignore lint/suspicious/noExplicitAny: the tests read arbitrary JSON bodies
  return { status: res.status, body: (await res.json()) as any };
};
const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);

describe("curated-table routes", () => {
  it("GET /api/policy-events filters by element and instrument and pages with the source beside each event", async () => {
    const { status, body } = await get("/api/policy-events?element=Dy&instrument=export_control&limit=1");
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 1, limit: 1, offset: 0 });
    expect(body.items[0]).toMatchObject({
      id: "TL-2025-01",
      announcementNo: "Ministry Announcement No. 7 [2025]",
      elements: ["Dy", "Tb"],
      source: { id: "src-a" },
    });
  });

  it("GET /api/capacity-projects keeps a range as low/high and filters by stage and start year", async () => {
    const { body } = await get("/api/capacity-projects?stage=recycling,magnet&startFrom=2026");
    expect(ids(body)).toEqual(["TL-ABC-02"]);
    expect(body.items[0]).toMatchObject({
      capacityTpy: null,
      capacityLowTpy: 100,
      capacityHighTpy: 300,
      massBasis: "alloy",
    });
  });

  it("GET /api/company-results gives the currency beside each money value", async () => {
    const { body } = await get("/api/company-results?company=Alpha%20Magnet&item=revenue");
    expect(
      body.items.map((r: { period: string; value: number; currency: string }) => [
        r.period,
        r.value,
        r.currency,
      ]),
    ).toEqual([
      ["2024", 7e9, "CNY"],
      ["2025-H1", 4e9, "CNY"],
    ]);
  });

  it("GET /api/market-estimates can leave out excluded rows", async () => {
    const all = await get("/api/market-estimates?publisher=Gamma%20Research");
    const kept = await get("/api/market-estimates?publisher=Gamma%20Research&excluded=exclude");
    expect(ids(all.body)).toEqual(["HR-01", "MV-01"]);
    expect(ids(kept.body)).toEqual(["MV-01"]);
  });

  it("answers an unknown filter value with 400, the parameter and the closest known values", async () => {
    const { status, body } = await get("/api/capacity-projects?country=Testlnd");
    expect(status).toBe(400);
    expect(body.error.code).toBe("unknown_filter_value");
    expect(body.error.issues[0]).toMatchObject({ path: "country" });
    expect(body.error.message).toContain('"Testland"');
  });

  it("refuses a reversed range and an impossible period, naming the parameter", async () => {
    const reversed = await get("/api/company-results?from=2025-09&to=2025-01");
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.issues[0]).toMatchObject({ path: "from" });
    expect(reversed.body.error.message).toContain("from 2025-09 is after to 2025-01");
    const bad = await get("/api/policy-events?from=2025-13");
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe("from");
    const stage = await get("/api/capacity-projects?stage=smelting");
    expect(stage.status).toBe(400);
    expect(stage.body.error.issues[0].path).toMatch(/^stage/);
  });

  it("says why a page is empty: filters that never meet, or only excluded rows", async () => {
    const none = await get("/api/policy-events?element=Sm&jurisdiction=Otherland");
    expect(none.body).toMatchObject({ items: [], total: 0 });
    expect(none.body.reason).toBe(
      "no rows match jurisdiction=Otherland element=Sm together (each name or code was checked on its own; drop a filter to widen)",
    );
    const excluded = await get("/api/capacity-projects?country=Otherland&excluded=exclude");
    expect(excluded.body.reason).toBe(
      "the 1 rows that match are all excluded (ask with excluded include to see them and why)",
    );
  });

  it("keeps /api/records/{kind} for capacity projects, served from the typed table", async () => {
    const { body } = await get("/api/records/capacity_project");
    expect(body.items.map((r: { id: string }) => r.id)).toEqual(["OL-BET-01", "TL-ABC-01", "TL-ABC-02"]);
  });

  it("documents the four routes and their filters in the OpenAPI document", async () => {
    const { body } = await get("/api/openapi.json");
    for (const path of [
      "/api/policy-events",
      "/api/capacity-projects",
      "/api/company-results",
      "/api/market-estimates",
    ])
      expect(body.paths[path]?.get).toBeDefined();
    const params = body.paths["/api/company-results"].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(
      expect.arrayContaining(["company", "item", "from", "to", "currency", "limit", "offset"]),
    );
    const company = body.paths["/api/company-results"].get.parameters.find(
      (p: { name: string }) => p.name === "company",
    );
    expect(company.description).toContain("ticker");
    expect(body.components.schemas.CompanyResult.properties.currency).toBeDefined();
  });
});
