/** @module company-results.csv: financial and operating results of magnet-chain companies. */
import { z } from "zod";
import { number, period, qualifier, required, sourceId, text } from "../fields.ts";
import { camelKeys, defineTable, joinNote } from "../table.ts";

const MONEY = new Set(["USD", "CNY", "EUR", "AUD", "INR", "GBP", "CAD", "JPY", "KRW"]);
const MATERIAL: Record<string, string> = {
  ndpr_production: "NdPr oxide",
  ndpr_sales: "NdPr oxide",
  reo_production: "rare earths (REO)",
  dy_tb_production: "Dy/Tb oxide",
  magnet_blank_production: "NdFeB magnets",
  finished_magnet_production: "NdFeB magnets",
  average_selling_price: "rare earth products",
};

export const CompanyResultRowSchema = z
  .object({
    company: required,
    ticker: text,
    period,
    period_as_published: required,
    fiscal_period: text,
    period_end: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, "expected a date YYYY-MM-DD or empty"),
    metric: z.string().regex(/^[a-z][a-z0-9_]*$/, "expected a snake_case metric name such as revenue"),
    value: number,
    value_qualifier: qualifier,
    unit: required,
    yoy_pct: text,
    qoq_pct: text,
    basis: required,
    source_id: sourceId,
    note: text,
  })
  .transform(camelKeys);
export type CompanyResultRow = z.infer<typeof CompanyResultRowSchema>;

export const companyResultsTable = defineTable({
  name: "company-results",
  file: "company-results.csv",
  columns: [
    "company",
    "ticker",
    "period",
    "period_as_published",
    "fiscal_period",
    "period_end",
    "metric",
    "value",
    "value_qualifier",
    "unit",
    "yoy_pct",
    "qoq_pct",
    "basis",
    "source_id",
    "note",
  ],
  schema: CompanyResultRowSchema,
  key: ["company", "period", "metric", "source_id"],
  unitColumn: "unit",
  toFigures: (r) => {
    const gt = r.valueQualifier === "gt";
    const financial = MONEY.has(r.unit) || /margin/.test(r.metric);
    return [
      {
        metric: financial ? "company_financial" : "company_operating",
        column: "value",
        idSuffix: r.metric,
        entity: r.company,
        material: MATERIAL[r.metric] ?? "",
        // The financial or operating item (revenue, net profit ...) tells the figures of one company apart.
        variant: r.metric,
        period: r.period,
        value: gt ? null : r.value,
        low: gt ? r.value : null,
        unit: r.unit,
        massBasis:
          r.metric === "magnet_blank_production"
            ? "blank"
            : r.metric === "finished_magnet_production"
              ? "finished"
              : "not_applicable",
        isForecast: /forecast|guidance/.test(r.basis),
        sourceId: r.sourceId,
        note: joinNote(
          r.metric,
          r.periodAsPublished !== r.period && `published as ${r.periodAsPublished}`,
          r.fiscalPeriod && `fiscal ${r.fiscalPeriod}`,
          r.basis,
          r.note,
        ),
      },
    ];
  },
});
