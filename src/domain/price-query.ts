/** @module The filters of GET /api/prices and `lodestone prices` (material, market, date range), validated once by zod. */
import { z } from "zod";
import { periodSpan } from "./period.ts";
import type { PricesResult } from "./price-types.ts";

const periodText = (what: string) =>
  z
    .string()
    .trim()
    .refine((p) => periodSpan(p) !== null, `expected a ${what} period such as 2025, 2025-03 or 2025-03-14`);

export const PriceQuerySchema = z.object({
  material: z.string().trim().min(1, "expected a material such as NdPr oxide").optional(),
  market: z
    .enum(["china", "outside"], { message: "expected china (China domestic) or outside (outside China)" })
    .optional(),
  from: periodText("first").optional(),
  to: periodText("last").optional(),
});
export type PriceQuery = z.infer<typeof PriceQuerySchema>;

/** The result narrowed to a material, a market and a date range (a point is in range when its date is). */
export function filterPrices(r: PricesResult, q: PriceQuery): PricesResult {
  const start = q.from ? periodSpan(q.from)!.start : "";
  const end = q.to ? periodSpan(q.to)!.end : "9999-12-31";
  const material = q.material?.toLowerCase();
  const inRange = (date: string) => date >= start && date <= end;
  // A quarter (of the premium) or a left-out price's period is in range when it overlaps it.
  const overlaps = (period: string) => {
    const p = periodSpan(period);
    return !p || (p.end >= start && p.start <= end);
  };
  const mat = (m: string) => !material || m.toLowerCase() === material;
  return {
    ...r,
    series: r.series
      .filter((s) => mat(s.material) && (!q.market || s.market === q.market))
      .map((s) => ({ ...s, points: s.points.filter((p) => inRange(p.date)) }))
      .filter((s) => s.points.length),
    premium: r.premium.filter((p) => mat(p.material) && overlaps(p.quarter)),
    skipped: r.skipped.filter((s) => mat(s.material) && overlaps(s.period)),
  };
}
