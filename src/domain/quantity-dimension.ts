/**
 * @module Run-time dimensions for quantities that arrive untyped (CSV and store rows, claims): which values may be
 * summed or compared, and the factor between two units of one dimension. A mass's dimension includes what it counts
 * (element, oxide, alloy, blank, finished, high-performance): `t REO` is always oxide; a bare `t` takes the row's
 * mass basis and is `unspecified` without one, which never sums or compares with a stated basis. Money and prices
 * include their currency (no exchange rates here).
 */
import type { MassDimension } from "./mass.ts";
import { MASS_DIMENSIONS } from "./mass.ts";
import { getMetric } from "./metric.ts";
import { type Dimension, dimensionOf, UNITS, type Unit } from "./units.ts";

/** A mass basis as rows state it (mass-basis.ts values, `oxide`, or nothing). */
export type StatedBasis = MassDimension | "not_applicable" | "unspecified" | "" | null | undefined;

export interface QuantityDimension {
  /** Physical dimension of the unit (units.ts). */
  dimension: Dimension;
  /** For masses (and mass rates and intensities): what the mass counts; null for other dimensions. */
  basis: MassDimension | "unspecified" | null;
  /** The unit values are scaled to for comparison (e.g. `t` for kg, `USD/kg` for USD/t). */
  base: string;
  /** Value in `base` = value in the unit × scale. */
  scale: number;
  /** Equal keys: the values may be summed or compared after scaling; different keys: never. */
  key: string;
}

/** Base unit and scale of each unit; a unit not listed is its own base with scale 1. */
const SCALE: Partial<Record<Unit, [string, number]>> = {
  "t REO": ["t", 1],
  kg: ["t", 0.001],
  "g/unit": ["kg/unit", 0.001],
  GW: ["MW", 1000],
  "USD/t": ["USD/kg", 0.001],
  "CNY/t": ["CNY/kg", 0.001],
};
const MASSY = new Set<Dimension>(["mass", "mass_rate", "mass_per_unit", "mass_per_power"]);
const KNOWN = new Set<string>(UNITS);

export function isUnit(u: string): u is Unit {
  return KNOWN.has(u);
}

function basisOf(unit: Unit, stated: StatedBasis): MassDimension | "unspecified" {
  const s = stated === "not_applicable" || stated === "" || stated == null ? "unspecified" : stated;
  if (s !== "unspecified" && !(MASS_DIMENSIONS as readonly string[]).includes(s))
    throw new RangeError(
      `unknown mass basis "${s}" (expected one of ${MASS_DIMENSIONS.join(", ")} or not_applicable)`,
    );
  if (unit !== "t REO") return s;
  if (s !== "unspecified" && s !== "oxide")
    throw new RangeError(`unit "t REO" states the oxide basis, but the mass basis is "${s}"`);
  return "oxide";
}

/** A price in any ISO currency per kg or per tonne (claims quote EUR/t, GBP/kg ... beyond the data's vocabulary). */
const PRICE_PER_MASS = /^([A-Z]{3})\/(kg|t)$/;

/**
 * The dimension of a value in `unit` with the row's mass basis; throws for a unit outside the vocabulary (prices in
 * any currency per kg or per tonne are understood too).
 */
export function quantityDimension(unit: string, massBasis?: StatedBasis): QuantityDimension {
  if (!isUnit(unit)) {
    const m = PRICE_PER_MASS.exec(unit);
    if (!m) throw new RangeError(`unknown unit "${unit}" (expected one of ${UNITS.join(", ")})`);
    const base = `${m[1]}/kg`;
    return { dimension: "price", basis: null, base, scale: m[2] === "t" ? 0.001 : 1, key: `price:${base}` };
  }
  const dimension = dimensionOf(unit);
  const [base, scale] = SCALE[unit] ?? [unit, 1];
  const basis = MASSY.has(dimension) ? basisOf(unit, massBasis) : null;
  return { dimension, basis, base, scale, key: `${dimension}:${base}${basis ? `[${basis}]` : ""}` };
}

/** A quantity as untyped data carries it. */
export interface QuantitySpec {
  unit: string;
  massBasis?: StatedBasis;
}

function tryDimension(q: QuantitySpec): QuantityDimension | null {
  try {
    return quantityDimension(q.unit, q.massBasis);
  } catch {
    return null;
  }
}

/** Whether values of `a` and `b` may be added (after scaling to one unit): same dimension, basis and currency. */
export function canSum(a: QuantitySpec, b: QuantitySpec): boolean {
  const da = tryDimension(a);
  const db = tryDimension(b);
  return !!da && !!db && da.key === db.key;
}

/** The factor f with value in `to` = value in `from` × f, or null when the two are different dimensions. */
export function conversionFactor(from: QuantitySpec, to: QuantitySpec): number | null {
  const df = tryDimension(from);
  const dt = tryDimension(to);
  if (!df || !dt || df.key !== dt.key) return null;
  return df.scale / dt.scale;
}

const label = (q: QuantitySpec) => {
  const d = tryDimension(q);
  return d?.basis ? `${q.unit} (${d.basis} basis)` : q.unit;
};

/** Throws a clear error, starting with `context`, unless `a` and `b` may be summed. */
export function assertSameDimension(a: QuantitySpec, b: QuantitySpec, context = "cannot combine"): void {
  if (canSum(a, b)) return;
  for (const q of [a, b]) quantityDimension(q.unit, q.massBasis); // an unknown unit or basis names itself
  throw new RangeError(
    `${context}: ${label(a)} and ${label(b)} are different dimensions; convert with a stated basis first`,
  );
}

/**
 * The mass basis a metric is defined on, when it has only one: metrics stated only in `t REO` (mine production,
 * reserves, U.S. salient statistics) are oxide by definition, so a bare tonnage said of them is oxide. Null otherwise.
 */
export function definedMassBasis(metricId: string): MassDimension | null {
  const m = getMetric(metricId);
  return m && m.units.length > 0 && m.units.every((u) => u === "t REO") ? "oxide" : null;
}
