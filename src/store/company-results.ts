/** @module Company results in the store: filters shared by `lodestone results` and GET /api/company-results. */
import { z } from "zod";
import { type CompanyResult, CompanyResultSchema } from "../domain/company-result.ts";
import { periodSpan } from "../domain/period.ts";
import { anyOf, containsText, distinct, matching, one, periodBound } from "./curated-query.ts";
import { defineCuratedTable } from "./curated-table.ts";
import { matchesName } from "./name-match.ts";
import {
  contains,
  FilterError,
  list,
  periodField,
  searchAndPaging,
  unknownValues,
  withRange,
} from "./query-fields.ts";
import type { SourceRef } from "./source-ref.ts";
import type { Sql } from "./sql.ts";

/** The filters as an object (documented fields; the OpenAPI query parameters are generated from it). */
export const ResultQueryObject = z.object({
  company: list
    .optional()
    .describe("Company name, words of it (`JL Mag`) or a ticker (`600111.SH`, `LYC.AX`), case-insensitive."),
  item: list
    .optional()
    .describe(
      "Financial or operating item, e.g. `revenue`, `net_profit_attributable`; `*` matches any text (`net_profit*`).",
    ),
  from: periodField.optional().describe("Results whose (normalised) period lies within the range."),
  to: periodField.optional().describe("End of the period range (inclusive)."),
  currency: list.optional().describe("Currency of money values, e.g. CNY, AUD, USD."),
  basis: z
    .string()
    .optional()
    .describe("Text contained in the basis: `reported`, `preliminary`, `forecast`, `guidance`."),
  ...searchAndPaging("names, items, notes (case-insensitive)"),
});

export const ResultQuerySchema = withRange(ResultQueryObject, "from", "to");
export type ResultQuery = z.infer<typeof ResultQuerySchema>;
export type ResultQueryInput = z.input<typeof ResultQuerySchema>;

export type CompanyResultRow = CompanyResult & { source: SourceRef };

export interface ResultFacets {
  companies: { name: string; tickers: string[] }[];
  items: string[];
  currencies: string[];
  bases: string[];
}

export async function resultFacets(sql: Sql): Promise<ResultFacets> {
  const rows = await sql.query<{
    company: string;
    ticker: string;
    item: string;
    currency: string;
    basis: string;
  }>("SELECT DISTINCT company, ticker, item, currency, basis FROM company_result");
  const tickers = new Map<string, Set<string>>();
  for (const r of rows) {
    const t = tickers.get(r.company) ?? new Set();
    for (const x of r.ticker.split(";")) if (x.trim() && x.trim() !== "private") t.add(x.trim());
    tickers.set(r.company, t);
  }
  return {
    companies: [...tickers]
      .map(([name, t]) => ({ name, tickers: [...t] }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    items: distinct(rows.map((r) => r.item)),
    currencies: distinct(rows.map((r) => r.currency)),
    bases: distinct(rows.map((r) => r.basis)),
  };
}

/** True when `value` names the company or one of its tickers (with or without the exchange suffix). */
const namesCompany = (value: string, c: { name: string; tickers: string[] }) =>
  matchesName(value, c.name) ||
  c.tickers.some((t) =>
    [t, t.split(/[.\s]/)[0]!].some((x) => x.toLowerCase() === value.trim().toLowerCase()),
  );

/** `net profit` -> `net_profit`; `*` -> any text. */
const itemPattern = (v: string) =>
  new RegExp(
    `^${v
      .trim()
      .toLowerCase()
      .replace(/\s+/g, "_")
      .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
      .replaceAll("*", ".*")}$`,
  );

export function resolveResultQuery(q: ResultQuery, f: ResultFacets): ResultQuery {
  const names = f.companies.map((c) => c.name);
  const issues = [
    ...unknownValues("company", q.company, names, (v, name) =>
      namesCompany(v, f.companies.find((c) => c.name === name)!),
    ),
    ...unknownValues("item", q.item, f.items, (v, k) => itemPattern(v).test(k)),
    ...unknownValues("currency", q.currency, f.currencies),
    ...unknownValues("basis", one(q.basis), f.bases, contains),
  ];
  if (issues.length) throw new FilterError(issues);
  const company = matching(q.company, f.companies, namesCompany)?.map((c) => c.name);
  const item = matching(q.item, f.items, (v, i) => itemPattern(v).test(i));
  const currency = q.currency?.map((c) => c.toUpperCase());
  return {
    ...q,
    ...(company ? { company } : {}),
    ...(item ? { item } : {}),
    ...(currency ? { currency } : {}),
  };
}

/** The company_result table: columns from the domain schema, filters as declared conditions. */
export const companyResultTable = defineCuratedTable<ResultQuery, CompanyResult>({
  table: "company_result",
  alias: "r",
  schema: CompanyResultSchema,
  spans: {
    columns: ["span_start", "span_end"],
    of: (x) => {
      const span = periodSpan(x.period)!;
      return { span_start: span.start, span_end: span.end };
    },
  },
  filters: [
    anyOf("company", "r.company"),
    anyOf("item", "r.item"),
    // A result matches when its whole (normalised) period lies in the range.
    periodBound("from", ">=", "r.span_start"),
    periodBound("to", "<=", "r.span_end"),
    anyOf("currency", "r.currency"),
    containsText("basis", "r.basis"),
  ],
  search: ["r.company", "r.ticker", "r.item", "r.period_as_published", "r.basis", "r.note"],
  orderBy: "r.company, r.span_start, r.span_end, r.item, r.source_id",
});
