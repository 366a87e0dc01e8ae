import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureDataset } from "../../store/store.case.ts";
import type { Store } from "../../store/store.ts";
import type { ModelBaseline } from "../../check/index.ts";
import { createApp } from "../app.ts";
import { openTestStore } from "../../../test/support/test-store.ts";

// biome-ignore lint/suspicious/noExplicitAny: JSON response bodies are read loosely in these tests.
type Body = Record<string, any>;

const TOKEN = "claims-test-token";
let store: Store;
let app: ReturnType<typeof createApp>;

// Written for this test: the fixture dataset holds 100 t for China -> Germany in 2025-01 (source src-a).
const ARTICLE = `title: Test note
publisher: Test Wire
date: 2025-02-20
---
China exported 150 tonnes of rare earth magnets to Germany in January 2025, the test note said.
`;

beforeAll(async () => {
  store = await openTestStore();
  await store.loadDataset(fixtureDataset());
  app = createApp({ store, token: TOKEN });
});
afterAll(() => store.close());

const post = async (path: string, body: string, type = "application/json") => {
  const headers = { "content-type": type, authorization: `Bearer ${TOKEN}` };
  const res = await app.request(path, { method: "POST", body, headers });
  return { status: res.status, body: (await res.json()) as Body };
};
const get = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as Body };
};

describe("claimsRoutes()", () => {
  it("POST /api/check-claims answers {checks, warnings} with the KB source named and a confidence", async () => {
    const { status, body } = await post("/api/check-claims", JSON.stringify({ text: ARTICLE }));
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(["checks", "warnings"]);
    const germany = body.checks.find((c: Body) => c.claim.counterparty === "Germany");
    expect(germany).toMatchObject({ subject: "claim", verdict: "inconsistent" });
    expect(germany.confidence).toBeGreaterThan(0.5);
    expect(germany.attribution.doubts).toEqual([]);
    expect(germany.reasons[0]).toMatchObject({
      kind: "source_conflict",
      expected: { value: 100 },
      found: { value: 150 },
    });
    expect(germany.reasons[0].sources[0]).toMatchObject({ id: "src-a", url: "https://example.org/src-a" });
  });

  it("POST /api/check-claims compares a demand forecast with the model bands the server supplies", async () => {
    // A model run written for this test (bands chosen by hand).
    const model: ModelBaseline = {
      scenarioId: "test-scenario",
      seed: 3,
      draws: 50,
      years: [2030],
      series: {
        "magnet.demand.world": { p5: [280_000], p50: [300_000], p95: [320_000], unit: "t finished magnet" },
      },
      blankYield: 0.8,
      mineRecordedUntil: {},
      sources: {},
    };
    const asked: number[] = [];
    const withModel = createApp({
      store,
      model: async (extraction) => {
        asked.push(extraction.claims.length);
        return model;
      },
    });
    const text = `title: Test outlook
publisher: Test Wire
date: 2026-03-02
---
Global demand for finished NdFeB magnets will reach 310,000 tonnes in 2030, the note said.
`;
    const res = await withModel.request("/api/check-claims", {
      method: "POST",
      body: JSON.stringify({ text }),
      headers: { "content-type": "application/json" },
    });
    const body = (await res.json()) as Body;
    expect(asked).toEqual([1]);
    const demand = body.checks.find((c: Body) => c.claim.value === 310_000);
    expect(demand.verdict).toBe("consistent");
    const reason = demand.reasons.find((r: Body) => r.kind === "model_plausibility");
    expect(reason.message).toMatch(/within the model's 90% band: 280,000–320,000 t/);
  });

  it("POST /api/check-claims accepts text/plain with ?date=", async () => {
    const { status, body } = await post("/api/check-claims?date=2025-02-20", ARTICLE, "text/plain");
    expect(status).toBe(200);
    expect(body.checks.length).toBeGreaterThan(0);
  });

  it("rejects a missing text, a bad date and an oversized article with the error shape", async () => {
    const a = await post("/api/check-claims", JSON.stringify({ date: "2025-01-01" }));
    expect(a.status).toBe(400);
    expect(a.body.error).toMatchObject({ code: "invalid_request" });
    expect(a.body.error.issues[0].path).toBe("text");
    const b = await post("/api/check-claims", JSON.stringify({ text: ARTICLE, date: "2025-02-30x" }));
    expect(b.status).toBe(400);
    const c = await post("/api/check-claims", "x".repeat(5 * 1024 * 1024 + 1), "text/plain");
    expect(c.status).toBe(413);
    expect(c.body.error.code).toBe("input_too_large");
  });

  it("POST /api/articles stores once; GET /api/articles and /api/claims list what was stored", async () => {
    const first = await post("/api/articles", JSON.stringify({ text: ARTICLE }));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: "new", claims: 1 });
    const again = await post("/api/articles", JSON.stringify({ text: ARTICLE }));
    expect(again.status).toBe(200);
    expect(again.body.status).toBe("unchanged");
    const list = await get("/api/articles");
    expect(list.body).toMatchObject({
      total: 1,
      items: [{ id: first.body.id, title: "Test note", claimCount: 1 }],
    });
    const claims = await get("/api/claims?metric=export%20volume&entity=china&period=2025-01");
    expect(claims.status).toBe(200);
    expect(claims.body.items[0]).toMatchObject({
      value: 150,
      counterparty: "Germany",
      article: { publisher: "Test Wire" },
    });
    expect((await get("/api/claims?limit=0")).status).toBe(400);
  });

  it("documents the routes in the OpenAPI document", async () => {
    const { body } = await get("/api/openapi.json");
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(["/api/check-claims", "/api/articles", "/api/claims"]),
    );
  });
});
