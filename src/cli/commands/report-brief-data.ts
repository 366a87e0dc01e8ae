/** @module The brief's data from the store: China's monthly magnet exports (world and destinations) and the month's prices. */
import { getEntity, resolveEntity } from "../../domain/entity.ts";
import { addMonths, type BriefInput, type BriefSeries } from "../../domain/report-brief.ts";
import type { SeriesResult } from "../../domain/series-types.ts";
import type { Store } from "../../store/store.ts";

export const MATERIAL = "rare earth magnets";

const toBrief = (name: string, s: SeriesResult): BriefSeries => ({
  name,
  unit: s.unit,
  items: s.items.map((i) => ({ period: i.period, value: i.value, source: i.source })),
});

/** World total and the `n` largest single-country destinations in `month`, 24 months back (for y/y and the chart). */
export async function briefInput(
  store: Store,
  month: string,
  n: number,
): Promise<Omit<BriefInput, "generatedAt">> {
  const from =
    `${Number(month.slice(0, 4)) - 1}-01` < addMonths(month, -23)
      ? `${Number(month.slice(0, 4)) - 1}-01`
      : addMonths(month, -23);
  // The product the dashboard's Trade page and Overview chart show, so the numbers are the same.
  const q = {
    metric: "export_volume",
    entity: "China",
    material: MATERIAL,
    from,
    to: month,
    per: "month" as const,
    forecast: false,
  };
  const world = await store.series({ ...q, counterparty: "World" });
  const inMonth = await store.figures({
    metric: ["export_volume"],
    entity: ["China"],
    material: [MATERIAL],
    from: month,
    to: month,
    preferred: true,
    limit: 10_000,
    offset: 0,
  });
  const countries = [
    ...new Set(
      inMonth.items
        .map((f) => f.counterparty)
        .filter((c): c is string => Boolean(c) && (resolveEntity(c!) ?? getEntity(c!))?.kind === "country"),
    ),
  ];
  const dests: BriefSeries[] = [];
  for (const c of countries) {
    try {
      dests.push(toBrief(c, await store.series({ ...q, counterparty: c })));
    } catch {
      // A destination reported under several units or scopes has no single series; the brief leaves it out.
    }
  }
  const at = (s: BriefSeries) => s.items.find((i) => i.period === month)?.value ?? -1;
  const prices = await store.figures({ metric: ["price"], from: month, to: month, limit: 10_000, offset: 0 });
  return {
    month,
    world: toBrief("World", world),
    destinations: dests.sort((a, b) => at(b) - at(a)).slice(0, n),
    prices: prices.items
      .filter((f) => !f.excludeReason)
      .map((f) => ({
        material: f.material ?? "",
        period: f.period,
        low: f.low,
        high: f.high,
        value: f.value,
        unit: f.unit,
        basis: [f.location, f.variant].filter(Boolean).join(", "),
        source: f.source,
      })),
  };
}
