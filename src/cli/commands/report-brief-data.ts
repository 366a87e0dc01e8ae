/** @module The brief's data from the store (the same reads as the dashboard makes through the API). */
import { queryPrices } from "../../api/routes/prices.ts";
import { getEntity, resolveEntity } from "../../domain/entity.ts";
import { type BriefInput, collectBrief } from "../../domain/report-brief.ts";
import type { Store } from "../../store/store.ts";

/** The product the dashboard's Trade page and Overview chart show, so the numbers are the same. */
export const MATERIAL = "rare earth magnets";

export const isCountry = (name: string) => (resolveEntity(name) ?? getEntity(name))?.kind === "country";

export function briefInput(store: Store, month: string, n: number): Promise<Omit<BriefInput, "generatedAt">> {
  return collectBrief(
    {
      series: (q) => store.series({ ...q, forecast: false }),
      figures: async (q) =>
        (
          await store.figures({
            metric: [q.metric],
            ...(q.entity ? { entity: [q.entity] } : {}),
            ...(q.material ? { material: [q.material] } : {}),
            from: q.from,
            to: q.to,
            ...(q.preferred ? { preferred: true } : {}),
            limit: 10_000,
            offset: 0,
          })
        ).items,
      // The same answer as `lodestone prices` and GET /api/prices.
      prices: async (q) => (await queryPrices(q, store)).result,
    },
    month,
    MATERIAL,
    n,
    isCountry,
  );
}
