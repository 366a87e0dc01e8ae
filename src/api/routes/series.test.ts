import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureDataset } from "../../store/store.case.ts";
import type { Store } from "../../store/store.ts";
import { createApp } from "../app.ts";
import { openTestStore } from "../../../test/support/test-store.ts";

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

const BASE = "/api/series?metric=export_volume&entity=China&counterparty=Germany";

describe("GET /api/series", () => {
  it("gives one item per month with how each value was obtained, and the range total", async () => {
    const { status, body } = await get(`${BASE}&from=2025-01&to=2025-03&per=month`);
    expect(status).toBe(200);
    expect(body.items.map((i: { period: string; value: number | null }) => [i.period, i.value])).toEqual([
      ["2025-01", 100],
      ["2025-02", 110],
      ["2025-03", null],
    ]);
    expect(body.items[0]).toMatchObject({ composition: "figure", unit: "t", basis: "finished" });
    expect(body.total).toMatchObject({ value: 330, composition: "figure" });
  });

  it("accepts any alias of an entity and gives the same answer", async () => {
    const a = await get(`${BASE}&from=2025-01&to=2025-03`);
    const b = await get(
      "/api/series?metric=export_volume&entity=CHN&counterparty=germany&from=2025-01&to=2025-03",
    );
    expect(b.body).toEqual(a.body);
  });

  it("refuses an unknown entity with the closest known names", async () => {
    const { status, body } = await get("/api/series?metric=export_volume&entity=Chna&counterparty=Germany");
    expect(status).toBe(400);
    expect(body.error.code).toBe("unknown_filter_value");
    expect(body.error.message).toContain('did you mean "China"');
    expect(body.error.issues[0].path).toBe("entity");
  });

  it("refuses an unknown metric with suggestions", async () => {
    const { status, body } = await get("/api/series?metric=export_volum&entity=China");
    expect(status).toBe(400);
    expect(body.error.message).toContain('"export_volume"');
  });

  it("refuses a reversed range and an impossible month, naming the parameter and the value", async () => {
    const rev = await get(`${BASE}&from=2025-09&to=2025-01`);
    expect(rev.status).toBe(400);
    expect(rev.body.error.issues[0].path).toBe("to");
    expect(rev.body.error.message).toContain("from 2025-09 is after to 2025-01");
    const bad = await get(`${BASE}&from=2025-13`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0]).toMatchObject({ path: "from" });
    expect(bad.body.error.message).toContain('found "2025-13"');
  });

  it("refuses a query that matches several series, naming what tells them apart", async () => {
    const { status, body } = await get("/api/series?metric=export_volume&entity=China");
    expect(status).toBe(400);
    expect(body.error.code).toBe("ambiguous_series");
    expect(body.error.message).toContain("setting counterparty");
  });
});

describe("GET /api/series?shareOf=", () => {
  it("refuses an unknown aggregate, naming the parameter and the closest names", async () => {
    const { status, body } = await get("/api/series?metric=mine_production&entity=China&shareOf=Chna");
    expect(status).toBe(400);
    expect(body.error.issues[0]).toMatchObject({ path: "shareOf" });
    expect(body.error.message).toContain('did you mean "China"');
  });

  it("refuses an aggregate that does not contain the counterparty", async () => {
    const { status, body } = await get(`${BASE}&shareOf=Japan&from=2025-01&to=2025-02`);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: "not_contained" });
    expect(body.error.message).toContain("Japan does not contain Germany");
  });

  it("is documented in the OpenAPI document", async () => {
    const { body } = await get("/api/openapi.json");
    const names = body.paths["/api/series"].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toContain("shareOf");
  });
});

describe("GET /api/entities", () => {
  it("lists blocs with their members and aliases", async () => {
    const { status, body } = await get("/api/entities?kind=bloc");
    expect(status).toBe(200);
    const eu = body.items.find((e: { id: string }) => e.id === "eu-27");
    expect(eu.members).toHaveLength(27);
    expect(eu.aliases).toContain("European Union");
  });

  it("is listed in the OpenAPI document with the series route", async () => {
    const { body } = await get("/api/openapi.json");
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(["/api/series", "/api/entities"]));
  });
});
