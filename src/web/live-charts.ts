/** @module The charts drawn on the current page, disposed on page change; kept apart from ECharts so the entry chunk does not load it. */

const live = new Set<{ dispose(): void }>();

/** Records a drawn chart; returns the function that forgets it (call it from the chart's own dispose). */
export function trackChart(chart: { dispose(): void }): () => void {
  live.add(chart);
  return () => live.delete(chart);
}

/** Disposes every chart (on page change). */
export function disposeCharts(): void {
  for (const c of [...live]) c.dispose();
}
