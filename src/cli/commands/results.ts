/** @module `lodestone results`: company results with currency, period as published and basis, as GET /api/company-results. */
import { type CompanyResultRow, ResultQueryObject, ResultQuerySchema } from "../../store/company-results.ts";
import { COMPANY_RESULT_FIELDS } from "../../dataset/tables/company-results.ts";
import { curatedCommand } from "../curated-command.ts";
import { csvColumns } from "../curated-csv.ts";
import { formatNumber } from "../format.ts";
import { cut, sourceText, valueText } from "../value-text.ts";

export const RESULTS_HELP = `usage: lodestone results [filters] [--format table|csv|json]
  --company NAME[,NAME]       company name, words of it or a ticker (JL Mag, 600111.SH, LYC.AX)
  --item ITEM[,ITEM]          revenue, net_profit_attributable, gross_margin, ndpr_production ...;
                              * matches any text (net_profit*, *production)
  --from P --to P             results whose period lies in the range (2024, 2025-H1, 2025-Q3)
  --currency C[,C]            CNY, AUD, USD ...
  --basis TEXT                reported, preliminary, forecast, guidance
  --q TEXT                    text search (company, ticker, item, period as published, note)
  --excluded include|exclude|only
  --limit N --offset N        paging (default 100 rows)
Money is in full currency units (published millions x 1,000,000). Ranges are published ranges, never midpoints.
examples:
  lodestone results --company "JL Mag" --item revenue --from 2024
  lodestone results --item "net_profit*" --from 2025 --format csv
`;

const pct = (v: number | null) => (v === null ? "" : `${v > 0 ? "+" : ""}${formatNumber(v, 2)}`);

export const resultsCommand = curatedCommand<ReturnType<typeof ResultQuerySchema.parse>, CompanyResultRow>({
  name: "results",
  noun: ["company result", "company results"],
  help: RESULTS_HELP,
  filters: ResultQueryObject,
  schema: ResultQuerySchema,
  query: (store, q) => store.companyResults(q),
  table: (rows) => ({
    header: ["company", "period", "as published", "item", "value", "unit", "y/y %", "basis", "source"],
    right: [4, 6],
    rows: rows.map((r) => [
      cut(r.company, 30),
      r.period,
      r.fiscalPeriod ? `${r.periodAsPublished} (fiscal ${r.fiscalPeriod})` : r.periodAsPublished,
      cut(r.item, 34),
      valueText(r),
      r.unit,
      pct(r.yoyPct),
      cut(r.basis, 30),
      sourceText(r.source),
    ]),
  }),
  csv: csvColumns(COMPANY_RESULT_FIELDS, { unit: [["currency", "currency"]] }),
});
