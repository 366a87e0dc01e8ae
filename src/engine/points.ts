/** @module Year series given as a constant or as {year: value} points; linear between points, flat outside. */

/** A constant, or values at given years (keys are years as strings, e.g. {"2024": 0.5, "2035": 0.8}). */
export type Points = number | Record<string, number>;

/** Year points as [year, value] pairs sorted by year. */
export type PointPairs = readonly (readonly [number, number])[];

export function pointPairs(p: Record<string, number>): PointPairs {
  return Object.entries(p)
    .map(([y, v]) => [Number(y), v] as const)
    .sort((a, b) => a[0] - b[0]);
}

/** Writes the series for years first..first+T−1 into out (length T). */
export function fromPoints(p: Points, first: number, T: number, out = new Float64Array(T)): Float64Array {
  if (typeof p === "number") return out.fill(p);
  return fromPointPairs(pointPairs(p), first, T, out);
}

/** fromPoints from pairs already sorted (a caller that meets the same points object often keeps its pairs). */
export function fromPointPairs(pts: PointPairs, first: number, T: number, out: Float64Array): Float64Array {
  let i = 0;
  for (let t = 0; t < T; t++) {
    const y = first + t;
    while (i + 1 < pts.length && pts[i + 1]![0] <= y) i++;
    const [y0, v0] = pts[i]!;
    if (y <= y0 || i + 1 >= pts.length) out[t] = v0;
    else {
      const [y1, v1] = pts[i + 1]!;
      out[t] = v0 + ((v1 - v0) * (y - y0)) / (y1 - y0);
    }
  }
  return out;
}
