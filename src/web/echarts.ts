/** @module ECharts mounting: registers only the chart types and components the dashboard uses (SVG renderer). */
import { BarChart, LineChart, SankeyChart, ScatterChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from "echarts/components";
import { type ECharts, type EChartsCoreOption, getInstanceByDom, init, use } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

import { type ChartFrame, frameChart } from "./chart-frame.ts";
import { trackChart } from "./live-charts.ts";

use([
  LineChart,
  BarChart,
  ScatterChart,
  SankeyChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

/**
 * Renders `option` into `el` (replacing any earlier chart there), keeps it sized to its box, and frames it: sources
 * beneath, SVG/PNG/CSV downloads and a permalink (`chart-frame.ts`).
 */
export function mountChart(el: HTMLElement, option: EChartsCoreOption, frame?: ChartFrame): ECharts {
  getInstanceByDom(el)?.dispose();
  el.replaceChildren();
  const chart = init(el, null, { renderer: "svg" });
  // No entry animation: the chart is complete when first drawn (and "finished" fires then, not ~1 s later).
  chart.setOption({ animation: false, ...option }, true);
  const forget = trackChart(chart);
  const ro = new ResizeObserver(() => chart.resize());
  ro.observe(el);
  chart.on("finished", () => el.setAttribute("data-rendered", "true"));
  frameChart(el, chart, option, frame);
  const dispose = chart.dispose.bind(chart);
  chart.dispose = () => {
    ro.disconnect();
    forget();
    dispose();
  };
  return chart;
}
