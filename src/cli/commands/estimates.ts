/** @module `lodestone estimates`: published market estimates with base, target, unit and CAGR, as GET /api/market-estimates. */
import {
  EstimateQueryObject,
  EstimateQuerySchema,
  type MarketEstimateRow,
} from "../../store/market-estimates.ts";
import { MARKET_ESTIMATE_FIELDS } from "../../dataset/tables/market-estimates.ts";
import { curatedCommand } from "../curated-command.ts";
import { csvColumns } from "../curated-csv.ts";
import { formatNumber } from "../format.ts";
import { cut, sourceText, valueText } from "../value-text.ts";

export const ESTIMATES_HELP = `usage: lodestone estimates [filters] [--format table|csv|json]
  --publisher NAME[,NAME]     publisher or words of it (Adamas, Morgan Stanley)
  --published-from P --published-to P
                              publication date (edition) in the range; undated estimates never match
  --metric TEXT               text in what is measured (market value, NEV magnet demand, humanoid)
  --kind K[,K]                market_value, volume, humanoid
  --year Y[,Y]                base or target year
  --geography NAME[,NAME]     global, China, EU ...
  --basis B[,B]               mass basis of tonnages (finished, high_performance, element, alloy ...)
  --q TEXT                    text search (id, publisher, metric, scope, scenario, note)
  --excluded include|exclude|only
  --limit N --offset N        paging (default 100 rows)
This table keeps contradicting estimates side by side; compare only like with like (scope, unit, basis).
examples:
  lodestone estimates --kind humanoid --year 2030
  lodestone estimates --publisher Adamas --format json
`;

const side = (year: number | null, v: Parameters<typeof valueText>[0]) =>
  year === null && v.value === null && v.low == null ? "" : `${year ?? "?"}: ${valueText(v)}`;
const cagr = (stated: number | null, computed: number | null) =>
  stated === null && computed === null
    ? ""
    : `${stated === null ? "–" : formatNumber(stated, 2)} / ${computed === null ? "–" : formatNumber(computed, 2)}`;

export const estimatesCommand = curatedCommand<
  ReturnType<typeof EstimateQuerySchema.parse>,
  MarketEstimateRow
>({
  name: "estimates",
  noun: ["market estimate", "market estimates"],
  help: ESTIMATES_HELP,
  filters: EstimateQueryObject,
  schema: EstimateQuerySchema,
  query: (store, q) => store.marketEstimates(q),
  table: (rows) => ({
    header: [
      "id",
      "publisher",
      "published",
      "metric",
      "geography",
      "base",
      "target",
      "unit",
      "basis",
      "CAGR % stated / ours",
      "scenario",
      "source",
    ],
    right: [5, 6],
    rows: rows.map((m) => [
      m.id,
      cut(m.publisher, 30),
      m.publishedDate,
      cut(m.metric, 36),
      m.geography,
      side(m.baseYear, {
        value: m.baseValue,
        low: m.baseLow,
        high: m.baseHigh,
        qualifier: m.baseQualifier,
        approx: m.approx,
      }),
      side(m.targetYear, {
        value: m.targetValue,
        low: m.targetLow,
        high: m.targetHigh,
        qualifier: m.targetQualifier,
        approx: m.approx,
      }),
      m.unit,
      m.massBasis === "not_applicable" ? "" : m.massBasis,
      cagr(m.statedCagrPct, m.computedCagrPct),
      cut(m.scenario, 20),
      sourceText(m.source),
    ]),
  }),
  csv: csvColumns(MARKET_ESTIMATE_FIELDS, { estimate_id: [["kind", "kind"]] }),
});
