/**
 * @module The only conversions between mass dimensions: element <-> oxide (stoichiometric, per element), sintered
 * blank <-> finished magnet (machining yield as an argument) and element content of a magnet (composition share as
 * an argument). No zod: the engine's worker bundle includes this module.
 */
import type { TonnesBlank, TonnesElement, TonnesFinished, TonnesOxide } from "./mass.ts";

/**
 * Oxide per element, kg/kg, from standard atomic weights (IUPAC): Nd₂O₃/2Nd, Pr₆O₁₁/6Pr, Dy₂O₃/2Dy, Tb₄O₇/4Tb,
 * Sm₂O₃/2Sm. The oxides are the forms in which REO statistics are stated (Pr₆O₁₁ and Tb₄O₇ as traded).
 */
export const OXIDE_PER_ELEMENT = {
  Nd: 1.1664,
  Pr: 1.2082,
  Dy: 1.1477,
  Tb: 1.1762,
  Sm: 1.1596,
} as const;
export type OxideElement = keyof typeof OXIDE_PER_ELEMENT;

/**
 * Finished magnet per sintered blank (machining and grinding yield): an assumption, not a sourced figure. No numeric
 * source was found (project reference §3.3, grade U: 20–35 % gross loss, mostly recycled as swarf); 0.75–0.85 is the
 * range used for the finished-basis reference fact in data/reference-facts.csv, and the baseline scenario's
 * `levers.yields.blank` uses the same value and range (a test keeps the three in step).
 */
export const MACHINING_YIELD = {
  value: 0.8,
  range: [0.75, 0.85],
  assumption:
    "finished = blank × 0.75–0.85 (20–35 % gross machining loss, mostly recycled as swarf); no numeric source",
} as const;

/** Throws naming the argument unless `v` is a share in (0, 1]: a yield of 0 or above 1 is a mistake, not a model. */
function checkShare(v: number, what: string, allowZero: boolean): void {
  if (!Number.isFinite(v) || v > 1 || v < 0 || (!allowZero && v === 0))
    throw new RangeError(
      `invalid ${what}: ${v} (expected a share ${allowZero ? "from 0 to 1" : "above 0, at most 1"})`,
    );
}

/** Oxide per element (kg/kg) for an element; throws for an element without a stated oxide. */
export function oxidePerElement(element: string): number {
  const f = OXIDE_PER_ELEMENT[element as OxideElement];
  if (f === undefined)
    throw new RangeError(
      `no oxide factor for element ${element} (known: ${Object.keys(OXIDE_PER_ELEMENT).join(", ")})`,
    );
  return f;
}

/** Tonnes of oxide (REO) that contain the given tonnes of element. */
export function oxideFromElement(element: OxideElement, t: TonnesElement): TonnesOxide {
  return (t * oxidePerElement(element)) as TonnesOxide;
}

/** Tonnes of element contained in the given tonnes of oxide. */
export function elementFromOxide(element: OxideElement, t: TonnesOxide): TonnesElement {
  return (t / oxidePerElement(element)) as TonnesElement;
}

/** Finished magnet from sintered blanks, with the machining yield (finished per blank, a share in (0, 1]). */
export function finishedFromBlank(t: TonnesBlank, machiningYield: number): TonnesFinished {
  checkShare(machiningYield, "machining yield", false);
  return (t * machiningYield) as TonnesFinished;
}

/** Sintered blanks needed for the given finished magnet, with the machining yield (finished per blank). */
export function blankFromFinished(t: TonnesFinished, machiningYield: number): TonnesBlank {
  checkShare(machiningYield, "machining yield", false);
  return (t / machiningYield) as TonnesBlank;
}

/** Tonnes of one element in a finished magnet, with the element's mass share of the magnet (0–1). */
export function elementInMagnet(t: TonnesFinished, massShare: number): TonnesElement {
  checkShare(massShare, "element mass share", true);
  return (t * massShare) as TonnesElement;
}
