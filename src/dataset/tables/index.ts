/** @module Table registry: every data file the dataset layer reads, in load order (sources first). */
import type { AnyTableSpec } from "../table.ts";
import { applicationParametersTable } from "./application-parameters.ts";
import { capacityProjectsTable } from "./capacity-projects.ts";
import { chinaMagnetExportsTable } from "./china-magnet-exports.ts";
import { companyResultsTable } from "./company-results.ts";
import { discrepanciesTable } from "./discrepancies.ts";
import { evSalesTable } from "./ev-sales.ts";
import { exchangeRatesTable } from "./exchange-rates.ts";
import { marketEstimatesTable } from "./market-estimates.ts";
import { mineProductionTable } from "./mine-production.ts";
import { oxidePricesAnnualTable } from "./oxide-prices-annual.ts";
import { policyEventsTable } from "./policy-events.ts";
import { policyProvisionsTable } from "./policy-provisions.ts";
import { pricePointsTable } from "./price-points.ts";
import { referenceFactsTable } from "./reference-facts.ts";
import { reservesTable } from "./reserves.ts";
import { taxRatesTable } from "./tax-rates.ts";
import { usSalientStatisticsTable } from "./us-salient-statistics.ts";
import { usTradeTable } from "./us-trade.ts";
import { windCapacityTable } from "./wind-capacity.ts";

export { sourcesTable } from "./sources.ts";

/** Every data table except sources.csv. */
export const TABLES: readonly AnyTableSpec[] = [
  mineProductionTable,
  reservesTable,
  usSalientStatisticsTable,
  oxidePricesAnnualTable,
  pricePointsTable,
  chinaMagnetExportsTable,
  usTradeTable,
  evSalesTable,
  windCapacityTable,
  policyEventsTable,
  policyProvisionsTable,
  capacityProjectsTable,
  companyResultsTable,
  marketEstimatesTable,
  applicationParametersTable,
  referenceFactsTable,
  exchangeRatesTable,
  taxRatesTable,
  discrepanciesTable,
];
