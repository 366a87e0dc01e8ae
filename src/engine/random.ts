/** @module Seeded randomness: createRandom(seed) (xoshiro128** seeded by splitmix32) and the distributions Monte Carlo needs. */

/** A seeded generator; `next()` is uniform on [0, 1) with 53 random bits. */
export interface Random {
  next(): number;
  normal(mean: number, std: number): number;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Deterministic generator from an integer seed; same seed, same stream on every platform. */
export function createRandom(seed: number): Random {
  const sm = splitmix32(seed);
  let a = sm();
  let b = sm();
  let c = sm();
  let d = sm();
  const u32 = (): number => {
    const r = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = (b << 9) >>> 0;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d >>> 0, 11);
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    return r;
  };
  const next = () => ((u32() >>> 5) * 67108864 + (u32() >>> 6)) / 9007199254740992;
  let spare: number | undefined;
  return {
    next,
    normal(mean, std) {
      if (spare !== undefined) {
        const z = spare;
        spare = undefined;
        return mean + std * z;
      }
      let u = 0;
      let v = 0;
      let s = 0;
      do {
        u = 2 * next() - 1;
        v = 2 * next() - 1;
        s = u * u + v * v;
      } while (s >= 1 || s === 0);
      const m = Math.sqrt((-2 * Math.log(s)) / s);
      spare = v * m;
      return mean + std * u * m;
    },
  };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/** A parameter distribution as written in scenario files. */
export type Distribution =
  | { type: "uniform"; min: number; max: number }
  | { type: "triangular"; min: number; mode: number; max: number }
  | { type: "normal"; mean: number; std: number }
  | { type: "lognormal"; mean: number; std: number };

/** One draw from `d`; log-normal takes the mean and std of the variable itself (not of its log). */
export function sample(d: Distribution, rng: Random): number {
  switch (d.type) {
    case "uniform":
      return d.min + (d.max - d.min) * rng.next();
    case "triangular": {
      const u = rng.next();
      const f = (d.mode - d.min) / (d.max - d.min);
      return u < f
        ? d.min + Math.sqrt(u * (d.max - d.min) * (d.mode - d.min))
        : d.max - Math.sqrt((1 - u) * (d.max - d.min) * (d.max - d.mode));
    }
    case "normal":
      return rng.normal(d.mean, d.std);
    case "lognormal": {
      const s2 = Math.log(1 + (d.std / d.mean) ** 2);
      return Math.exp(rng.normal(Math.log(d.mean) - s2 / 2, Math.sqrt(s2)));
    }
  }
}
