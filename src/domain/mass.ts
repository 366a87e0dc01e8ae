/**
 * @module Mass by dimension. Tonnes of element, of oxide (REO), of alloy, of sintered blank, of finished magnet and of
 * high-performance magnet are different quantities: each is its own branded type, so adding tonnes of oxide to
 * tonnes of magnet does not type-check. Convert between them only with src/domain/mass-conversions.ts.
 * No zod and no other imports: the engine's worker bundle includes this module.
 */

/** What a mass counts (the dimension of a tonne). Matches the mass bases of `mass-basis.ts` plus `oxide`. */
export const MASS_DIMENSIONS = [
  "element",
  "oxide",
  "alloy",
  "blank",
  "finished",
  "high_performance",
] as const;
export type MassDimension = (typeof MASS_DIMENSIONS)[number];

declare const massDimension: unique symbol;
/** Metric tonnes of one mass dimension. A plain `number` (or the sum `a + b`) is not assignable to it. */
export type TonnesOf<D extends MassDimension> = number & { readonly [massDimension]: D };
/** Tonnes of rare-earth element (metal content). */
export type TonnesElement = TonnesOf<"element">;
/** Tonnes of rare-earth oxide (REO equivalent), the basis of mine production and of element balances. */
export type TonnesOxide = TonnesOf<"oxide">;
/** Tonnes of sintered NdFeB blocks before machining. */
export type TonnesBlank = TonnesOf<"blank">;
/** Tonnes of machined (finished) magnets: the customs and most per-unit basis, and the engine's basis. */
export type TonnesFinished = TonnesOf<"finished">;

export const tonnesElement = (v: number) => v as TonnesElement;
export const tonnesOxide = (v: number) => v as TonnesOxide;
export const tonnesBlank = (v: number) => v as TonnesBlank;
export const tonnesFinished = (v: number) => v as TonnesFinished;

/** The sum of two masses of the same dimension; masses of different dimensions are a type error. */
export function addMass<D extends MassDimension>(a: TonnesOf<D>, b: TonnesOf<NoInfer<D>>): TonnesOf<D> {
  return (a + b) as TonnesOf<D>;
}

/** The sum of masses of one dimension (0 for none). */
export function sumMass<D extends MassDimension>(masses: readonly TonnesOf<D>[]): TonnesOf<D> {
  let s = 0;
  for (const m of masses) s += m;
  return s as TonnesOf<D>;
}

/** A mass times a dimensionless factor (a share, a growth factor), in the same dimension. */
export function scaleMass<D extends MassDimension>(m: TonnesOf<D>, factor: number): TonnesOf<D> {
  return (m * factor) as TonnesOf<D>;
}
