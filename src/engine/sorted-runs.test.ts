import { describe, expect, test } from "vitest";
import { quantileSorted } from "./quantile.ts";
import { createRandom } from "./random.ts";
import { kthOfSortedRuns, quantileOfSortedRuns } from "./sorted-runs.ts";

const rng = createRandom(3);
/** Splits values into `parts` runs of random lengths (some may be empty), each sorted. */
function runsOf(values: Float64Array, parts: number): Float64Array[] {
  const cuts = [
    0,
    ...Array.from({ length: parts - 1 }, () => Math.floor(rng.next() * (values.length + 1))),
  ].sort((a, b) => a - b);
  cuts.push(values.length);
  return cuts.slice(1).map((to, i) => values.slice(cuts[i]!, to).sort());
}

const columns: [string, (n: number) => Float64Array][] = [
  ["spread values", (n) => Float64Array.from({ length: n }, () => rng.next() * 2e5 - 1e5)],
  ["many ties", (n) => Float64Array.from({ length: n }, () => Math.floor(rng.next() * 3))],
  ["one value", (n) => new Float64Array(n).fill(7.25)],
  [
    "signed zeros",
    (n) => Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? -0 : i % 3 === 1 ? 0 : -1)),
  ],
];

describe("order statistics and quantiles across sorted runs", () => {
  test.each(columns)("%s: every k-th value and every band quantile equal a full sort's", (_, make) => {
    for (const n of [1, 2, 9, 100, 1000])
      for (const parts of [1, 2, 3, 5]) {
        const values = make(n);
        const sorted = values.slice().sort();
        const runs = runsOf(values, parts);
        for (let k = 0; k < n; k++)
          expect(kthOfSortedRuns(runs, k) === sorted[k], `n=${n} runs=${parts} k=${k}`).toBe(true);
        for (const p of [0, 0.05, 0.5, 0.95, 1])
          expect(Object.is(quantileOfSortedRuns(runs, p), quantileSorted(sorted, p)), `n=${n} p=${p}`).toBe(
            true,
          );
      }
  });

  test("two runs where one holds every small value and the other every large one", () => {
    const low = Float64Array.from({ length: 50 }, (_, i) => i);
    const high = Float64Array.from({ length: 30 }, (_, i) => 100 + i);
    expect(kthOfSortedRuns([low, high], 49)).toBe(49);
    expect(kthOfSortedRuns([low, high], 50)).toBe(100);
    expect(kthOfSortedRuns([high, low], 79)).toBe(129);
    expect(kthOfSortedRuns([high, low], 0)).toBe(0);
  });

  test("no values: NaN, as quantileSorted gives", () => {
    expect(quantileOfSortedRuns([new Float64Array(0), new Float64Array(0)], 0.5)).toBeNaN();
  });
});
