/** @module ECharts mounting: registers only the chart types and components the dashboard uses (SVG renderer). */
import { BarChart, LineChart, ScatterChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { type ECharts, type EChartsCoreOption, getInstanceByDom, init, use } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

use([LineChart, BarChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const live = new Set<ECharts>();

/** Renders `option` into `el` (replacing any earlier chart there) and keeps it sized to its box. */
export function mountChart(el: HTMLElement, option: EChartsCoreOption): ECharts {
  getInstanceByDom(el)?.dispose();
  el.replaceChildren();
  const chart = init(el, null, { renderer: "svg" });
  chart.setOption(option, true);
  live.add(chart);
  const ro = new ResizeObserver(() => chart.resize());
  ro.observe(el);
  chart.on("finished", () => el.setAttribute("data-rendered", "true"));
  const dispose = chart.dispose.bind(chart);
  chart.dispose = () => {
    ro.disconnect();
    live.delete(chart);
    dispose();
  };
  return chart;
}

/** Disposes every chart (on page change). */
export function disposeCharts(): void {
  for (const c of [...live]) c.dispose();
}
