/**
 * @module exposureCheck (pure): which controls apply to a product, HS code or element — the register's export
 * controls, suspensions, licences, tariffs and quotas that name it, with dates and status, newest first. An HS code
 * matches an event's code when either is the start of the other (8505 covers 85051110; 85051110 falls under 8505).
 * A product matches an event whose materials name it (the register's own words, shown as the reason) or whose HS
 * codes fall under the product's heading; a technology or know-how item is a product of its own, not the good.
 */
import type { PolicyEvent } from "./types.ts";

export const CONTROL_INSTRUMENTS = ["export_control", "suspension", "licence", "tariff", "production_quota"];

export interface Product {
  id: string;
  label: string;
  /** HS headings of the product (the codes that start with one are the product). */
  hs: string[];
  /** Words of the register's `materials` that name the product. */
  terms: RegExp;
}

const TECHNOLOGY = /\btech|know-how/i;

/** The products a user can pick: the chain's goods by HS heading, and the items the register names beside them. */
export const PRODUCTS: readonly Product[] = [
  { id: "magnets", label: "Permanent magnets (HS 8505 11)", hs: ["850511"], terms: /magnet|NdFeB|SmCo/i },
  {
    id: "metals",
    label: "Rare-earth metals and alloys (HS 2805 30)",
    hs: ["280530"],
    terms: /\b(metals?|alloys?)\b/i,
  },
  {
    id: "compounds",
    label: "Rare-earth oxides and compounds (HS 2846)",
    hs: ["2846"],
    terms: /\b(oxides?|compounds?)\b/i,
  },
  {
    id: "motors",
    label: "Motors, rotors and magnet assemblies",
    hs: [],
    terms: /\b(motors?|rotors?|assembl)/i,
  },
  { id: "scrap", label: "Scrap, waste and recycled feed", hs: [], terms: /scrap|waste|recycl/i },
  { id: "equipment", label: "Processing equipment", hs: [], terms: /equipment/i },
  { id: "technology", label: "Technology and know-how", hs: [], terms: TECHNOLOGY },
];

export interface ExposureQuery {
  product?: string | undefined;
  element?: string | undefined;
  hs?: string | undefined;
}

const digits = (hs: string | undefined) => hs?.replace(/[\s.]/g, "") ?? "";

/** What the query asks, refused when it is empty, names an unknown product or an HS code is not digits. */
export function exposureProblem(q: ExposureQuery): string | null {
  const hs = digits(q.hs);
  if (!q.product && !q.element && !hs)
    return "choose a product or an element, or type an HS code (e.g. 8505 or 85051110)";
  if (q.product && !PRODUCTS.some((p) => p.id === q.product))
    return `unknown product "${q.product}"; expected one of: ${PRODUCTS.map((p) => p.id).join(", ")}`;
  if (hs && !/^\d{2,10}$/.test(hs))
    return `an HS code is 2 to 10 digits (dots and spaces allowed); got "${q.hs}"`;
  return null;
}

const underAny = (code: string, heads: string[]) =>
  heads.some((c) => code.startsWith(c) || c.startsWith(code));

export function exposureCheck(events: readonly PolicyEvent[], q: ExposureQuery) {
  const hs = digits(q.hs);
  const product = PRODUCTS.find((p) => p.id === q.product);
  return events
    .filter((e) => !e.excludeReason && e.instruments.some((i) => CONTROL_INSTRUMENTS.includes(i)))
    .map((e) => {
      const byElement = q.element
        ? e.elements.some((x) => x.toLowerCase() === q.element!.toLowerCase())
        : false;
      const codes = e.hsCodes.map((c) => c.replace(/[\s.]/g, ""));
      const byHs = hs ? codes.filter((c) => underAny(c, [hs])) : [];
      const named = product
        ? e.materials.filter(
            (m) => product.terms.test(m) && (product.terms === TECHNOLOGY || !TECHNOLOGY.test(m)),
          )
        : [];
      const byProductHs = product ? codes.filter((c) => underAny(c, product.hs)) : [];
      return {
        event: e,
        why: [
          ...named.map((m) => `names "${m}"`),
          ...byProductHs.filter((c) => !byHs.includes(c)).map((c) => `HS ${c}`),
          ...(byElement ? [`names ${q.element}`] : []),
          ...byHs.map((c) => `HS ${c}`),
        ],
      };
    })
    .filter((x) => x.why.length)
    .sort((a, b) => b.event.date.localeCompare(a.event.date));
}
