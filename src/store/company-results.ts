/** @module Company results in the store: filters shared by `lodestone results` and GET /api/company-results. */
import { z } from "zod";
import type { CompanyResult } from "../domain/company-result.ts";
import { periodSpan } from "../domain/period.ts";
import { matchesName } from "./name-match.ts";
import {
  checkRange,
  contains,
  excludedField,
  FilterError,
  likePattern,
  list,
  type Page,
  paging,
  periodField,
  type SourceRef,
  unknownValues,
} from "./query-fields.ts";
import { SOURCE_SELECT, sourceRef } from "./source-ref.ts";
import type { Sql } from "./sql.ts";
import { createWhere } from "./where.ts";

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
  q: z.string().optional().describe("Text search over names, items, notes (case-insensitive)."),
  excluded: excludedField,
  ...paging,
});

export const ResultQuerySchema = ResultQueryObject.superRefine((v, ctx) =>
  checkRange(v.from, v.to, ["from", "to"], ctx),
);
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
  const uniq = (xs: string[]) => [...new Set(xs.filter(Boolean))].sort();
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
    items: uniq(rows.map((r) => r.item)),
    currencies: uniq(rows.map((r) => r.currency)),
    bases: uniq(rows.map((r) => r.basis)),
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
    ...unknownValues("basis", q.basis === undefined ? undefined : [q.basis], f.bases, contains),
  ];
  if (issues.length) throw new FilterError(issues);
  const company =
    q.company && f.companies.filter((c) => q.company!.some((v) => namesCompany(v, c))).map((c) => c.name);
  const item = q.item && f.items.filter((i) => q.item!.some((v) => itemPattern(v).test(i)));
  const currency = q.currency?.map((c) => c.toUpperCase());
  return {
    ...q,
    ...(company ? { company } : {}),
    ...(item ? { item } : {}),
    ...(currency ? { currency } : {}),
  };
}

export async function queryCompanyResults(sql: Sql, q: ResultQuery): Promise<Page<CompanyResultRow>> {
  const where = createWhere();
  if (q.company?.length) where.add("r.company = ANY(?::text[])", q.company);
  if (q.item?.length) where.add("r.item = ANY(?::text[])", q.item);
  if (q.from) where.add("r.span_start >= ?::date", periodSpan(q.from)!.start);
  if (q.to) where.add("r.span_end <= ?::date", periodSpan(q.to)!.end);
  if (q.currency?.length) where.add("r.currency = ANY(?::text[])", q.currency);
  if (q.basis) where.add("r.basis ILIKE ?", likePattern(q.basis));
  if (q.q)
    where.add(
      "concat_ws(' ', r.company, r.ticker, r.item, r.period_as_published, r.basis, r.note) ILIKE ?",
      likePattern(q.q),
    );
  if (q.excluded === "exclude") where.raw("r.exclude_reason = ''");
  if (q.excluded === "only") where.raw("r.exclude_reason <> ''");
  const total = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM company_result r ${where.sql}`,
    where.params,
  );
  const rows = await sql.query<Record<string, unknown>>(
    `SELECT r.*, ${SOURCE_SELECT} FROM company_result r JOIN source s ON s.id = r.source_id ${where.sql}
     ORDER BY r.company, r.span_start, r.span_end, r.item, r.source_id LIMIT ${q.limit} OFFSET ${q.offset}`,
    where.params,
  );
  return {
    total: total[0]?.n ?? 0,
    items: rows.map((r) => ({ ...toCompanyResult(r), source: sourceRef(r) })),
  };
}

const COLUMNS: [keyof CompanyResult, string][] = [
  ["id", "id"],
  ["company", "company"],
  ["ticker", "ticker"],
  ["period", "period"],
  ["periodAsPublished", "period_as_published"],
  ["fiscalPeriod", "fiscal_period"],
  ["periodEnd", "period_end"],
  ["item", "item"],
  ["value", "value"],
  ["low", "low"],
  ["high", "high"],
  ["qualifier", "qualifier"],
  ["approx", "approx"],
  ["unit", "unit"],
  ["currency", "currency"],
  ["yoyPct", "yoy_pct"],
  ["qoqPct", "qoq_pct"],
  ["basis", "basis"],
  ["sourceId", "source_id"],
  ["excludeReason", "exclude_reason"],
  ["note", "note"],
];

export function toCompanyResult(r: Record<string, unknown>): CompanyResult {
  return Object.fromEntries(COLUMNS.map(([k, c]) => [k, r[c]])) as CompanyResult;
}

/** The stored row (with the period's span for range filters). */
export function companyResultRow(x: CompanyResult): Record<string, unknown> {
  const span = periodSpan(x.period)!;
  return {
    ...Object.fromEntries(COLUMNS.map(([k, c]) => [c, x[k]])),
    span_start: span.start,
    span_end: span.end,
  };
}
