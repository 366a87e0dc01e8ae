import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureDataset } from "../store/store.case.ts";
import type { Store } from "../store/store.ts";
import { createApp } from "./app.ts";
import { openTestStore } from "../../test/support/test-store.ts";

let store: Store;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  store = await openTestStore();
  await store.loadDataset(fixtureDataset());
  app = createApp({ store });
});
afterAll(() => store.close());

const get = async (path: string) => {
  const res = await app.request(path);
  // biome-ignore lint/suspicious/noExplicitAny: the tests read arbitrary JSON bodies
  return { status: res.status, body: (await res.json()) as any };
};

describe("createApp()", () => {
  it("answers /api/health with the loaded dataset version", async () => {
    const { status, body } = await get("/api/health");
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "ok", store: "pglite", dataset: { figures: 8, sources: 2 } });
  });

  it("serves figures with filters, pagination and the source beside each value", async () => {
    const { status, body } = await get(
      "/api/figures?metric=export_volume&counterparty=Germany&from=2025-01&to=2025-12&limit=2",
    );
    expect(status).toBe(200);
    expect(body.total).toBe(3);
    expect(body.items).toHaveLength(2);
    expect(body.items[0]).toMatchObject({
      period: "2025-01",
      value: 100,
      unit: "t",
      source: { id: "src-a", licence: "public-domain" },
    });
    const next = await get(
      "/api/figures?metric=export_volume&counterparty=Germany&from=2025-01&to=2025-12&limit=2&offset=2",
    );
    expect(next.body.items.map((f: { period: string }) => f.period)).toEqual(["2025-04"]);
  });

  it("exports figures as CSV with the source columns", async () => {
    const res = await app.request("/api/figures.csv?metric=export_volume&counterparty=Germany");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const lines = (await res.text()).trim().split("\n");
    expect(lines[0]).toContain("source_url");
    expect(lines).toHaveLength(5); // header + the four Germany rows of the fixture
    expect(lines[1]).toContain("https://example.org/src-a");
  });

  it("rejects an unknown filter value with a suggestion in the error shape", async () => {
    const { status, body } = await get("/api/figures?counterparty=Germny");
    expect(status).toBe(400);
    expect(body.error.code).toBe("unknown_filter_value");
    expect(body.error.message).toContain('did you mean "Germany"');
    expect(body.error.issues[0]).toMatchObject({ path: "counterparty" });
  });

  it("rejects an invalid period and an out-of-range limit, naming the parameter", async () => {
    const a = await get("/api/figures?from=2025-13");
    expect(a.status).toBe(400);
    expect(a.body.error.issues[0].path).toBe("from");
    const b = await get("/api/figures?limit=0");
    expect(b.status).toBe(400);
    expect(b.body.error.issues[0].path).toBe("limit");
  });

  it("lists sources with licences and rejects an unknown licence", async () => {
    const ok = await get("/api/sources?licence=facts-attributed");
    expect(ok.body.items.map((s: { id: string }) => s.id)).toEqual(["src-b"]);
    const bad = await get("/api/sources?licence=proprietary");
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_request");
  });

  it("publishes an OpenAPI document listing every route", async () => {
    const { body } = await get("/api/openapi.json");
    expect(body.openapi).toBe("3.1.0");
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        "/api/health",
        "/api/sources",
        "/api/figures",
        "/api/facets",
        "/api/policy-events",
        "/api/records/{kind}",
      ]),
    );
    expect(body.components.schemas.Figure.properties.value).toBeDefined();
  });

  it("answers unknown routes with the error shape", async () => {
    const { status, body } = await get("/api/nope");
    expect(status).toBe(404);
    expect(body.error.code).toBe("not_found");
  });
});
