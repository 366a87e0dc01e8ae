/** @module Units: the canonical unit vocabulary, their dimensions and the only unit conversions. */
import { z } from "zod";

/** Canonical units used in data files (`unit` columns) and figures. */
export const UNITS = [
  "t",
  "t REO",
  "t/yr",
  "kg",
  "kg/unit",
  "kg/MW",
  "g/unit",
  "wt%",
  "%",
  "pp",
  "x",
  "GW",
  "MW",
  "vehicles",
  "units",
  "units/yr",
  "number",
  "years",
  "USD",
  "CNY",
  "EUR",
  "AUD",
  "INR",
  "GBP",
  "CAD",
  "JPY",
  "KRW",
  "MYR",
  "USD/kg",
  "USD/t",
  "CNY/kg",
  "CNY/t",
  "EUR/kg",
  "AUD/kg",
  "USD/share",
  "CNY/share",
] as const;
export const UnitSchema = z.enum(UNITS);
export type Unit = z.infer<typeof UnitSchema>;

/** Physical dimension of a unit; a metric declares the dimension its values must have. */
export type Dimension =
  | "mass"
  | "mass_rate"
  | "mass_per_unit"
  | "mass_per_power"
  | "mass_fraction"
  | "ratio"
  | "power"
  | "count"
  | "count_rate"
  | "duration"
  | "money"
  | "price"
  | "money_per_share";

const DIMENSION: Record<Unit, Dimension> = {
  t: "mass",
  "t REO": "mass",
  kg: "mass",
  "t/yr": "mass_rate",
  "kg/unit": "mass_per_unit",
  "g/unit": "mass_per_unit",
  "kg/MW": "mass_per_power",
  "wt%": "mass_fraction",
  "%": "ratio",
  pp: "ratio",
  x: "ratio",
  GW: "power",
  MW: "power",
  vehicles: "count",
  units: "count",
  "units/yr": "count_rate",
  number: "count",
  years: "duration",
  USD: "money",
  CNY: "money",
  EUR: "money",
  AUD: "money",
  INR: "money",
  GBP: "money",
  CAD: "money",
  JPY: "money",
  KRW: "money",
  MYR: "money",
  "USD/kg": "price",
  "USD/t": "price",
  "CNY/kg": "price",
  "CNY/t": "price",
  "EUR/kg": "price",
  "AUD/kg": "price",
  "USD/share": "money_per_share",
  "CNY/share": "money_per_share",
};

export function dimensionOf(unit: Unit): Dimension {
  return DIMENSION[unit];
}
