import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { erfc } from "./erfc.ts";
import { erfcFast } from "./erfc-fast.ts";
import { type Lifetime, survivalByAge } from "./lifetimes.ts";
import { convolve, convolvePair, inflowDriven, outflowByAge, stockDriven } from "./stock-flow.ts";

const T = 40;
const lifetimeArb = fc.oneof(
  fc.record({ dist: fc.constant("fixed" as const), mean: fc.double({ min: 0.5, max: 40, noNaN: true }) }),
  fc.record({
    dist: fc.constant("normal" as const),
    mean: fc.double({ min: 1, max: 40, noNaN: true }),
    std: fc.double({ min: 0.2, max: 15, noNaN: true }),
  }),
  fc.record({
    dist: fc.constant("lognormal" as const),
    mean: fc.double({ min: 1, max: 40, noNaN: true }),
    std: fc.double({ min: 0.2, max: 15, noNaN: true }),
  }),
  fc.record({
    dist: fc.constant("weibull" as const),
    mean: fc.double({ min: 1, max: 40, noNaN: true }),
    shape: fc.double({ min: 0.8, max: 5, noNaN: true }),
  }),
) as fc.Arbitrary<Lifetime>;
const inflowArb = fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: T, maxLength: T });

test.prop([lifetimeArb, inflowArb])(
  "inflowDriven() conserves mass and never makes a negative stock",
  (lt, xs) => {
    const s = new Float64Array(T);
    survivalByAge(lt, T, s);
    const inflow = Float64Array.from(xs);
    const stock = new Float64Array(T);
    const out = new Float64Array(T);
    inflowDriven(T, inflow, 0, s, 0, stock, out, 0);
    let prev = 0;
    const scale = Math.max(1, ...xs) * T;
    for (let t = 0; t < T; t++) {
      expect(stock[t]!).toBeGreaterThanOrEqual(0);
      expect(out[t]!).toBeGreaterThanOrEqual(-1e-9 * scale);
      expect(Math.abs(inflow[t]! - out[t]! - (stock[t]! - prev))).toBeLessThanOrEqual(1e-9 * scale);
      prev = stock[t]!;
    }
  },
);

test.prop([lifetimeArb.filter((lt) => lt.mean > 2), inflowArb])(
  "stockDriven(inflowDriven(i)) returns the inflow (round trip)",
  (lt, xs) => {
    const s = new Float64Array(T);
    survivalByAge(lt, T, s);
    fc.pre(s[0]! > 0.5);
    const inflow = Float64Array.from(xs);
    const stock = new Float64Array(T);
    const out = new Float64Array(T);
    inflowDriven(T, inflow, 0, s, 0, stock, out, 0);
    const back = new Float64Array(T);
    const out2 = new Float64Array(T);
    stockDriven(T, stock, 0, s, 0, back, out2, 0);
    const scale = Math.max(1, ...xs);
    for (let t = 0; t < T; t++) expect(Math.abs(back[t]! - inflow[t]!)).toBeLessThanOrEqual(1e-6 * scale);
  },
);

test.prop([lifetimeArb, inflowArb, inflowArb])(
  "convolvePair() equals two convolve() calls bit for bit",
  (lt, xs, ys) => {
    const s = new Float64Array(T);
    survivalByAge(lt, T, s);
    const pdf = new Float64Array(T);
    outflowByAge(T, s, 0, pdf, 0);
    const x = Float64Array.from(xs);
    const y = Float64Array.from(ys);
    const [px, py, cx, cy] = [0, 0, 0, 0].map(() => new Float64Array(T)) as [
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
    ];
    convolvePair(T, pdf, x, y, px, py);
    convolve(T, pdf, 0, x, 0, cx, 0);
    convolve(T, pdf, 0, y, 0, cy, 0);
    expect(px).toEqual(cx);
    expect(py).toEqual(cy);
  },
);

test("erfcFast() agrees with Cody's erfc to 1e-15 absolute", () => {
  for (let x = -7; x < 9; x += 0.00137) expect(Math.abs(erfcFast(x) - erfc(x))).toBeLessThan(1e-15);
  expect(erfc(0.5)).toBeCloseTo(0.4795001221869535, 15);
  expect(Math.abs(erfc(3) / 2.209049699858544e-5 - 1)).toBeLessThan(1e-15);
});
