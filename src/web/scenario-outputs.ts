/**
 * @module Numbers the Scenarios and Supply-chain pages read from one engine run (pure): supply against demand per
 * element group, unmet demand, stage shares by country, and the headline outputs compared between two scenarios.
 */
import type { ScenarioResult } from "../engine/index.ts";
import type { AreaInput } from "./charts/stacked-area.ts";

export const ELEMENT_GROUPS: { key: string; label: string; elements: string[] }[] = [
  { key: "NdPr", label: "Nd + Pr", elements: ["Nd", "Pr"] },
  { key: "Dy", label: "Dy", elements: ["Dy"] },
  { key: "Tb", label: "Tb", elements: ["Tb"] },
];

const sum = (parts: (number[] | undefined)[], T: number) =>
  Array.from({ length: T }, (_, t) => parts.reduce((a, p) => a + (p?.[t] ?? 0), 0));

/**
 * Supply (mine basket + undocumented + recycled) and demand (magnets through yields, plus other uses) of an element
 * group, t REO; balance = supply − demand; unmet = the engine's `market.unmetDemand` (zero in recorded years, where a
 * gap is the model's error, not a shortage), the one answer the CLI and checks read too.
 */
export function elementBalance(r: ScenarioResult, elements: string[]) {
  const T = r.years.length;
  const demand = sum(
    elements.map((e) => r.elements.reo[e]),
    T,
  );
  const balance = sum(
    elements.map((e) => r.balance[e]),
    T,
  );
  const supply = demand.map((d, t) => d + balance[t]!);
  const unmet = sum(
    elements.map((e) => r.market.unmetDemand[e]),
    T,
  );
  return { supply, demand, balance, unmet };
}

/**
 * A stage's shares by country, in %, largest (in the last year shown) first; countries beyond `top` summed as
 * "Other countries" (shares of one stage add up, so the sum is meaningful).
 */
export function stageShareSeries(r: ScenarioResult, stage: string, from: number, top = 6): AreaInput[] {
  const shares = r.supply.stageShares[stage] ?? {};
  const entries = Object.entries(shares)
    .map(([c, s]) => ({ name: countryLabel(c), values: s.slice(from).map((x) => 100 * x) }))
    .filter((s) => s.values.some((v) => v > 0))
    .sort((a, b) => (b.values.at(-1) ?? 0) - (a.values.at(-1) ?? 0));
  if (entries.length <= top + 1) return entries;
  const rest = entries.slice(top);
  return [
    ...entries.slice(0, top),
    {
      name: "Other countries",
      values: rest[0]!.values.map((_, t) => rest.reduce((a, s) => a + s.values[t]!, 0)),
    },
  ];
}

/** `north_america` -> "North America", `china` -> "China", "Australia" stays. */
export function countryLabel(id: string): string {
  return id
    .split("_")
    .map((w) => (w.length <= 3 && w === w.toUpperCase() ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
}

/** China's share of a stage (0–100 %) per year, or undefined when the stage has no China entry. */
export function chinaShare(r: ScenarioResult, stage: string): number[] | undefined {
  const shares = r.supply.stageShares[stage];
  const key = shares && Object.keys(shares).find((k) => k.toLowerCase() === "china");
  return key ? shares[key]!.map((x) => 100 * x) : undefined;
}

export interface Headline {
  key: string;
  label: string;
  unit: string;
  read: (r: ScenarioResult) => number[] | undefined;
}

/** The outputs a two-scenario comparison lists, each read from a run's result. */
export const HEADLINES: Headline[] = [
  { key: "demand", label: "Magnet demand", unit: "t magnet", read: (r) => r.demand.total },
  {
    key: "ndpr-unmet",
    label: "Nd + Pr unmet demand",
    unit: "t REO",
    read: (r) => elementBalance(r, ["Nd", "Pr"]).unmet,
  },
  {
    key: "magnet-unmet",
    label: "Unmet magnet demand",
    unit: "t magnet",
    read: (r) => r.market.magnet.unmetDemand,
  },
  { key: "dy-balance", label: "Dy balance (supply − demand)", unit: "t REO", read: (r) => r.balance.Dy },
  { key: "tb-balance", label: "Tb balance (supply − demand)", unit: "t REO", read: (r) => r.balance.Tb },
  {
    key: "magnet-shortfall",
    label: "Magnet shortfall from export controls",
    unit: "t magnet",
    read: (r) => r.exportControls.shortfall.magnet,
  },
  { key: "recycled", label: "Recycled supply", unit: "t REO", read: (r) => r.recycling.total },
  { key: "china-mining", label: "China's share of mining", unit: "%", read: (r) => chinaShare(r, "mining") },
  {
    key: "china-magnet",
    label: "China's share of magnet making",
    unit: "%",
    read: (r) => chinaShare(r, "magnet"),
  },
  { key: "hhi-mining", label: "HHI, mining", unit: "0–10,000", read: (r) => r.supply.hhi.mining },
];

/** One headline's value in a year (undefined when the run has no such output or year). */
export function headlineAt(h: Headline, r: ScenarioResult, year: number): number | undefined {
  const i = r.years.indexOf(year);
  const s = h.read(r);
  return i >= 0 && s ? s[i] : undefined;
}
