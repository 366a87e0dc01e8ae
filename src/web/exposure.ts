/**
 * @module exposureCheck (pure): which controls apply to a product, HS code or element — the register's export
 * controls, suspensions, licences, tariffs and quotas that name it, with dates and status, newest first. An HS code
 * matches an event's code when either is the start of the other (8505 covers 85051110; 85051110 falls under 8505).
 */
import type { PolicyEvent } from "./types.ts";

export const CONTROL_INSTRUMENTS = ["export_control", "suspension", "licence", "tariff", "production_quota"];

export interface ExposureQuery {
  element?: string | undefined;
  hs?: string | undefined;
}

/** What the query asks, refused when it is empty or an HS code is not digits. */
export function exposureProblem(q: ExposureQuery): string | null {
  const hs = q.hs?.replace(/[\s.]/g, "") ?? "";
  if (!q.element && !hs) return "choose an element or type an HS code (e.g. 8505 or 85051110)";
  if (hs && !/^\d{2,10}$/.test(hs))
    return `an HS code is 2 to 10 digits (dots and spaces allowed); got "${q.hs}"`;
  return null;
}

export function exposureCheck(events: readonly PolicyEvent[], q: ExposureQuery) {
  const hs = q.hs?.replace(/[\s.]/g, "") ?? "";
  return events
    .filter((e) => !e.excludeReason && e.instruments.some((i) => CONTROL_INSTRUMENTS.includes(i)))
    .map((e) => {
      const byElement = q.element
        ? e.elements.some((x) => x.toLowerCase() === q.element!.toLowerCase())
        : false;
      const codes = e.hsCodes.map((c) => c.replace(/[\s.]/g, ""));
      const byHs = hs ? codes.filter((c) => c.startsWith(hs) || hs.startsWith(c)) : [];
      return { event: e, why: [...(byElement ? [`names ${q.element}`] : []), ...byHs.map((c) => `HS ${c}`)] };
    })
    .filter((x) => x.why.length)
    .sort((a, b) => b.event.date.localeCompare(a.event.date));
}
