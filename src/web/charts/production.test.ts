import { describe, expect, it } from "vitest";
import { figure } from "./figure-fixture.ts";
import { productionChart, revisionsChart } from "./production.ts";

const prod = (entity: string, period: string, value: number, vintage = "V2") =>
  figure({ entity, period, value, vintage, metric: "mine_production", counterparty: "", unit: "t REO" });

describe("productionChart()", () => {
  const rows = [
    prod("World total", "1990", 60),
    prod("World total", "2024", 100),
    prod("China", "2024", 70),
    prod("Australia", "2024", 20),
    prod("Other", "2024", 4),
    prod("Burma", "2024", 6),
  ];
  const option = productionChart(rows, { top: 2 });
  const series = option.series as {
    name: string;
    type: string;
    stack?: string;
    data: { value: [string, number | null]; parts?: unknown[] }[];
  }[];

  it("productionChart() stacks the largest countries and sums the rest, keeping the parts for the tooltip", () => {
    expect(series.map((s) => s.name)).toEqual(["China", "Australia", "Other countries", "World total"]);
    const other = series[2]!;
    expect(other.data[0]!.value).toEqual(["2024", 10]);
    expect(other.data[0]!.parts).toHaveLength(2);
  });

  it("productionChart() draws the world total as an unstacked line over years with a country breakdown", () => {
    expect(series[3]).toMatchObject({ type: "line" });
    expect(series[3]!.stack).toBeUndefined();
    expect((option.xAxis as { data: string[] }).data).toEqual(["2024"]);
  });

  it("revisionsChart() draws one line per edition, from shortly before the editions overlap", () => {
    const r = revisionsChart(
      [
        prod("World total", "2000", 1, "V1"),
        prod("World total", "2023", 2, "V1"),
        prod("World total", "2023", 3, "V2"),
      ],
      "World total",
    );
    expect((r.series as { name: string }[]).map((s) => s.name)).toEqual(["V1", "V2"]);
    expect((r.xAxis as { data: string[] }).data).toEqual(["2023"]);
  });
});
