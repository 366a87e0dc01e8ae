/** @module Metric registry: what each figure measures, its family, allowed units and plausible range. */
import { z } from "zod";
import type { Unit } from "./units.ts";

export const MetricFamilySchema = z.enum([
  "production",
  "reserves",
  "trade",
  "price",
  "demand",
  "capacity",
  "financials",
  "market",
  "policy",
  "parameter",
  "other",
]);
export type MetricFamily = z.infer<typeof MetricFamilySchema>;

export interface MetricDefinition {
  id: string;
  family: MetricFamily;
  label: string;
  /** Units a figure of this metric may carry; any other is a unit mismatch. */
  units: readonly Unit[];
  /** Declared plausible range in the figure's unit (inclusive); values outside are rejected by `data check`. */
  min: number;
  max: number;
  /** Whether NdFeB mass basis must be declared (not `not_applicable`). */
  needsMassBasis?: boolean;
}

const M = (
  id: string,
  family: MetricFamily,
  label: string,
  units: readonly Unit[],
  min: number,
  max: number,
  needsMassBasis = false,
): MetricDefinition => ({ id, family, label, units, min, max, needsMassBasis });

const MONEY: readonly Unit[] = ["USD", "CNY", "EUR", "AUD", "INR", "GBP", "CAD", "JPY", "KRW", "MYR"];
const PRICE: readonly Unit[] = ["USD/kg", "USD/t", "CNY/kg", "CNY/t", "EUR/kg", "AUD/kg"];

/** Every metric a shipped figure may use. Ranges are sanity bounds, not forecasts. */
export const METRICS: readonly MetricDefinition[] = [
  M("mine_production", "production", "Rare-earth mine production (REO equivalent)", ["t REO"], 0, 5e6),
  M("reserves", "reserves", "Rare-earth reserves (REO equivalent)", ["t REO"], 0, 1e9),
  M("us_production", "production", "U.S. production (REO equivalent)", ["t REO"], 0, 1e6),
  M("us_imports", "trade", "U.S. imports (REO equivalent)", ["t REO"], 0, 1e6),
  M("us_exports", "trade", "U.S. exports (REO equivalent)", ["t REO"], 0, 1e6),
  M("us_apparent_consumption", "demand", "U.S. apparent consumption (REO equivalent)", ["t REO"], -1e6, 1e6),
  M("us_net_import_reliance", "trade", "U.S. net import reliance", ["%"], -100, 100),
  M("us_import_source_share", "trade", "Share of U.S. imports by source country", ["%"], 0, 100),
  M("oxide_price_annual", "price", "Annual average oxide price (USGS, Argus-sourced)", ["USD/kg"], 0, 1e5),
  M("price", "price", "Price observation", PRICE, 0, 1e8),
  M("price_floor", "price", "Contract price floor", PRICE, 0, 1e8),
  M("export_unit_value", "price", "Export unit value", ["USD/t", "USD/kg"], 0, 1e7),
  M("export_volume", "trade", "Export volume", ["t"], 0, 1e6, true),
  M("export_volume_ytd", "trade", "Export volume, year to date", ["t"], 0, 1e6, true),
  M("export_value", "trade", "Export value", ["USD"], 0, 1e11),
  M("export_value_ytd", "trade", "Export value, year to date", ["USD"], 0, 1e11),
  M("export_change_mom", "trade", "Export change month-on-month", ["%"], -100, 10000),
  M("export_change_yoy", "trade", "Export change year-on-year", ["%"], -100, 10000),
  M("export_change_ytd_yoy", "trade", "Year-to-date export change year-on-year", ["%"], -100, 10000),
  M("export_share", "trade", "Share of exporter's total", ["%"], 0, 100),
  M("us_employment", "production", "U.S. mine and mill employment (annual average)", ["number"], 0, 1e6),
  M(
    "us_trade_value",
    "trade",
    "U.S. trade value by partner (USITC; prefer the import/export metrics)",
    ["USD"],
    0,
    1e12,
  ),
  M(
    "us_trade_quantity",
    "trade",
    "U.S. trade quantity by partner (USITC; prefer the import/export metrics)",
    ["kg", "number"],
    0,
    1e13,
  ),
  M(
    "us_import_value",
    "trade",
    "U.S. imports for consumption, customs value, by partner (USITC)",
    ["USD"],
    0,
    1e12,
  ),
  M("us_export_value", "trade", "U.S. domestic exports, FAS value, by partner (USITC)", ["USD"], 0, 1e12),
  M(
    "us_import_quantity",
    "trade",
    "U.S. imports for consumption, quantity, by partner (USITC)",
    ["kg", "number"],
    0,
    1e13,
  ),
  M(
    "us_export_quantity",
    "trade",
    "U.S. domestic exports, quantity, by partner (USITC)",
    ["kg", "number"],
    0,
    1e13,
  ),
  M("ev_sales", "demand", "Electric vehicle sales", ["vehicles"], 0, 1e9),
  M("ev_stock", "demand", "Electric vehicle stock", ["vehicles"], 0, 1e10),
  M("ev_sales_share", "demand", "Electric vehicle share of sales", ["%"], 0, 100),
  M("wind_capacity_cumulative", "demand", "Cumulative installed wind capacity", ["GW"], 0, 1e5),
  M("production_capacity", "capacity", "Production capacity", ["t/yr"], 0, 2e6, true),
  M(
    "processing_capacity",
    "capacity",
    "Mining, separation or recycling capacity (not a magnet mass)",
    ["t/yr"],
    0,
    2e6,
  ),
  M("capex", "capacity", "Investment or financing amount", MONEY, 0, 1e13),
  M(
    "company_financial",
    "financials",
    "Company financial result",
    [...MONEY, "%", "USD/share", "CNY/share"],
    -1e13,
    1e13,
  ),
  M(
    "company_operating",
    "production",
    "Company operating result",
    ["t", "t REO", "%", "USD/kg", "AUD/kg", "CNY/t", "CNY/kg"],
    -1e9,
    1e9,
  ),
  M(
    "market_estimate",
    "market",
    "Published market estimate",
    [...MONEY, "t", "t/yr", "units", "units/yr", "%"],
    0,
    1e13,
  ),
  M(
    "production_share",
    "production",
    "Share of world output (mining, refining, magnet making)",
    ["%"],
    0,
    100,
  ),
  M("magnet_production", "production", "NdFeB magnet production", ["t"], 0, 2e6, true),
  M("magnet_demand", "demand", "NdFeB magnet demand", ["t"], 0, 2e6, true),
  M("policy_amount", "policy", "Amount attached to a policy event", [...MONEY, "t REO", "t", "%"], 0, 1e13),
  M(
    "magnet_mass_per_unit",
    "parameter",
    "NdFeB magnet mass per unit",
    ["kg/unit", "g/unit", "kg/MW"],
    0,
    3000,
    true,
  ),
  M("magnet_composition", "parameter", "Magnet composition (mass fraction)", ["wt%"], 0, 100),
  M("product_lifetime", "parameter", "Product lifetime (mean)", ["years"], 0, 100),
  M("technology_share", "parameter", "Technology or market share", ["%"], 0, 100),
  M("process_factor", "parameter", "Process factor or yield", ["%", "x"], 0, 100),
  M(
    "reference_fact",
    "other",
    "Reference fact for model calibration",
    ["t", "t REO", "%", "USD/kg", "kg/unit"],
    0,
    1e7,
  ),
];

const BY_ID = new Map(METRICS.map((m) => [m.id, m]));

export function getMetric(id: string): MetricDefinition | undefined {
  return BY_ID.get(id);
}
