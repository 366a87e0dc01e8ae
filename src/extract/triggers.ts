/**
 * @module Keyword trigger index: one Aho–Corasick pass per sentence finds which anchor words occur, so the rule
 * tables (period grammar, event triggers, lexicons) run only the rules that can match.
 *
 * Modules register their anchor words at load time with `anchorIds`; the automaton is built on first use. Matching
 * folds ASCII case only (so offsets and non-Latin text are untouched) and visits each character once.
 */

const words: string[] = [];
const idOf = new Map<string, number>();
let automaton: Automaton | null = null;

/** Registers anchor words (lower-case substrings) and returns their ids. */
export function anchorIds(list: readonly string[]): number[] {
  return list.map((w) => {
    const k = w.toLowerCase();
    let id = idOf.get(k);
    if (id === undefined) {
      id = words.length;
      words.push(k);
      idOf.set(k, id);
      automaton = null;
    }
    return id;
  });
}

/**
 * The anchors present in one text. Valid until the next `scanAnchors` call (marks are generation-stamped in one
 * shared array, so a scan allocates nothing).
 */
export interface Found {
  gen: number;
  /** Anchor occurrences seen while scanning (a work counter). */
  hits: number;
}

let marks = new Int32Array(0);
let generation = 0;

/** Total anchor occurrences reported by all scans (a work counter for linear-time tests). */
export const triggerWork = { chars: 0, hits: 0, ruleRuns: 0 };

const ASCII = 128;

class Automaton {
  readonly next: Int32Array;
  readonly out: number[][];
  readonly size: number;

  constructor(list: string[]) {
    // Trie over lower-cased UTF-16 code units; dense table for ASCII, a map for the rest.
    const dense: number[][] = [[]];
    const wide: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    const step = (s: number, c: number) => (c < ASCII ? dense[s]![c] : wide[s]!.get(c));
    list.forEach((w, id) => {
      let s = 0;
      for (let i = 0; i < w.length; i++) {
        const c = w.charCodeAt(i);
        let t = step(s, c);
        if (t === undefined) {
          t = dense.length;
          dense.push([]);
          wide.push(new Map());
          out.push([]);
          if (c < ASCII) dense[s]![c] = t;
          else wide[s]!.set(c, t);
        }
        s = t;
      }
      out[s]!.push(id);
    });
    // Failure links (breadth first); the ASCII goto table is completed so that scanning never backtracks on ASCII.
    const n = dense.length;
    const fail = new Int32Array(n);
    const next = new Int32Array(n * ASCII);
    this.fail = fail;
    this.rootWide = wide[0]!;
    const queue: number[] = [];
    for (let c = 0; c < ASCII; c++) {
      const t = dense[0]![c];
      next[c] = t ?? 0;
      if (t !== undefined) queue.push(t);
    }
    for (const t of wide[0]!.values()) queue.push(t);
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      out[s]!.push(...out[fail[s]!]!);
      for (let c = 0; c < ASCII; c++) {
        const t = dense[s]![c];
        if (t !== undefined) {
          fail[t] = next[fail[s]! * ASCII + c]!;
          next[s * ASCII + c] = t;
          queue.push(t);
        } else next[s * ASCII + c] = next[fail[s]! * ASCII + c]!;
      }
      for (const [c, t] of wide[s]!) {
        fail[t] = this.stepWide(fail[s]!, c);
        this.wideNext.set(s * 65536 + c, t);
        queue.push(t);
      }
    }
    this.next = next;
    this.out = out;
    this.size = n;
  }
  readonly fail: Int32Array;
  readonly wideNext = new Map<number, number>();
  readonly rootWide: Map<number, number>;

  /** Next state from `s` on non-ASCII code unit `c`. */
  stepWide(s: number, c: number): number {
    let f = s;
    for (;;) {
      const t = f === 0 ? this.rootWide.get(c) : this.wideNext.get(f * 65536 + c);
      if (t !== undefined) return t;
      if (f === 0) return 0;
      f = this.fail[f]!;
    }
  }
}

/** Scans `text` once and reports which registered anchors occur in it (ASCII case ignored). */
export function scanAnchors(text: string): Found {
  automaton ??= new Automaton(words);
  const a = automaton;
  if (marks.length !== words.length) marks = new Int32Array(words.length);
  const gen = ++generation;
  const has = marks;
  const { next, out } = a;
  let s = 0;
  let hits = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < ASCII) {
      if (c >= 65 && c <= 90) c += 32;
      s = next[s * ASCII + c]!;
    } else s = a.stepWide(s, c);
    const o = out[s]!;
    if (o.length > 0) {
      hits++;
      for (const id of o) has[id] = gen;
    }
  }
  triggerWork.chars += text.length;
  triggerWork.hits += hits;
  return { gen, hits };
}

/** True when any of the anchor `ids` occurs (an empty list always matches). */
export function anyOf(found: Found, ids: readonly number[] | undefined): boolean {
  if (found.gen !== generation) throw new Error("scanAnchors result used after a later scan");
  if (!ids || ids.length === 0) {
    triggerWork.ruleRuns++;
    return true;
  }
  for (const id of ids)
    if (marks[id] === found.gen) {
      triggerWork.ruleRuns++;
      return true;
    }
  return false;
}
