/** @module Units: the canonical unit vocabulary, branded quantity types and the only unit conversions. */
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

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** Mass in metric tonnes of an unstated basis; for a stated basis use the types of mass.ts (TonnesOxide, ...). */
export type Tonnes = Brand<number, "Tonnes">;
/** Mass flow in metric tonnes per year. */
export type TonnesPerYear = Brand<number, "TonnesPerYear">;
/** Mass in kilotonnes (10^3 t). */
export type Kilotonnes = Brand<number, "Kilotonnes">;
/** Magnet mass per unit of product, kilograms. */
export type KgPerUnit = Brand<number, "KgPerUnit">;
/** Magnet mass per megawatt of generator capacity, kilograms. */
export type KgPerMw = Brand<number, "KgPerMw">;
/** A share between 0 and 1. */
export type Share = Brand<number, "Share">;
/** Duration in years. */
export type Years = Brand<number, "Years">;
/** Price in US dollars per kilogram. */
export type UsdPerKg = Brand<number, "UsdPerKg">;

export const tonnes = (v: number) => v as Tonnes;
export const tonnesPerYear = (v: number) => v as TonnesPerYear;
export const kilotonnes = (v: number) => v as Kilotonnes;
export const kgPerUnit = (v: number) => v as KgPerUnit;
export const share = (v: number) => v as Share;
export const years = (v: number) => v as Years;
export const usdPerKg = (v: number) => v as UsdPerKg;

export const kilotonnesToTonnes = (v: Kilotonnes): Tonnes => (v * 1000) as Tonnes;
export const tonnesToKilotonnes = (v: Tonnes): Kilotonnes => (v / 1000) as Kilotonnes;
/** Percent (0–100) to share (0–1). */
export const percentToShare = (v: number): Share => (v / 100) as Share;
export const shareToPercent = (v: Share): number => v * 100;
/** Tonnes of magnet from a per-unit mass (kg) and a count of units. */
export const massFromUnits = (kg: KgPerUnit, count: number): Tonnes => ((kg * count) / 1000) as Tonnes;
/** CNY per tonne to CNY per kilogram. */
export const perTonneToPerKg = (v: number): number => v / 1000;

/** Oxide per element (kg/kg): defined once, in mass-conversions.ts, with the other conversions between mass dimensions. */
export { OXIDE_PER_ELEMENT } from "./mass-conversions.ts";
