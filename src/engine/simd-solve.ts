/**
 * @module createSimdSolver: the stock-driven triangular solve as a small WebAssembly SIMD (f64x2) kernel, assembled here
 * from its instructions (no toolchain; the bytes are this file). Runs in Node and in browsers with WebAssembly SIMD;
 * `createSimdSolver` returns null where it is missing, and callers keep the scalar JavaScript solve.
 *
 * Kernel: for t = 0..T−1, i[t] = (g[t] − Σ_{1≤k≤n} s[k]·i[t−k]) / s[0] with n = min(t, K − 1), the inflow stored reversed
 * (q[T−1−t] = i[t]) so both operands run forwards; four f64x2 accumulators (eight products a step), then pairs, then a
 * scalar tail. It returns i[T−1]. The sum is reassociated against the scalar solve: equal to rounding.
 */

/** Longest series the kernel takes (memory layout: s at 0, q after it, g after q). */
const T_MAX = 128;
const S_OFF = 0;
const Q_OFF = 8 * T_MAX;
/** Two systems at once: survival and inflow interleaved (lane 0 system A, lane 1 system B). */
const S2_OFF = 16 * T_MAX;
const Q2_OFF = 32 * T_MAX;
const G_OFF = 48 * T_MAX;

export interface SimdSolver {
  /** Survival by age S(k), k = 0..T−1: write it before `lastInflow`. */
  s: Float64Array;
  /** Targets: any number of series of length T back to back; `lastInflow(go, …)` reads g[go..go+T). */
  g: Float64Array;
  /** i[T−1] of the stock-driven solve for target g[go..go+T) and the survival in `s` with support K (S(k) = 0 from K). */
  lastInflow(go: number, K: number, T: number): number;
  /** Two systems at once: survival A at s2[2k], B at s2[2k + 1] (K the larger support); returns [iA[T−1], iB[T−1]]. */
  s2: Float64Array;
  lastInflowPair(goA: number, goB: number, K: number, T: number): Float64Array;
}

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}
function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) return [...out, b];
    out.push(b | 0x80);
  }
}
const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
const name = (s: string) => [...uleb(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];

// instructions
const get = (i: number) => [0x20, i];
const set = (i: number) => [0x21, i];
const tee = (i: number) => [0x22, i];
const i32 = (n: number) => [0x41, ...sleb(n)];
const [ADD, SUB, SHL, LT_S, GT_S, GE_S] = [0x6a, 0x6b, 0x74, 0x48, 0x4a, 0x4e];
const [F_ADD, F_SUB, F_MUL, F_DIV] = [0xa0, 0xa1, 0xa2, 0xa3];
const SELECT = 0x1b;
const f64Load = (offset: number) => [0x2b, 3, ...uleb(offset)];
const f64Store = (offset: number) => [0x39, 3, ...uleb(offset)];
const f64Const1 = [0x44, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f];
const v128Load = (offset: number) => [0xfd, 0x00, 3, ...uleb(offset)];
const v128Zero = [0xfd, 0x0c, ...new Array<number>(16).fill(0)];
const F2_ADD = [0xfd, ...uleb(0xf0)];
const F2_MUL = [0xfd, ...uleb(0xf2)];
const lane = (l: number) => [0xfd, 0x21, l];
const BLOCK = [0x02, 0x40];
const LOOP = [0x03, 0x40];
const END = 0x0b;
const br = (d: number) => [0x0c, d];
const brIf = (d: number) => [0x0d, d];

// params go, K, T; locals t, n8 (8·n), b (address of q[T − 1 − t]), kb (8·k) (i32), inv0, a (f64), acc0..acc3 (v128),
// pq (i32)
const [GO, K, T, t, n8, b, kb, INV0, A] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const ACC = [9, 10, 11, 12];
const PQ = 13;
/** acc[j] += s[k + 2j .. k + 2j + 1] · q[b + k + 2j ..], both as f64x2. */
const mulAdd = (j: number) => [
  ...get(ACC[j]!),
  ...get(kb),
  ...v128Load(S_OFF + 16 * j),
  ...get(PQ),
  ...v128Load(16 * j),
  ...F2_MUL,
  ...F2_ADD,
  ...set(ACC[j]!),
];
/** pq = b + kb, the address of q[b + k]. */
const setPq = [...get(b), ...get(kb), ADD, ...set(PQ)];
/** A loop that runs while kb + `reach` ≤ n8, stepping kb by `step`. */
const whileReach = (reach: number, step: number, inner: number[]) => [
  ...BLOCK,
  ...LOOP,
  ...[...get(kb), ...i32(reach), ADD, ...get(n8), GT_S, ...brIf(1)],
  ...inner,
  ...[...get(kb), ...i32(step), ADD, ...set(kb), ...br(0)],
  END,
  END,
];
const body = [
  ...[4, ...[4, 0x7f], ...[2, 0x7c], ...[4, 0x7b], ...[1, 0x7f]],
  ...f64Const1,
  ...i32(S_OFF),
  ...f64Load(0),
  F_DIV,
  ...set(INV0),
  ...BLOCK,
  ...LOOP,
  ...[...get(t), ...get(T), GE_S, ...brIf(1)],
  // n8 = 8 · (t < K ? t : K − 1)
  ...[...get(t), ...get(K), ...i32(1), SUB, ...get(t), ...get(K), LT_S, SELECT, ...i32(3), SHL, ...set(n8)],
  ...[...i32(Q_OFF), ...get(T), ...i32(1), SUB, ...get(t), SUB, ...i32(3), SHL, ADD, ...set(b)],
  ...ACC.flatMap((x) => [...v128Zero, ...set(x)]),
  ...[...i32(8), ...set(kb)],
  // eight products a step while k + 7 ≤ n, then two while k + 1 ≤ n, then one
  ...whileReach(56, 64, [...setPq, ...mulAdd(0), ...mulAdd(1), ...mulAdd(2), ...mulAdd(3)]),
  ...whileReach(8, 16, [...setPq, ...mulAdd(0)]),
  ...[...get(ACC[0]!), ...get(ACC[1]!), ...F2_ADD, ...get(ACC[2]!), ...get(ACC[3]!), ...F2_ADD, ...F2_ADD],
  ...[...tee(ACC[0]!), ...lane(0), ...get(ACC[0]!), ...lane(1), F_ADD, ...set(A)],
  ...whileReach(0, 8, [
    ...[
      ...get(A),
      ...get(kb),
      ...f64Load(S_OFF),
      ...get(b),
      ...get(kb),
      ADD,
      ...f64Load(0),
      F_MUL,
      F_ADD,
      ...set(A),
    ],
  ]),
  // q[b] = (g[t] − a) / s[0]
  ...[...get(b), ...get(GO), ...get(t), ...i32(3), SHL, ADD, ...f64Load(G_OFF), ...get(A), F_SUB],
  ...[...get(INV0), F_MUL, ...f64Store(0)],
  ...[...get(t), ...i32(1), ADD, ...set(t), ...br(0)],
  END,
  END,
  ...i32(Q_OFF),
  ...f64Load(0),
  END,
];

const v128Store = (offset: number) => [0xfd, 0x0b, 3, ...uleb(offset)];
const F2_SPLAT = [0xfd, 0x14];
const F2_SUB = [0xfd, ...uleb(0xf1)];
const F2_DIV = [0xfd, ...uleb(0xf3)];
const replaceLane1 = [0xfd, 0x22, 1];

// lastInflowPair: params goA, goB, K, T; locals t, n8 (16·n), b (address of q2[T − 1 − t]), kb (16·k), pq (i32),
// inv0, acc0..acc3 (v128). Lanes never mix: each lane is the scalar solve of its system, four accumulators per lane.
const P = { GA: 0, GB: 1, K: 2, T: 3, t: 4, n8: 5, b: 6, kb: 7, pq: 8, INV0: 9, ACC: [10, 11, 12, 13] };
const mulAdd2 = (j: number) => [
  ...get(P.ACC[j]!),
  ...get(P.kb),
  ...v128Load(S2_OFF + 16 * j),
  ...get(P.pq),
  ...v128Load(16 * j),
  ...F2_MUL,
  ...F2_ADD,
  ...set(P.ACC[j]!),
];
const while2 = (reach: number, step: number, inner: number[]) => [
  ...BLOCK,
  ...LOOP,
  ...[...get(P.kb), ...i32(reach), ADD, ...get(P.n8), GT_S, ...brIf(1)],
  ...[...get(P.b), ...get(P.kb), ADD, ...set(P.pq)],
  ...inner,
  ...[...get(P.kb), ...i32(step), ADD, ...set(P.kb), ...br(0)],
  END,
  END,
];
const gAt = (go: number) => [...get(go), ...get(P.t), ...i32(3), SHL, ADD, ...f64Load(G_OFF)];
const bodyPair = [
  ...[2, ...[5, 0x7f], ...[5, 0x7b]],
  ...[...f64Const1, ...F2_SPLAT, ...i32(0), ...v128Load(S2_OFF), ...F2_DIV, ...set(P.INV0)],
  ...BLOCK,
  ...LOOP,
  ...[...get(P.t), ...get(P.T), GE_S, ...brIf(1)],
  ...[
    ...get(P.t),
    ...get(P.K),
    ...i32(1),
    SUB,
    ...get(P.t),
    ...get(P.K),
    LT_S,
    SELECT,
    ...i32(4),
    SHL,
    ...set(P.n8),
  ],
  ...[...i32(Q2_OFF), ...get(P.T), ...i32(1), SUB, ...get(P.t), SUB, ...i32(4), SHL, ADD, ...set(P.b)],
  ...P.ACC.flatMap((x) => [...v128Zero, ...set(x)]),
  ...[...i32(16), ...set(P.kb)],
  // four k a step while k + 3 ≤ n, then one k a step
  ...while2(48, 64, [...mulAdd2(0), ...mulAdd2(1), ...mulAdd2(2), ...mulAdd2(3)]),
  ...while2(0, 16, mulAdd2(0)),
  // q2[b] = (g − ((acc0 + acc1) + (acc2 + acc3))) / s2[0], per lane
  ...[...get(P.b), ...gAt(P.GA), ...F2_SPLAT, ...gAt(P.GB), ...replaceLane1],
  ...[
    ...get(P.ACC[0]!),
    ...get(P.ACC[1]!),
    ...F2_ADD,
    ...get(P.ACC[2]!),
    ...get(P.ACC[3]!),
    ...F2_ADD,
    ...F2_ADD,
  ],
  ...[...F2_SUB, ...get(P.INV0), ...F2_MUL, ...v128Store(0)],
  ...[...get(P.t), ...i32(1), ADD, ...set(P.t), ...br(0)],
  END,
  END,
  END,
];

/** The module's bytes, assembled for a memory of `pages` 64 KiB pages. */
function moduleBytes(pages: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [2, ...[0x60, 3, 0x7f, 0x7f, 0x7f, 1, 0x7c], ...[0x60, 4, 0x7f, 0x7f, 0x7f, 0x7f, 0]]),
    ...section(3, [2, 0, 1]),
    ...section(5, [1, 0x00, ...uleb(pages)]),
    ...section(7, [
      3,
      ...name("lastInflow"),
      0x00,
      0,
      ...name("lastInflowPair"),
      0x00,
      1,
      ...name("memory"),
      0x02,
      0,
    ]),
    ...section(10, [2, ...uleb(body.length), ...body, ...uleb(bodyPair.length), ...bodyPair]),
  ]);
}

