/** GET /api/series?ytd=true on the bundled data: each month's year to date is the range total of January..that month. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SeriesResult } from "../../domain/series.ts";
import type { Store } from "../../store/store.ts";
import { createApp } from "../app.ts";
import { openTestStore } from "../../../test/support/test-store.ts";

let store: Store;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  store = await openTestStore("bundled");
  app = createApp({ store });
});
afterAll(() => store.close());

const BASE =
  "/api/series?metric=export_volume&entity=China&counterparty=World&material=rare%20earth%20magnets";
const get = async (path: string) => {
  const res = await app.request(path);
  return {
    status: res.status,
    body: (await res.json()) as SeriesResult & { error?: { issues: { path: string }[] } },
  };
};

describe("GET /api/series?ytd=true", () => {
  it("gives, for every month, the same value as the range total of January..that month", async () => {
    const { status, body } = await get(`${BASE}&per=month&from=2025-03&to=2025-09&ytd=true`);
    expect(status).toBe(200);
    expect(body.ytd).toHaveLength(body.items.length);
    let compared = 0;
    for (const [k, item] of body.items.entries()) {
      const range = await get(`${BASE}&per=month&from=2025-01&to=${item.period}`);
      expect(body.ytd![k]?.value ?? null).toBe(range.body.total?.value ?? null);
      if (range.body.total) compared++;
    }
    expect(compared).toBeGreaterThan(3);
  });

  it("gives quarters their year to date too, and nothing without ytd", async () => {
    const q = await get(`${BASE}&per=quarter&from=2025-Q1&to=2025-Q3&ytd=true`);
    expect(q.body.ytd?.[0]?.value).toBe(q.body.items[0]!.value);
    const range = await get(`${BASE}&per=quarter&from=2025-Q1&to=2025-Q3`);
    expect(q.body.ytd?.[2]?.value ?? null).toBe(range.body.total?.value ?? null);
    expect(range.body.ytd).toBeUndefined();
  });

  it("refuses a ytd that is not true or false, naming it", async () => {
    const { status, body } = await get(`${BASE}&ytd=yes`);
    expect(status).toBe(400);
    expect(body.error!.issues.map((i) => i.path)).toEqual(["ytd"]);
  });
});
