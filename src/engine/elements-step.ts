/**
 * @module elementsStep: element content of the magnets demanded (t element/yr) by composition, with grain-boundary
 * diffusion lowering Dy/Tb, in total and by region; and the elements leaving use (end of life) by cohort convolution.
 */
import { elementInMagnet } from "../domain/mass-conversions.ts";
import { tonnesFinished as fin } from "../domain/mass.ts";
import type { Demand } from "./demand-step.ts";
import type { Lifetimes } from "./lifetimes-step.ts";
import { type ApplicationId, addTo, type ScenarioFrame } from "./scenario-frame.ts";
import type { Stocks } from "./stocks-step.ts";
import { convolvePair } from "./stock-flow.ts";

/** Throws (through elementInMagnet's own check) unless `share` is a mass share from 0 to 1. */
function checkShare(share: number): void {
  if (!(share >= 0 && share <= 1)) elementInMagnet(fin(0), share);
}

/** Sm₂Co₁₇ magnet composition (textbook; domain-parameters §2.1 marks it U): Sm 25%, Co 50%. */
const SMCO = { Sm: 0.25, Co: 0.5 };
const MAGNET_ELEMENTS = ["Nd", "Pr", "Dy", "Tb", "B"] as const;
const ALL_ELEMENTS = [...MAGNET_ELEMENTS, "Sm", "Co"] as const;

export interface Elements {
  inMagnet: Record<string, Float64Array>;
  /** By region, for the elements an export-control rule names (the only reader). */
  inMagnetByRegion: Record<string, Record<string, Float64Array>>;
  /** End-of-life element flows (not Co), t element/yr. */
  eolByEl: Record<string, Float64Array>;
}

/**
 * End of life is a convolution, linear in the inflow, and an element's share of a magnet is (1 − g)·a + g·b with g the
 * grain-boundary-diffusion share (a = b without it): so the elements leaving use are a·conv(NdFeB·(1 − g)) +
 * b·conv(NdFeB·g), two convolutions per application instead of one per element (both terms ≥ 0, so no cancellation;
 * equal to the per-element convolutions up to rounding, ~1e-16 relative).
 */
export function elementsStep(
  f: ScenarioFrame,
  demand: Demand,
  stocks: Stocks,
  lifetimes: Partial<Record<ApplicationId, Lifetimes>>,
): Elements {
  const { T, P } = f;
  const L = f.s.levers;
  const gbdShare = P(L.gbd.share.value);
  const out: Elements = {
    inMagnet: Object.fromEntries(ALL_ELEMENTS.map((e) => [e, f.zeros()])),
    inMagnetByRegion: {},
    eolByEl: Object.fromEntries([...MAGNET_ELEMENTS, "Sm"].map((e) => [e, f.zeros()])),
  };
  const controlled = new Set<string>(L.exportControls.flatMap((rule) => rule.items));
  const tmp = f.zeros();
  const flow = f.zeros();
  const flowGbd = f.zeros();
  const eolPlain = f.zeros();
  const eolGbd = f.zeros();
  const h = L.gbd.hreReduction.value;
  const tbShare = L.gbd.tbShare?.value;
  demand.apps.forEach(({ id, app, d, ndfeb }, i) => {
    const { pdf } = lifetimes[id]!;
    const eolAll = stocks.eolByApp[i]!;
    const bulkHre = (app.composition.Dy ?? 0) + (app.composition.Tb ?? 0);
    const regions = Object.entries(app.regionShare);
    if (app.gbdApplicable) {
      for (let t = 0; t < T; t++) {
        flow[t] = ndfeb[t]! * (1 - gbdShare[t]!);
        flowGbd[t] = ndfeb[t]! * gbdShare[t]!;
      }
      convolvePair(T, pdf, flow, flowGbd, eolPlain, eolGbd);
    }
    for (const e of ALL_ELEMENTS) {
      const frac = e === "Sm" || e === "Co" ? 0 : (app.composition[e] ?? 0);
      const hreGrade = (e === "Dy" || e === "Tb") && app.gbdApplicable;
      // grain-boundary diffusion: a share g of magnets keeps (1 − h) of the bulk Dy+Tb, a share τ of it as Tb
      const withGbd = !hreGrade
        ? frac
        : tbShare === undefined
          ? frac * (1 - h)
          : bulkHre * (1 - h) * (e === "Tb" ? tbShare : 1 - tbShare);
      if (e === "Sm" || e === "Co") {
        // no NdFeB content (ndfeb·0 = 0 exactly): the SmCo magnets' element only
        const sc = SMCO[e];
        checkShare(sc);
        for (let t = 0; t < T; t++) tmp[t] = d[t]! * app.smcoShare * sc;
      } else if (!hreGrade) {
        checkShare(frac);
        for (let t = 0; t < T; t++) tmp[t] = ndfeb[t]! * frac;
      } else
        for (let t = 0; t < T; t++) {
          const g = gbdShare[t]!;
          const share =
            tbShare === undefined
              ? frac * (1 - g * h)
              : (1 - g) * frac + g * bulkHre * (1 - h) * (e === "Tb" ? tbShare : 1 - tbShare);
          checkShare(share);
          tmp[t] = ndfeb[t]! * share;
        }
      addTo(out.inMagnet[e]!, tmp);
      if (controlled.has(e))
        for (const [r, regionShare] of regions) {
          out.inMagnetByRegion[r] ??= {};
          const reg = out.inMagnetByRegion[r]!;
          reg[e] ??= f.zeros();
          addTo(reg[e]!, tmp, regionShare);
        }
      if (e === "Co") continue;
      const acc = out.eolByEl[e]!;
      if (e === "Sm") addTo(acc, eolAll, app.smcoShare * SMCO.Sm);
      else if (hreGrade) for (let t = 0; t < T; t++) acc[t]! += frac * eolPlain[t]! + withGbd * eolGbd[t]!;
      else addTo(acc, eolAll, (1 - app.smcoShare) * frac);
    }
  });
  return out;
}
