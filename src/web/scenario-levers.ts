/**
 * @module Scenario levers as page controls: a few main inputs of a scenario that a user can move, each applied to a
 * copy of the scenario's data before the engine runs it (pure; the page and tests share it). A lever at its neutral
 * value leaves the scenario unchanged.
 */
import type { Points } from "../engine/points.ts";

export interface Lever {
  /** Key in the address (`#/scenarios?ev=1.2`). */
  key: string;
  label: string;
  /** How the value is read, shown beside the control. */
  unit: string;
  min: number;
  max: number;
  step: number;
  /** The value that leaves the scenario as written. */
  neutral: number;
  hint: string;
  apply(data: ScenarioData, v: number): void;
}

// biome-ignore lint/suspicious/noExplicitAny: scenario data is plain YAML, validated by the engine after the levers.
export type ScenarioData = Record<string, any>;

/** Multiplies the points after `baseYear` by f (history stays as recorded); a constant becomes points from there. */
export function scaleAfter(p: Points, baseYear: number, f: number): Points {
  if (typeof p === "number") return f === 1 ? p : { [baseYear]: p, [baseYear + 1]: p * f };
  return Object.fromEntries(Object.entries(p).map(([y, v]) => [y, Number(y) > baseYear ? v * f : v]));
}

/** Sets every point from `fromYear` on to v, keeping earlier points (and adding one at fromYear). */
export function setFrom(p: Points, fromYear: number, v: number): Points {
  const pts: Record<string, number> = typeof p === "number" ? { [fromYear - 1]: p } : { ...p };
  for (const y of Object.keys(pts)) if (Number(y) >= fromYear) delete pts[y];
  pts[fromYear] = v;
  return pts;
}

const activity = (app: string) => (d: ScenarioData, v: number) => {
  const a = d.applications?.[app];
  if (a) a.activity.points = scaleAfter(a.activity.points, d.baseYear, v);
};

export const LEVERS: readonly Lever[] = [
  {
    key: "ev",
    label: "EV sales",
    unit: "× scenario",
    min: 0.5,
    max: 1.5,
    step: 0.05,
    neutral: 1,
    hint: "EV traction activity after the base year, as a multiple of the scenario's path",
    apply: activity("ev_traction"),
  },
  {
    key: "robots",
    label: "Humanoid robots",
    unit: "× scenario",
    min: 0,
    max: 3,
    step: 0.1,
    neutral: 1,
    hint: "humanoid robot units after the base year, as a multiple of the scenario's path",
    apply: activity("humanoid_robots"),
  },
  {
    key: "collection",
    label: "End-of-life collection",
    unit: "× scenario (capped at 100 %)",
    min: 0.5,
    max: 3,
    step: 0.1,
    neutral: 1,
    hint: "share of end-of-life magnets collected for recycling, scaled and capped at 1",
    apply: (d, v) => {
      const c = d.levers.recycling.collection;
      const s = scaleAfter(c.value, d.baseYear, v);
      c.value =
        typeof s === "number"
          ? Math.min(1, s)
          : Object.fromEntries(Object.entries(s).map(([y, x]) => [y, Math.min(1, x)]));
    },
  },
  {
    key: "thrifting",
    label: "Thrifting",
    unit: "% less magnet per unit each year",
    min: 0,
    max: 3,
    step: 0.1,
    neutral: Number.NaN,
    hint: "annual reduction of magnet kg per unit after the base year (the scenario's value when untouched)",
    apply: (d, v) => {
      d.levers.thrifting.value = v / 100;
    },
  },
  {
    key: "chinaGrowth",
    label: "China mine growth",
    unit: "× scenario's growth rates",
    min: 0,
    max: 2,
    step: 0.1,
    neutral: 1,
    hint: "China's annual mine-output growth after its recorded history, as a multiple of the scenario's rates",
    apply: (d, v) => {
      const g = d.supply?.mine?.growth;
      if (!g || g.china === undefined) return;
      const p = g.china as Points;
      g.china =
        typeof p === "number" ? p * v : Object.fromEntries(Object.entries(p).map(([y, x]) => [y, x * v]));
    },
  },
  {
    key: "licensed",
    label: "Export licences granted",
    unit: "share of controlled flows from 2027",
    min: 0,
    max: 1,
    step: 0.05,
    neutral: Number.NaN,
    hint: "licensed share of every export-control rule in the scenario from 2027 on (no effect without a rule)",
    apply: (d, v) => {
      for (const r of d.levers.exportControls ?? []) r.licensedShare = setFrom(r.licensedShare, 2027, v);
    },
  },
];

/** The value a lever has in the scenario as written (for levers whose neutral value is the scenario's own). */
export function leverDefault(lever: Lever, d: ScenarioData): number {
  if (!Number.isNaN(lever.neutral)) return lever.neutral;
  if (lever.key === "thrifting") return round(100 * Number(d.levers?.thrifting?.value ?? 0));
  const rules = (d.levers?.exportControls ?? []) as { licensedShare: Points }[];
  const p = rules[0]?.licensedShare;
  if (p === undefined) return 1;
  if (typeof p === "number") return p;
  const last = Object.entries(p)
    .sort((a, b) => Number(a[0]) - Number(b[0]))
    .at(-1);
  return last ? last[1] : 1;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Reads lever values from the address; a key that is not a lever, or a value that is not a number in the lever's
 * range, is an error naming the key and what is expected (the page shows it instead of running).
 */
export function readLevers(query: URLSearchParams, prefix = ""): Record<string, number> {
  const out: Record<string, number> = {};
  for (const lever of LEVERS) {
    const raw = query.get(prefix + lever.key);
    if (raw === null || raw === "") continue;
    const v = Number(raw);
    if (!Number.isFinite(v) || v < lever.min || v > lever.max)
      throw new RangeError(
        `lever "${prefix + lever.key}" (${lever.label}) must be a number from ${lever.min} to ${lever.max} (${lever.unit}); got "${raw}"`,
      );
    out[lever.key] = v;
  }
  return out;
}

/** A copy of the scenario data with the given lever values applied (values equal to the default are skipped). */
export function applyLevers(data: unknown, values: Record<string, number>): unknown {
  const d = structuredClone(data) as ScenarioData;
  for (const lever of LEVERS) {
    const v = values[lever.key];
    if (v === undefined || v === leverDefault(lever, data as ScenarioData)) continue;
    lever.apply(d, v);
  }
  return d;
}
