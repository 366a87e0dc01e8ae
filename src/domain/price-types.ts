/** @module The shapes of GET /api/prices (zod, documented in the OpenAPI file): price points in USD/kg without VAT, series, premium. */
import { z } from "zod";

export const PriceSourceSchema = z.object({
  id: z.string(),
  publisher: z.string(),
  title: z.string(),
  url: z.string(),
  published: z.string(),
  licence: z.string(),
});
export type PriceSource = z.infer<typeof PriceSourceSchema>;

export const PriceMarketSchema = z
  .enum(["china", "outside"])
  .describe("china: China domestic or a producer's listed price in China; outside: FOB, CIF, Europe, global");

export const PricePointUsdSchema = z.object({
  figureId: z.string(),
  material: z.string(),
  market: PriceMarketSchema,
  basis: z.enum(["domestic", "listed", "outside"]),
  location: z.string().describe("The published delivery basis"),
  priceType: z.string().describe("Price type, purity and tax basis as published"),
  period: z.string(),
  date: z.string().describe("Where the point sits on a time axis: the middle of its period (YYYY-MM-DD)"),
  usdPerKg: z.number().describe("Midpoint of a range, or the value; USD/kg without VAT"),
  lowUsdPerKg: z.number(),
  highUsdPerKg: z.number(),
  published: z.object({ low: z.number(), high: z.number(), unit: z.string() }),
  fx: z
    .object({
      base: z.string(),
      quote: z.string(),
      period: z.string().describe("The month or year the rate averages"),
      rate: z.number(),
      source: PriceSourceSchema,
    })
    .nullable()
    .describe("The sourced exchange rate used (null: published in USD)"),
  vat: z
    .object({
      ratePct: z.number(),
      stated: z
        .boolean()
        .describe("false: the price was taken to include VAT (China's convention for yuan spot prices)"),
      source: PriceSourceSchema,
    })
    .nullable()
    .describe("The VAT removed (null: the price carried none)"),
  approx: z.boolean(),
  source: PriceSourceSchema,
});
export type PricePointUsd = z.infer<typeof PricePointUsdSchema>;

export const PriceSeriesSchema = z.object({
  material: z.string(),
  market: PriceMarketSchema,
  points: z.array(PricePointUsdSchema),
});

export const PricePremiumSchema = z.object({
  material: z.string(),
  quarter: z.string().describe("YYYY-Qn"),
  chinaUsdPerKg: z.number().describe("Mean of the quarter's China points, USD/kg without VAT"),
  outsideUsdPerKg: z.number().describe("Mean of the quarter's outside-China points, USD/kg"),
  premiumPct: z.number().describe("(outside / China - 1) x 100: the price outside China above China's"),
  chinaPoints: z.number().int(),
  outsidePoints: z.number().int(),
});

export const PricesResultSchema = z
  .object({
    unit: z.literal("USD/kg"),
    series: z.array(PriceSeriesSchema),
    premium: z.array(PricePremiumSchema),
    skipped: z.array(
      z.object({ figureId: z.string(), material: z.string(), period: z.string(), reason: z.string() }),
    ),
    method: z.string(),
  })
  .meta({ id: "PriceSeries" });
export type PricesResult = z.infer<typeof PricesResultSchema>;