/**
 * A solver with room for `targets` values of g (all targets of a run), or null without WebAssembly SIMD. Each solver
 * owns its memory: create one per worker or run.
 */
export function createSimdSolver(targets: number): SimdSolver | null {
  if (typeof WebAssembly === "undefined") return null;
  const pages = Math.ceil((G_OFF + 8 * targets) / 65536);
  const bytes = moduleBytes(pages);
  if (!WebAssembly.validate(bytes)) return null;
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes));
  const { memory, lastInflow, lastInflowPair } = instance.exports as {
    memory: WebAssembly.Memory;
    lastInflow: (go: number, K: number, T: number) => number;
    lastInflowPair: (goA: number, goB: number, K: number, T: number) => void;
  };
  const s = new Float64Array(memory.buffer, S_OFF, T_MAX);
  const s2 = new Float64Array(memory.buffer, S2_OFF, 2 * T_MAX);
  const q2 = new Float64Array(memory.buffer, Q2_OFF, 2);
  const g = new Float64Array(memory.buffer, G_OFF, targets);
  return {
    s,
    s2,
    g,
    lastInflowPair: (goA, goB, K, TT) => {
      if (TT > T_MAX) throw new RangeError(`simd solve: ${TT} years, at most ${T_MAX}`);
      lastInflowPair(8 * goA, 8 * goB, K, TT);
      return q2;
    },
    lastInflow: (go, K, TT) => {
      if (TT > T_MAX) throw new RangeError(`simd solve: ${TT} years, at most ${T_MAX}`);
      return lastInflow(8 * go, K, TT);
    },
  };
}
