/**
 * @module Keyword trigger index: one Aho–Corasick pass per sentence finds which anchor words occur, so the rule
 * tables (period grammar, event triggers, lexicons) run only the rules that can match.
 *
 * Modules register their anchor words at load time with `anchorIds`; the automaton is built on first use. Matching
 * folds ASCII case only (so offsets and non-Latin text are untouched) and visits each character once.
 */

const words: string[] = [];
/** Per anchor id: 1 = must start a word, 2 = must end a word (ASCII letters, digits and `_` are word characters). */
const flags: number[] = [];
const idOf = new Map<string, number>();
let automaton: Automaton | null = null;

/**
 * Registers anchor words (lower-case substrings) and returns their ids. A leading or trailing `\b` (written
 * `"\\b"` in a string literal, as in a regex) makes the anchor count only at a word boundary on that side: `\bmay\b`
 * is found in "in May" but not in "Mayor", `\bq1` in "Q1-Q3" but not in "HQ1".
 */
export function anchorIds(list: readonly string[]): number[] {
  const ids: AnchorList = list.map((w) => {
    const k = w.toLowerCase();
    let id = idOf.get(k);
    if (id === undefined) {
      let word = k;
      let f = 0;
      if (word.startsWith("\\b")) {
        f |= 1;
        word = word.slice(2);
      }
      if (word.endsWith("\\b")) {
        f |= 2;
        word = word.slice(0, -2);
      }
      id = words.length;
      words.push(word);
      flags.push(f);
      groupsOf.push([]);
      idOf.set(k, id);
      automaton = null;
    }
    return id;
  });
  // The list is also a group: a scan marks it when any member occurs, so `anyOf` is one array read.
  ids.group = groupCount++;
  for (const id of new Set(ids)) groupsOf[id]!.push(ids.group);
  return ids;
}

/** An id list returned by `anchorIds`, with its group number. */
type AnchorList = number[] & { group?: number };
/** Per anchor id, the groups (id lists) it belongs to. */
const groupsOf: number[][] = [];
let groupCount = 0;

/** ASCII word character (`\\w`). */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
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
let groupMarks = new Int32Array(0);
let generation = 0;

/** Total anchor occurrences reported by all scans (a work counter for linear-time tests). */
export const triggerWork = { chars: 0, hits: 0, ruleRuns: 0 };

const ASCII = 128;

class Automaton {
  /** Goto table over character classes: `next[state * width + cls[c]]` for ASCII `c`. */
  readonly next: Uint16Array | Uint32Array;
  readonly cls: Uint8Array;
  readonly width: number;
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
    // Compact table: ASCII characters that occur in no anchor share one column (they always lead back to the root
    // state), upper case shares the lower-case column, and states fit 16 bits: the table stays cache-sized.
    const used = new Set<number>();
    for (const w of list)
      for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) < ASCII) used.add(w.charCodeAt(i));
    const cls = new Uint8Array(ASCII);
    const reps = [-1];
    for (const c of [...used].sort((a, b) => a - b)) {
      cls[c] = reps.length;
      if (c >= 97 && c <= 122) cls[c - 32] = reps.length;
      reps.push(c);
    }
    const k = reps.length;
    const table = n < 65536 ? new Uint16Array(n * k) : new Uint32Array(n * k);
    for (let st = 0; st < n; st++)
      for (let j = 1; j < k; j++) table[st * k + j] = next[st * ASCII + reps[j]!]!;
    this.cls = cls;
    this.width = k;
    this.next = table;
    this.out = out;
    this.size = n;
    // Outputs flattened: ids of state s are outIds[outStart[s] .. outStart[s + 1]).
    this.outStart = new Int32Array(n + 1);
    let total = 0;
    for (let s = 0; s < n; s++) {
      this.outStart[s] = total;
      total += out[s]!.length;
    }
    this.outStart[n] = total;
    this.outIds = new Int32Array(total);
    for (let s = 0; s < n; s++) this.outIds.set(out[s]!, this.outStart[s]!);
  }
  readonly outStart: Int32Array;
  readonly outIds: Int32Array;
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
  if (groupMarks.length !== groupCount) groupMarks = new Int32Array(groupCount);
  const gm = groupMarks;
  const gen = ++generation;
  const has = marks;
  const { next, outStart, outIds, cls, width } = a;
  let s = 0;
  let hits = 0;
  const first = firstMarked;
  first.length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    s = c < ASCII ? next[s * width + cls[c]!]! : a.stepWide(s, c);
    const o0 = outStart[s]!;
    const o1 = outStart[s + 1]!;
    if (o1 > o0) {
      let marked = false;
      for (let k = o0; k < o1; k++) {
        const id = outIds[k]!;
        const f = flags[id]!;
        if (f !== 0) {
          if (f & 1 && isWordChar(text.charCodeAt(i - words[id]!.length))) continue;
          if (f & 2 && isWordChar(text.charCodeAt(i + 1))) continue;
        }
        if (has[id] !== gen) {
          has[id] = gen;
          first.push(id);
          const gs = groupsOf[id]!;
          for (let g = 0; g < gs.length; g++) gm[gs[g]!] = gen;
        }
        marked = true;
      }
      if (marked) hits++;
    }
  }
  triggerWork.chars += text.length;
  triggerWork.hits += hits;
  return { gen, hits };
}

/** Anchor ids marked by the last scan, in order of first occurrence (for `keepAnchors`). */
const firstMarked: number[] = [];

/** The anchors of a scan, kept beyond the next scan (`restoreAnchors` makes them current again). */
export interface KeptAnchors {
  ids: Int32Array;
  hits: number;
}

/** Keeps the result of the latest scan, so that a text scanned twice is scanned once. */
export function keepAnchors(found: Found): KeptAnchors {
  if (found.gen !== generation) throw new Error("scanAnchors result used after a later scan");
  return { ids: Int32Array.from(firstMarked), hits: found.hits };
}

/** Makes kept anchors the current scan result: the same `Found` as scanning the same text again. */
export function restoreAnchors(kept: KeptAnchors): Found {
  const gen = ++generation;
  const { ids } = kept;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    marks[id] = gen;
    const gs = groupsOf[id]!;
    for (let g = 0; g < gs.length; g++) groupMarks[gs[g]!] = gen;
  }
  return { gen, hits: kept.hits };
}

/** True when any of the anchor `ids` occurs (an empty list always matches). */
export function anyOf(found: Found, ids: readonly number[] | undefined): boolean {
  if (found.gen !== generation) throw new Error("scanAnchors result used after a later scan");
  if (!ids || ids.length === 0) {
    triggerWork.ruleRuns++;
    return true;
  }
  const g = (ids as AnchorList).group;
  if (g !== undefined) {
    if (groupMarks[g] !== found.gen) return false;
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
