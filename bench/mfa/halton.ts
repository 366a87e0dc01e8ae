/** @module Halton low-discrepancy sequence (radical inverse in prime bases), as in mfa-bench's workload.py. */

const PRIMES = [
  2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97,
];

/** Radical inverse of integer i in `base`, bit-for-bit as the Python reference computes it. */
export function radicalInverse(i: number, base: number): number {
  let f = 1;
  let r = 0;
  while (i > 0) {
    f /= base;
    r += f * (i % base);
    i = Math.floor(i / base);
  }
  return r;
}

/** (n × dims) row-major Halton points for indices start+1..start+n (index 0 skipped). */
export function halton(n: number, dims: number, start = 0): Float64Array {
  if (dims > PRIMES.length) throw new Error(`invalid halton dimension: ${dims}`);
  const out = new Float64Array(n * dims);
  for (let i = 0; i < n; i++)
    for (let d = 0; d < dims; d++) out[i * dims + d] = radicalInverse(start + i + 1, PRIMES[d]!);
  return out;
}
