import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readXlsx } from "../../../test/xlsx-read.ts";
import { parseCsv } from "../../domain/workbook.ts";
import { fixtureDataset } from "../../store/store.case.ts";
import { openStore, type Store } from "../../store/store.ts";
import { createApp } from "../app.ts";
import { XLSX_TYPE } from "./export.ts";

let store: Store;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  store = await openStore();
  await store.loadDataset(fixtureDataset());
  app = createApp({ store });
});
afterAll(() => store.close());

const book = async (path: string) => {
  const res = await app.request(path);
  expect(
    res.status,
    await res
      .clone()
      .text()
      .catch(() => ""),
  ).toBe(200);
  expect(res.headers.get("content-type")).toBe(XLSX_TYPE);
  return readXlsx(new Uint8Array(await res.arrayBuffer()));
};

describe("XLSX exports", () => {
  it("figures: the CSV's rows and columns, typed, with every cited source and its licence", async () => {
    const q = "metric=export_volume&entity=China";
    const sheets = await book(`/api/export/figures.xlsx?${q}`);
    expect([...sheets.keys()]).toEqual(["figures", "sources", "about"]);
    const csv = parseCsv(await (await app.request(`/api/figures.csv?${q}&limit=10000`)).text());
    const figures = sheets.get("figures")!;
    expect(figures[0]).toEqual(csv[0]);
    expect(figures.length).toBe(csv.length);
    const vi = csv[0]!.indexOf("value");
    expect(figures.slice(1).map((r) => r[vi])).toEqual(
      csv.slice(1).map((r) => (r[vi] === "" ? null : Number(r[vi]))),
    );
    const sources = sheets.get("sources")!;
    const si = csv[0]!.indexOf("source_id");
    expect(
      sources
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual([...new Set(csv.slice(1).map((r) => r[si]))].sort());
    expect(sources.slice(1).every((r) => typeof r[4] === "string" && r[4] !== "not recorded")).toBe(true);
    expect(sheets.get("about")!.find((r) => r[0] === "query")?.[1]).toBe(q);
  });

  it("series: one row per period with the preferred value, as GET /api/series gives it", async () => {
    const q = "metric=export_volume&entity=China&counterparty=Germany&from=2025-01&to=2025-03&per=month";
    const sheets = await book(`/api/export/series.xlsx?${q}`);
    const json = (await (await app.request(`/api/series?${q}`)).json()) as {
      items: { period: string; value: number | null }[];
    };
    const rows = sheets.get("series")!;
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual(json.items.map((i) => [i.period, i.value]));
    expect(sheets.get("sources")!.length).toBeGreaterThan(1);
  });

  it("a bad parameter is the API's 400 error shape naming it, not a file", async () => {
    const res = await app.request("/api/export/figures.xlsx?metric=export_volume&entity=Chnia");
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("unknown_filter_value");
    expect(body.error.message).toMatch(/Chnia/);
    const s = await app.request("/api/export/series.xlsx?metric=export_volume");
    expect(s.status).toBe(400);
  });
});
