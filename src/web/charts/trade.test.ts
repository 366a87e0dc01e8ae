import { describe, expect, it } from "vitest";
import { periodSpan } from "../../domain/period.ts";
import { buildSeries } from "../../domain/series.ts";
import { buildShareSeries } from "../../domain/series-share.ts";
import type { SeriesResult } from "../types.ts";
import { figure } from "./figure-fixture.ts";
import { periodAxis, stackRefusal, tradeChart } from "./trade.ts";

type Datum = { value: [string, number | null]; item?: { period: string }; series?: string };
type S = { name: string; type: string; stack?: string; data: Datum[] };

/** A series built by the same code as GET /api/series, from rows written for the test. */
function figs(counterparty: string, rows: Parameters<typeof figure>[0][]) {
  const id = counterparty.toLowerCase().replace(/\W+/g, "-");
  return rows.map((r) => {
    const f = figure({ counterparty, counterpartyId: id, ...r });
    return {
      ...f,
      periodEnd: periodSpan(f.period)!.end,
      seriesKey: `export_volume|china|${id}|rare earth magnets||finished||t|`,
    };
  });
}
function series(counterparty: string, rows: Parameters<typeof figure>[0][]): SeriesResult {
  return buildSeries(figs(counterparty, rows), { metric: "export_volume", per: "month" });
}

describe("stackRefusal()", () => {
  const s = (name: string, id: string) => ({ name, result: { counterpartyId: id } });

  it("stackRefusal() refuses a bloc with one of its members, naming both", () => {
    const why = stackRefusal([s("Germany", "germany"), s("EU-27", "eu-27")]);
    expect(why).toContain("EU-27 contains Germany");
  });

  it("stackRefusal() refuses the world with anything", () => {
    expect(stackRefusal([s("Japan", "japan"), s("World", "world")])).toContain("World contains every");
  });

  it("stackRefusal() allows countries that do not overlap", () => {
    expect(stackRefusal([s("Japan", "japan"), s("Germany", "germany"), s("India", "india")])).toBeNull();
  });
});

describe("tradeChart()", () => {
  const germany = series("Germany", [
    { period: "2025-01", value: 100 },
    { period: "2025-02", value: 90, isDerived: true, quality: "derived", note: "Derived: 180 / 2" },
    { period: "2025-04", value: 120, qualifier: "gt" },
  ]);
  const japan = series("Japan", [
    { period: "2025-02", value: 40 },
    { period: "2025-03", value: 45, conflict: true },
  ]);

  it("periodAxis() is the union of the periods of every series, in time order", () => {
    expect(
      periodAxis([
        { name: "J", result: japan },
        { name: "G", result: germany },
      ]),
    ).toEqual(["2025-01", "2025-02", "2025-03", "2025-04"]);
  });

  it("tradeChart() draws point values on the line and leaves bounds off it, marked on their own", () => {
    const out = tradeChart([{ name: "Germany", result: germany }]).series as S[];
    const line = out.find((x) => x.name === "Germany")!;
    expect(line.data.map((d) => d.value[1])).toEqual([100, 90, null, null]);
    const bound = out.find((x) => x.name.startsWith("bound"))!;
    expect(bound.data.map((d) => d.value)).toEqual([["2025-04", 120]]);
    const derived = out.find((x) => x.name.startsWith("derived"))!;
    expect(derived.data.map((d) => [d.value[0], d.series])).toEqual([["2025-02", "Germany"]]);
  });

  it("tradeChart() rings the periods where sources disagree", () => {
    const out = tradeChart([
      { name: "Germany", result: germany },
      { name: "Japan", result: japan },
    ]).series as S[];
    const rings = out.find((x) => x.name === "sources disagree")!;
    expect(rings.data.map((d) => [d.value[0], d.series])).toEqual([["2025-03", "Japan"]]);
  });

  it("tradeChart() stacks disjoint destinations as bars and refuses overlapping ones", () => {
    const stacked = tradeChart(
      [
        { name: "Germany", result: germany },
        { name: "Japan", result: japan },
      ],
      { stacked: true },
    ).series as S[];
    expect(stacked.map((x) => [x.name, x.type, x.stack])).toEqual([
      ["Germany", "bar", "total"],
      ["Japan", "bar", "total"],
    ]);
    const eu = { ...japan, counterpartyId: "eu-27" };
    expect(() =>
      tradeChart(
        [
          { name: "Germany", result: germany },
          { name: "EU-27", result: eu },
        ],
        { stacked: true },
      ),
    ).toThrow(/EU-27 contains Germany/);
  });

  it("tradeChart() tooltips list the other values with their source and why they lost", () => {
    const twice = series("Germany", [
      {
        period: "2025-01",
        value: 100,
        id: "a",
        source: { ...figure({ period: "x", value: 0 }).source, tier: "wire" },
      },
      {
        period: "2025-01",
        value: 100,
        id: "b",
        source: {
          ...figure({ period: "x", value: 0 }).source,
          id: "s2",
          publisher: "Second Outlet",
          tier: "aggregator",
        },
      },
    ]);
    const option = tradeChart([{ name: "Germany", result: twice }]);
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const line = (option.series as S[])[0]!;
    const html = formatter([{ seriesName: "Germany", data: line.data[0] }]);
    expect(html).toContain("Second Outlet");
    expect(html).toContain("lower source tier");
  });

  it("tradeChart() refuses two units on one axis", () => {
    expect(() =>
      tradeChart([
        { name: "a", result: germany },
        { name: "b", result: { ...japan, unit: "kg" } },
      ]),
    ).toThrow(/t and kg/);
  });
});

describe("tradeChart() with shares", () => {
  it("tradeChart() marks a share as derived only when a value it divides is derived", () => {
    const share = buildShareSeries(
      figs("Germany", [
        { period: "2025-01", value: 2 },
        { period: "2025-02", value: 3, isDerived: true, quality: "derived" },
      ]),
      figs("World", [
        { period: "2025-01", value: 10 },
        { period: "2025-02", value: 40 },
      ]),
      {
        metric: "export_volume",
        per: "month",
        part: { name: "Germany", id: "germany" },
        of: { name: "World", id: "world" },
        replaces: "counterparty",
      },
    );
    const out = tradeChart([{ name: "Germany", result: share }]).series as S[];
    expect(out[0]!.data.map((d) => d.value[1])).toEqual([20, 7.5]);
    expect(out.find((x) => x.name.startsWith("derived"))!.data.map((d) => d.value[0])).toEqual(["2025-02"]);
    expect((tradeChart([{ name: "Germany", result: share }]).yAxis as { name: string }).name).toBe("%");
  });
});
