/** @module Named outputs of a scenario run: single numbers other surfaces (CLI, API, checks, tests) compare with. */
import type { ScenarioResult } from "./run-scenario.ts";

function yearIndex(r: ScenarioResult, year: number): number {
  const i = r.years.indexOf(year);
  if (i < 0)
    throw new RangeError(`year ${year} is outside the scenario's years ${r.years[0]}–${r.years.at(-1)}`);
  return i;
}

/**
 * A country's share of world mine production in a year, in percent (0–100): its mine output ÷ the sum over countries
 * (t REO). For the baseline the mine history is the latest USGS edition, so China's 2024 share is
 * 270,000 / 380,000 = 71.05 %, the number the claim checks and reference facts give.
 */
export function mineSharePercent(r: ScenarioResult, country: string, year: number): number {
  const i = yearIndex(r, year);
  const series = r.supply.mineByCountry[country];
  if (!series)
    throw new RangeError(
      `no mine history for ${country} (known: ${Object.keys(r.supply.mineByCountry).join(", ")})`,
    );
  const world = r.supply.mineTotal[i]!;
  return world > 0 ? (100 * series[i]!) / world : 0;
}

/** World mine production (t REO) in a year: the sum over the scenario's countries. */
export function worldMineTonnes(r: ScenarioResult, year: number): number {
  return r.supply.mineTotal[yearIndex(r, year)]!;
}
