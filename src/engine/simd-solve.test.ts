import { describe, expect, test } from "vitest";
import { normalSurvival } from "./lifetimes.ts";
import { createSimdSolver } from "./simd-solve.ts";
import { stockDriven, support } from "./stock-flow.ts";

const T = 61;
/** The scalar engine's stock-driven inflow in the last year. */
function scalarLast(target: Float64Array, s: Float64Array): number {
  const inflow = new Float64Array(T);
  stockDriven(T, target, 0, s, 0, inflow, new Float64Array(T), 0);
  return inflow[T - 1]!;
}
const logistic = (mid: number, scale: number) =>
  Float64Array.from({ length: T }, (_, t) => scale / (1 + Math.exp(-(t - mid) / 6)));
const survival = (mean: number, cv: number) => {
  const s = new Float64Array(T);
  normalSurvival(mean, cv * mean, T, s);
  return s;
};

describe("WebAssembly SIMD stock-driven solve", () => {
  const targets = [logistic(30, 1200), logistic(20, 50), logistic(45, 9000)];
  const solver = createSimdSolver(targets.length * T);

  test("this Node has WebAssembly SIMD (the browsers the dashboard supports do too)", () => {
    expect(solver).not.toBeNull();
  });

  test.each([
    [12, 0.3],
    [4, 0.2],
    [25, 0.5],
    [2.5, 0.1],
  ])("one solve equals the scalar solve to 1e-13 (mean %s, cv %s)", (mean, cv) => {
    const s = survival(mean, cv);
    solver!.s.set(s);
    for (const [i, g] of targets.entries()) solver!.g.set(g, i * T);
    targets.forEach((g, i) => {
      const want = scalarLast(g, s);
      const got = solver!.lastInflow(i * T, support(T, s, 0), T);
      expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-13 * Math.abs(want));
    });
  });

  test("two solves in one pass equal two scalar solves, supports differing", () => {
    const a = survival(3, 0.2); // short support: zeros past it
    const b = survival(18, 0.35);
    for (let k = 0; k < T; k++) {
      solver!.s2[2 * k] = a[k]!;
      solver!.s2[2 * k + 1] = b[k]!;
    }
    for (const [i, g] of targets.entries()) solver!.g.set(g, i * T);
    const K = Math.max(support(T, a, 0), support(T, b, 0));
    const [ia, ib] = solver!.lastInflowPair(0, 2 * T, K, T);
    const wa = scalarLast(targets[0]!, a);
    const wb = scalarLast(targets[2]!, b);
    expect(Math.abs(ia! - wa)).toBeLessThanOrEqual(1e-13 * Math.abs(wa));
    expect(Math.abs(ib! - wb)).toBeLessThanOrEqual(1e-13 * Math.abs(wb));
    expect(ia).not.toBeCloseTo(ib!, 0);
  });

  test("more years than the kernel holds is refused", () => {
    expect(() => solver!.lastInflow(0, 10, 200)).toThrow(/200 years, at most 128/);
  });
});
