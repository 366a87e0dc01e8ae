/**
 * @module applyExportControls: licence friction with consequences, each tonne counted once.
 * - Magnets: a destination's imports from China (its demand less its pro-rata share of ex-China production) ×
 *   (1 − licensed share) are withheld: China exports and makes that much less, and the destination's demand goes
 *   unmet unless a magnet stockpile releases it.
 * - Elements: only the element the destination's *own* magnet production needs (imported magnets already carry
 *   theirs) × China's separation share × (1 − licensed share) is short; net of an element stockpile, the worst short
 *   fraction among controlled elements cuts that production (no heavy-RE-free switch within the year).
 * Shortfalls are gross (before stockpiles); `unmetMagnetDemand` is what remains after them (t finished).
 */
import { OXIDE_PER_ELEMENT } from "../domain/mass-conversions.ts";
import { fromPoints, type Points } from "./points.ts";
import type { Scenario } from "./scenario-schema.ts";

export interface ExportControlInput {
  s: Scenario;
  first: number;
  T: number;
  /** Magnet demand by region (t finished NdFeB/yr). */
  byRegion: Record<string, Float64Array>;
  /** Element in magnets by region (t element/yr). */
  inMagnetByRegion: Record<string, Record<string, Float64Array>>;
  /** Ex-China magnet production (t finished/yr) and ex-China magnet demand. */
  exProduction: Float64Array;
  exChinaDemand: Float64Array;
  /** Oxide per element in magnets, accounting for magnet and metal yields (1 / (yMag · yMet)). */
  oxidePerMagnetElement: number;
  /** A fresh series from points (default fromPoints over the years). */
  P?: (p: Points) => Float64Array;
  /** A zeroed series of the run's length (the run's series blocks); fresh arrays when absent. */
  zeros?: (() => Float64Array) | undefined;
}

export interface ExportControlResult {
  shortfall: Record<string, Float64Array>;
  stockpileRelease: Record<string, Float64Array>;
  /** Magnets China does not export (t finished/yr). */
  withheldMagnets: Float64Array;
  /** Ex-China production lost for lack of controlled elements (t finished/yr). */
  productionLoss: Float64Array;
  /** Ex-China magnet demand left unmet after stockpiles: withheld imports + lost production (t finished/yr). */
  unmetMagnetDemand: Float64Array;
}

export function applyExportControls(x: ExportControlInput): ExportControlResult {
  const { s, first, T } = x;
  const P = x.P ?? ((p: Points) => fromPoints(p, first, T));
  const zeros = x.zeros ?? (() => new Float64Array(T));
  const sepChina = P(s.supply.stageShares.separation.value.china ?? 0);
  const shortfall: Record<string, Float64Array> = {};
  const elementNeed: Record<string, Float64Array> = {};
  const withheld = zeros();
  const ownShare = zeros();
  for (let t = 0; t < T; t++) {
    const d = x.exChinaDemand[t]!;
    ownShare[t] = d > 0 ? Math.min(1, x.exProduction[t]! / d) : 0;
  }
  for (const rule of s.levers.exportControls) {
    const lic = P(rule.licensedShare);
    for (const item of rule.items) {
      shortfall[item] ??= zeros();
      const sf = shortfall[item]!;
      for (const r of rule.destinations) {
        const dem = x.byRegion[r];
        if (r === "china" || !dem) continue;
        if (item === "magnet")
          for (let t = 0; t < T; t++) {
            const cut = dem[t]! * (1 - ownShare[t]!) * (1 - lic[t]!);
            sf[t]! += cut;
            withheld[t]! += cut;
          }
        else {
          const ox = OXIDE_PER_ELEMENT[item as keyof typeof OXIDE_PER_ELEMENT] ?? 0;
          const inMagnet = x.inMagnetByRegion[r]?.[item];
          elementNeed[item] ??= zeros();
          const en = elementNeed[item]!;
          for (let t = 0; t < T; t++) {
            const need = (inMagnet?.[t] ?? 0) * ownShare[t]! * x.oxidePerMagnetElement * ox;
            en[t]! += need;
            sf[t]! += need * sepChina[t]! * (1 - lic[t]!);
          }
        }
      }
    }
  }
  // stockpiles release up to their remaining tonnes (and yearly cap) against the gross shortfall, in year order
  const release: Record<string, Float64Array> = {};
  for (const sp of s.levers.stockpiles?.value ?? []) {
    const sf = shortfall[sp.item];
    if (!sf) continue;
    release[sp.item] ??= zeros();
    const rel = release[sp.item]!;
    let left = sp.tonnes;
    for (let t = 0; t < T && left > 0; t++) {
      if (first + t < sp.from) continue;
      const r = Math.min(sf[t]! - rel[t]!, sp.maxReleasePerYear ?? Number.POSITIVE_INFINITY, left);
      if (r > 0) {
        rel[t]! += r;
        left -= r;
      }
    }
  }
  const loss = zeros();
  const unmet = zeros();
  const needs = Object.entries(elementNeed);
  for (let t = 0; t < T; t++) {
    let worst = 0;
    for (const [e, need] of needs)
      if (need[t]! > 0) worst = Math.max(worst, (shortfall[e]![t]! - (release[e]?.[t] ?? 0)) / need[t]!);
    loss[t] = x.exProduction[t]! * Math.min(1, worst);
    unmet[t] = Math.max(0, withheld[t]! - (release.magnet?.[t] ?? 0)) + loss[t]!;
  }
  return {
    shortfall,
    stockpileRelease: release,
    withheldMagnets: withheld,
    productionLoss: loss,
    unmetMagnetDemand: unmet,
  };
}
