/** @module exchange-rates.csv: sourced exchange rates (annual and monthly averages) used to compare prices and amounts across currencies. */
import { z } from "zod";
import { number, period, sourceId, text } from "../fields.ts";
import { camelKeys, defineTable } from "../table.ts";

const currency = z.string().regex(/^[A-Z]{3}$/, "expected a three-letter currency code such as USD");

export const ExchangeRateRowSchema = z
  .object({
    base: currency,
    quote: currency,
    period,
    period_type: z.enum(["annual average", "monthly average", "daily"], {
      message: "expected annual average, monthly average or daily",
    }),
    rate: number.refine((v) => v > 0, "expected a positive rate"),
    source_id: sourceId,
    note: text,
  })
  .refine((r) => r.base !== r.quote, { message: "expected two different currencies", path: ["quote"] })
  .transform(camelKeys);

/** `rate` units of `quote` for one `base` over `period`; records only (no figures: a rate is a conversion, not a fact about the supply chain). */
export const exchangeRatesTable = defineTable({
  name: "exchange-rates",
  file: "exchange-rates.csv",
  columns: ["base", "quote", "period", "period_type", "rate", "source_id", "note"],
  schema: ExchangeRateRowSchema,
  key: ["base", "quote", "period", "source_id"],
  toRecord: { kind: "exchange_rate", id: (r) => `${r.base}/${r.quote}:${r.period}:${r.sourceId}` },
});
