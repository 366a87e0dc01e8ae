/** @module exportsChart: China's monthly magnet exports to one destination, derived months visibly marked. */
import type { EChartsOption } from "echarts";
import type { Figure } from "../types.ts";
import { seriesChart } from "./series.ts";

export interface ExportsChartOptions {
  destination: string;
}

/** Monthly export volumes (t) to `destination`; derived months get a hollow red diamond and their own legend entry. */
export function exportsChart(figures: Figure[], { destination }: ExportsChartOptions): EChartsOption {
  const rows = figures.filter(
    (f) =>
      f.counterparty.toLowerCase() === destination.toLowerCase() &&
      f.periodKind === "month" &&
      f.value !== null,
  );
  const unit = rows[0]?.unit ?? "t";
  return seriesChart([{ name: `Exports to ${destination}`, figures: rows }], {
    kind: "line",
    yName: unit,
    markDerived: true,
  });
}
