/** @module tax-rates.csv: sourced tax rates with their validity dates (China's VAT, to compare prices quoted with and without it). */
import { z } from "zod";
import { number, required, sourceId, text } from "../fields.ts";
import { camelKeys, defineTable } from "../table.ts";

const day = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, "expected a date YYYY-MM-DD or empty");

export const TaxRateRowSchema = z
  .object({
    jurisdiction: required,
    tax: required,
    applies_to: required,
    from_date: day,
    to_date: day,
    rate_pct: number.refine((v) => v >= 0 && v < 100, "expected a percentage from 0 to 100"),
    source_id: sourceId,
    note: text,
  })
  .refine((r) => !r.from_date || !r.to_date || r.from_date <= r.to_date, {
    message: "expected from_date on or before to_date",
    path: ["to_date"],
  })
  .transform(camelKeys);

export const taxRatesTable = defineTable({
  name: "tax-rates",
  file: "tax-rates.csv",
  columns: ["jurisdiction", "tax", "applies_to", "from_date", "to_date", "rate_pct", "source_id", "note"],
  schema: TaxRateRowSchema,
  key: ["jurisdiction", "tax", "applies_to", "from_date"],
  toRecord: { kind: "tax_rate", id: (r) => `${r.jurisdiction}:${r.tax}:${r.fromDate || "..."}` },
});
