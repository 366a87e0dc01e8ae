/** @module Output schemas of the extractor: claims and events with the field names of the news-corpus gold files. */
import { z } from "zod";

export const ChangeKindSchema = z.enum(["mom", "yoy", "qoq", "wow", "hoh", "cagr"]);
export const QualifierSchema = z.enum(["gt", "gte", "lt", "lte", "range"]);

/** A figure as written and normalised: an exact value, or a bound or range, with its hedge. */
const quantityFields = {
  value: z.number().nullable(),
  value_text: z.string().nullable(),
  qualifier: QualifierSchema.nullable(),
  value_min: z.number().nullable(),
  value_max: z.number().nullable(),
  approx: z.boolean(),
};
const CurrencyBasisSchema = z.enum(["explicit", "inferred"]);

export const ChangeSchema = z.object({
  kind: ChangeKindSchema.nullable(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  direction: z.enum(["up", "down", "flat"]).nullable(),
  period: z.string().nullable(),
  approx: z.boolean(),
  qualifier: QualifierSchema.nullable(),
  value_min: z.number().nullable(),
  value_max: z.number().nullable(),
});
export type Change = z.infer<typeof ChangeSchema>;

/** The change of a claim that states none. */
export const NO_CHANGE: Change = {
  kind: null,
  value: null,
  unit: null,
  direction: null,
  period: null,
  approx: false,
  qualifier: null,
  value_min: null,
  value_max: null,
};

export const ConversionSchema = z.object({
  ...quantityFields,
  unit: z.string().nullable(),
  currency: z.string().nullable(),
  currency_basis: CurrencyBasisSchema.nullable(),
});
export type Conversion = z.infer<typeof ConversionSchema>;

export const MetricFamilySchema = z.enum([
  "trade",
  "production",
  "demand",
  "price",
  "financials",
  "funding",
  "market",
  "policy",
  "other",
]);

const evidence = {
  salience: z.enum(["core", "peripheral"]),
  in_teaser: z.boolean(),
  quote: z.string(),
  quote_start: z.number().int().nonnegative(),
  quote_end: z.number().int().nonnegative(),
  note: z.string().nullable(),
};

export const ClaimSchema = z.object({
  id: z.string(),
  metric: z.string(),
  metric_family: MetricFamilySchema,
  entity: z.string().nullable(),
  material: z.string().nullable(),
  counterparty: z.string().nullable(),
  location: z.string().nullable(),
  ...quantityFields,
  unit: z.string().nullable(),
  unit_text: z.string().nullable(),
  currency: z.string().nullable(),
  currency_basis: CurrencyBasisSchema.nullable(),
  period: z.string().nullable(),
  period_text: z.string().nullable(),
  is_forecast: z.boolean(),
  change: ChangeSchema,
  additional_changes: z.array(ChangeSchema),
  conversions: z.array(ConversionSchema),
  ...evidence,
});
export type Claim = z.infer<typeof ClaimSchema>;

export const EventTypeSchema = z.enum([
  "export_control",
  "export_control_suspension",
  "export_license",
  "export_license_application",
  "quota",
  "policy",
  "regulation",
  "subsidy_scheme",
  "tariff",
  "trade_restriction",
  "trade_agreement",
  "trade_talks",
  "funding",
  "grant",
  "loan",
  "equity_investment",
  "contract_award",
  "partnership",
  "joint_venture",
  "offtake",
  "price_floor",
  "price_listing",
  "facility",
  "corporate_decision",
  "report",
]);
export type EventType = z.infer<typeof EventTypeSchema>;

export const EventAmountSchema = z.object({
  ...quantityFields,
  unit: z.string().nullable(),
  currency: z.string().nullable(),
});

export const EventSchema = z.object({
  id: z.string(),
  type: EventTypeSchema,
  date: z.string().nullable(),
  date_text: z.string().nullable(),
  actor: z.string(),
  action: z.string(),
  counterparty: z.string().nullable(),
  materials: z.array(z.string()),
  amount: EventAmountSchema.nullable(),
  effective_date: z.string().nullable(),
  is_planned: z.boolean(),
  ...evidence,
});
export type ExtractedEvent = z.infer<typeof EventSchema>;

/** Something the reader of an extraction should know (`no_year`: the article names no year; pass a date). */
export const ExtractWarningSchema = z.object({ code: z.string(), message: z.string() });

export const ArticleMetaSchema = z.object({
  title: z.string().nullable(),
  source: z.string().nullable(),
  publisher: z.string().nullable(),
  date: z.string().nullable(),
  docDate: z.string().nullable(),
  language: z.string(),
  format: z.enum(["text", "html"]),
  /** Length of the body the offsets refer to (text after the header, or text extracted from HTML). */
  bodyLength: z.number().int().nonnegative(),
  /** Warnings about the article as a whole; always set by `extractArticle` (optional for hand-built extractions). */
  warnings: z.array(ExtractWarningSchema).optional(),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

export const ExtractionSchema = z.object({
  meta: ArticleMetaSchema,
  claims: z.array(ClaimSchema),
  events: z.array(EventSchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
