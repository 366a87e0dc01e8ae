/** @module price-points.csv: individual price observations with their basis (location, tax, type, assessor). */
import { z } from "zod";
import { optionalNumber, period, required, sourceId, text } from "../fields.ts";
import { camelKeys, defineTable, joinNote } from "../table.ts";
import { MaterialSchema } from "./oxide-prices-annual.ts";

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
  })
  .refine((r) => r.price_low !== null || r.price_high !== null || /change/.test(r.price_type), {
    message: "expected price_low or price_high (only a 'change' price_type may have neither)",
    path: ["price_low"],
  })
  .transform(camelKeys);
export type PricePointRow = z.infer<typeof PricePointRowSchema>;

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
  ],
  schema: PricePointRowSchema,
  key: ["date", "material", "purity", "location_basis", "price_type", "source_id"],
  unitColumn: "unit",
  toFigures: (r) =>
    r.priceLow === null && r.priceHigh === null
      ? []
      : [
          {
            metric: metricOf(r.priceType),
            column: r.priceLow === null ? "price_high" : "price_low",
            entity: r.material,
            material: r.material,
            location: r.locationBasis,
            period: r.date,
            value: r.priceLow !== null && r.priceLow === r.priceHigh ? r.priceLow : null,
            low: r.priceLow,
            high: r.priceHigh,
            unit: r.unit,
            sourceId: r.sourceId,
            note: joinNote(r.priceType, r.purity, r.taxBasis, r.assessor && `assessor ${r.assessor}`, r.note),
          },
        ],
});
