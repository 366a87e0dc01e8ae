/**
 * @module elementsStep: element content of the magnets demanded (t element/yr) by composition, with grain-boundary
 * diffusion lowering Dy/Tb, in total and by region; and the elements leaving use (end of life) by cohort convolution.
 */
import { elementInMagnet } from "../domain/mass-conversions.ts";
import { tonnesFinished as fin } from "../domain/mass.ts";
import type { Demand } from "./demand-step.ts";
import type { Lifetimes } from "./lifetimes-step.ts";
import { type ApplicationId, addTo, type ScenarioFrame } from "./scenario-frame.ts";
import { convolve } from "./stock-flow.ts";

/** Sm₂Co₁₇ magnet composition (textbook; domain-parameters §2.1 marks it U): Sm 25%, Co 50%. */
const SMCO = { Sm: 0.25, Co: 0.5 };
export const MAGNET_ELEMENTS = ["Nd", "Pr", "Dy", "Tb", "B"] as const;

export interface Elements {
  inMagnet: Record<string, Float64Array>;
  inMagnetByRegion: Record<string, Record<string, Float64Array>>;
  /** End-of-life element flows (not Co), t element/yr. */
  eolByEl: Record<string, Float64Array>;
}

export function elementsStep(
  f: ScenarioFrame,
  demand: Demand,
  lifetimes: Partial<Record<ApplicationId, Lifetimes>>,
): Elements {
  const { T, P } = f;
  const L = f.s.levers;
  const gbdShare = P(L.gbd.share.value);
  const out: Elements = {
    inMagnet: Object.fromEntries([...MAGNET_ELEMENTS, "Sm", "Co"].map((e) => [e, f.zeros()])),
    inMagnetByRegion: {},
    eolByEl: Object.fromEntries([...MAGNET_ELEMENTS, "Sm"].map((e) => [e, f.zeros()])),
  };
  const tmp = f.zeros();
  const eol = f.zeros();
  for (const { id, app, d, ndfeb } of demand.apps) {
    const { pdf } = lifetimes[id]!;
    for (const e of [...MAGNET_ELEMENTS, "Sm", "Co"] as const) {
      const frac = e === "Sm" || e === "Co" ? 0 : (app.composition[e] ?? 0);
      const hreGrade = (e === "Dy" || e === "Tb") && app.gbdApplicable;
      const bulkHre = (app.composition.Dy ?? 0) + (app.composition.Tb ?? 0);
      const tbShare = L.gbd.tbShare?.value;
      for (let t = 0; t < T; t++) {
        // grain-boundary diffusion: a share g of magnets keeps (1 − h) of the bulk Dy+Tb, a share τ of it as Tb
        let share = frac;
        if (hreGrade) {
          const g = gbdShare[t]!;
          const h = L.gbd.hreReduction.value;
          if (tbShare === undefined) share = frac * (1 - g * h);
          else share = (1 - g) * frac + g * bulkHre * (1 - h) * (e === "Tb" ? tbShare : 1 - tbShare);
        }
        const smco = e === "Sm" || e === "Co" ? elementInMagnet(fin(d[t]! * app.smcoShare), SMCO[e]) : 0;
        tmp[t] = elementInMagnet(fin(ndfeb[t]!), share) + smco;
      }
      addTo(out.inMagnet[e]!, tmp);
      for (const [r, regionShare] of Object.entries(app.regionShare)) {
        out.inMagnetByRegion[r] ??= {};
        const reg = out.inMagnetByRegion[r]!;
        reg[e] ??= f.zeros();
        addTo(reg[e]!, tmp, regionShare);
      }
      if (e !== "Co") {
        convolve(T, pdf, 0, tmp, 0, eol, 0);
        addTo(out.eolByEl[e]!, eol);
      }
    }
  }
  return out;
}
