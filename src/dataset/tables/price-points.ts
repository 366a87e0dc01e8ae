/** @module price-points.csv: individual price observations with their basis (location, tax, type, assessor). */
import { z } from "zod";
import {
  excludeReason,
  isApprox,
  optionalNumber,
  period,
  required,
  sourceId,
  text,
  valueQualifier,
} from "../fields.ts";
import { camelKeys, defineTable, joinNote } from "../table.ts";
import { MaterialSchema } from "./oxide-prices-annual.ts";

const oneSidedQualified = (r: {
  price_low: number | null;
  price_high: number | null;
  price_low_qualifier: string | null;
  price_high_qualifier: string | null;
}) =>
  r.price_low !== null
    ? (r.price_low_qualifier === "gt" || r.price_low_qualifier === "gte") && !r.price_high_qualifier
    : (r.price_high_qualifier === "lt" || r.price_high_qualifier === "lte") && !r.price_low_qualifier;

export const PricePointRowSchema = z
  .object({
    date: period,
    date_precision: z.enum(["day", "week", "month", "quarter", "year", "period"]),
    material: MaterialSchema,
    product_as_published: required,
    purity: text,
    location_basis: required,
    tax_basis: text,
    price_type: required,
    price_low: optionalNumber,
    price_high: optionalNumber,
    currency: z.enum(["USD", "CNY", "EUR", "AUD"]),
    unit: required,
    assessor: text,
    source_id: sourceId,
    note: text,
    price_low_qualifier: valueQualifier,
    price_high_qualifier: valueQualifier,
    is_approx: isApprox,
    /** Edition of a revised statistic (USGS annual averages); empty otherwise. */
    vintage: text,
    exclude_reason: excludeReason,
  })
  .refine((r) => r.price_low !== null || r.price_high !== null || /change/.test(r.price_type), {
    message: "expected price_low or price_high (only a 'change' price_type may have neither)",
    path: ["price_low"],
  })
  .refine((r) => (r.price_low === null) === (r.price_high === null) || oneSidedQualified(r), {
    message:
      "a one-sided price is a bound: expected price_low with price_low_qualifier gt/gte, or price_high with price_high_qualifier lt/lte",
    path: ["price_low_qualifier"],
  })
  .refine(
    (r) =>
      r.price_low === null || r.price_high === null || (!r.price_low_qualifier && !r.price_high_qualifier),
    {
      message: "expected no qualifier on a two-sided range (price_low and price_high are its bounds)",
      path: ["price_low_qualifier"],
    },
  )
  .transform(camelKeys);

const metricOf = (priceType: string) =>
  /floor/.test(priceType)
    ? "price_floor"
    : /customs unit value/.test(priceType)
      ? "export_unit_value"
      : "price";

export const pricePointsTable = defineTable({
  name: "price-points",
  file: "price-points.csv",
  columns: [
    "date",
    "date_precision",
    "material",
    "product_as_published",
    "purity",
    "location_basis",
    "tax_basis",
    "price_type",
    "price_low",
    "price_high",
    "currency",
    "unit",
    "assessor",
    "source_id",
    "note",
    "price_low_qualifier",
    "price_high_qualifier",
    "is_approx",
    "vintage",
    "exclude_reason",
  ],
  schema: PricePointRowSchema,
  key: ["date", "material", "purity", "location_basis", "price_type", "source_id"],
  unitColumn: "unit",
  toFigures: (r) => {
    if (r.priceLow === null && r.priceHigh === null) return [];
    const qualifier = r.priceLowQualifier ?? r.priceHighQualifier;
    const point = r.priceLow !== null && r.priceLow === r.priceHigh;
    return [
      {
        metric: metricOf(r.priceType),
        column: r.priceLow === null ? "price_high" : "price_low",
        entity: r.material,
        material: r.material,
        location: r.locationBasis,
        variant: joinNote(r.priceType, r.purity, r.taxBasis),
        period: r.date,
        // A bound is the value with its qualifier; a range is low/high with no value; never a midpoint.
        value: qualifier ? (r.priceLow ?? r.priceHigh) : point ? r.priceLow : null,
        low: qualifier ? null : r.priceLow,
        high: qualifier ? null : r.priceHigh,
        qualifier,
        approx: r.isApprox,
        excludeReason: r.excludeReason,
        unit: r.unit,
        vintage: r.vintage,
        sourceId: r.sourceId,
        note: joinNote(r.priceType, r.purity, r.taxBasis, r.assessor && `assessor ${r.assessor}`, r.note),
      },
    ];
  },
});
