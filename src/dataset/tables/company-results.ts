/** @module company-results.csv: financial and operating results of magnet-chain companies. */
import { z } from "zod";
import { periodSpan } from "../../domain/period.ts";
import type { CompanyResult } from "../../domain/company-result.ts";
import type { SourceId } from "../../domain/source.ts";
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
import { type ColumnFields, camelKeys, columnsOf, defineTable, joinNote } from "../table.ts";

const MONEY = new Set(["USD", "CNY", "EUR", "AUD", "INR", "GBP", "CAD", "JPY", "KRW", "MYR"]);
const MATERIAL: Record<string, string> = {
  ndpr_production: "NdPr oxide",
  ndpr_sales: "NdPr oxide",
  reo_production: "rare earths (REO)",
  dy_tb_production: "Dy/Tb oxide",
  magnet_blank_production: "NdFeB magnets",
  finished_magnet_production: "NdFeB magnets",
  average_selling_price: "rare earth products",
};

/** The currency of a money or price unit (`CNY`, `AUD` for `AUD/kg`), or "" for tonnes and percentages. */
export function currencyOf(unit: string): string {
  const head = unit.split("/")[0]!;
  return MONEY.has(head) ? head : "";
}

export const CompanyResultRowSchema = z
  .object({
    company: required,
    ticker: text,
    period,
    period_as_published: required,
    fiscal_period: text,
    period_end: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, "expected a date YYYY-MM-DD or empty"),
    item: z.string().regex(/^[a-z][a-z0-9_]*$/, "expected a snake_case item name such as revenue"),
    value: optionalNumber,
    value_low: optionalNumber,
    value_high: optionalNumber,
    value_qualifier: valueQualifier,
    is_approx: isApprox,
    unit: required,
    yoy_pct: optionalNumber,
    qoq_pct: optionalNumber,
    basis: required,
    source_id: sourceId,
    exclude_reason: excludeReason,
    note: text,
  })
  .refine((r) => r.value === null || (r.value_low === null && r.value_high === null), {
    message: "expected either value or a value_low/value_high range, not both",
    path: ["value"],
  })
  .refine((r) => (r.value_low === null) === (r.value_high === null), {
    message: "expected both value_low and value_high for a range",
    path: ["value_high"],
  })
  .refine((r) => r.value !== null || r.value_qualifier === null, {
    message: "expected value_qualifier only with a value",
    path: ["value_qualifier"],
  })
  // A fiscal year that does not end in December is a span (FY2025 to June = 2024-07..2025-06), never a calendar year.
  .refine((r) => r.period_end === "" || periodSpan(r.period)?.end === r.period_end, {
    message:
      "expected the period to end on period_end (a fiscal year ending in June is 2024-07..2025-06, not 2025)",
    path: ["period"],
  })
  // A row without any number is kept as a record (e.g. a growth rate with the absolute value cut off), but it must
  // say why: a blank value never becomes a number.
  .refine((r) => r.value !== null || r.value_low !== null || r.note.trim() !== "", {
    message: "expected a value, a value_low/value_high range, or a note saying why the source gives no value",
    path: ["value"],
  })
  .transform(camelKeys);
export type CompanyResultRow = z.infer<typeof CompanyResultRowSchema>;

/** Each column of company-results.csv and the field of the domain company result it becomes (the CLI's CSV has the same columns). */
export const COMPANY_RESULT_FIELDS = [
  ["company", "company"],
  ["ticker", "ticker"],
  ["period", "period"],
  ["period_as_published", "periodAsPublished"],
  ["fiscal_period", "fiscalPeriod"],
  ["period_end", "periodEnd"],
  ["item", "item"],
  ["value", "value"],
  ["value_low", "low"],
  ["value_high", "high"],
  ["value_qualifier", "qualifier"],
  ["is_approx", "approx"],
  ["unit", "unit"],
  ["yoy_pct", "yoyPct"],
  ["qoq_pct", "qoqPct"],
  ["basis", "basis"],
  ["source_id", "sourceId"],
  ["exclude_reason", "excludeReason"],
  ["note", "note"],
] as const satisfies ColumnFields<CompanyResult>;

export const companyResultsTable = defineTable({
  name: "company-results",
  file: "company-results.csv",
  columns: columnsOf(COMPANY_RESULT_FIELDS),
  schema: CompanyResultRowSchema,
  key: ["company", "period", "item", "source_id"],
  unitColumn: "unit",
  nonZero: ["value", "value_low", "value_high"],
  toItem: (r) => ({ kind: "company_result", value: toCompanyResult(r) }),
  toFigures: (r) => {
    if (r.value === null && r.valueLow === null) return [];
    const financial = MONEY.has(r.unit) || /margin/.test(r.item);
    return [
      {
        metric: financial ? "company_financial" : "company_operating",
        column: r.value !== null ? "value" : "value_low",
        idSuffix: r.item,
        entity: r.company,
        material: MATERIAL[r.item] ?? "",
        // The financial or operating item (revenue, net profit ...) tells the figures of one company apart.
        variant: r.item,
        period: r.period,
        value: r.value,
        low: r.valueLow,
        high: r.valueHigh,
        qualifier: r.valueQualifier,
        approx: r.isApprox,
        unit: r.unit,
        massBasis:
          r.item === "magnet_blank_production"
            ? "blank"
            : r.item === "finished_magnet_production"
              ? "finished"
              : "not_applicable",
        isDerived: /derived/.test(r.basis),
        isForecast: /forecast|guidance/.test(r.basis),
        excludeReason: r.excludeReason,
        sourceId: r.sourceId,
        note: joinNote(
          r.item,
          r.periodAsPublished !== r.period && `published as ${r.periodAsPublished}`,
          r.fiscalPeriod && `fiscal ${r.fiscalPeriod}`,
          r.basis,
          r.note,
        ),
      },
    ];
  },
});

/** Stable id of a company result: one item of one company for one period in one source. */
export const companyResultId = (r: Pick<CompanyResultRow, "company" | "period" | "item" | "sourceId">) =>
  `${r.company}|${r.period}|${r.item}|${r.sourceId}`;

/** The domain company result for a checked row. */
export function toCompanyResult(r: CompanyResultRow): CompanyResult {
  return {
    id: companyResultId(r),
    company: r.company,
    ticker: r.ticker,
    period: r.period,
    periodAsPublished: r.periodAsPublished,
    fiscalPeriod: r.fiscalPeriod,
    periodEnd: r.periodEnd,
    item: r.item,
    value: r.value,
    low: r.valueLow,
    high: r.valueHigh,
    qualifier: r.valueQualifier,
    approx: r.isApprox,
    unit: r.unit,
    currency: currencyOf(r.unit),
    yoyPct: r.yoyPct,
    qoqPct: r.qoqPct,
    basis: r.basis,
    sourceId: r.sourceId as SourceId,
    excludeReason: r.excludeReason,
    note: r.note,
  };
}
