/**
 * @module Keyword trigger index: one Aho–Corasick pass per sentence finds which anchor words occur, so the rule
 * tables (period grammar, event triggers, lexicons) run only the rules that can match.
 *
 * Modules register their anchor words at load time with `anchorIds` (the registry is a load-time table: nothing
 * registers during an extraction); the automaton is built from it on first use, and rebuilt only if more words are
 * registered later. Everything a scan changes lives in the caller's `AnchorScanner`. Matching folds ASCII case only
 * (so offsets and non-Latin text are untouched) and visits each character once.
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
  // The automaton keeps the groups of each anchor flattened: a group registered after it was built rebuilds it.
  automaton = null;
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
 * The anchors present in one text, as marked by one scan of an `AnchorScanner`. Valid until that scanner's next scan
 * (marks are generation-stamped in the scanner's arrays, so a scan allocates nothing).
 */
export interface Found {
  gen: number;
  /** Anchor occurrences seen while scanning (a work counter). */
  hits: number;
  scanner: AnchorScanner;
}

/** Work counters of a scanner: characters scanned, anchor occurrences, rules allowed to run (`anyOf` true). */
export interface TriggerWork {
  chars: number;
  hits: number;
  ruleRuns: number;
}

/**
 * The mutable side of anchor scanning, owned by its caller (one per extraction): the marks of the latest scan, the
 * anchors it marked in order (for `keepAnchors`), and the work counters.
 */
export class AnchorScanner {
  marks: number[] = [];
  groupMarks: number[] = [];
  generation = 0;
  /** Anchor ids marked by the latest scan, in order of first occurrence. */
  readonly firstMarked: number[] = [];
  /** Per anchor id, the end offset (last character) of its first occurrence in the latest scan that marked it. */
  firstEnd: number[] = [];
  /** Scratch marks of `keepAnchors` (groups already kept, generation-stamped). */
  keptGroups: number[] = [];
  readonly work: TriggerWork = { chars: 0, hits: 0, ruleRuns: 0 };
}

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
    this.hasOut = Uint8Array.from(out, (o) => (o.length > 0 ? 1 : 0));
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
    this.wordLength = Int32Array.from(list, (w) => w.length);
    // Groups flattened like the outputs: the groups of id i are groupIds[groupStart[i] .. groupStart[i + 1]).
    this.groupStart = new Int32Array(list.length + 1);
    let ng = 0;
    for (let i = 0; i < list.length; i++) {
      this.groupStart[i] = ng;
      ng += groupsOf[i]!.length;
    }
    this.groupStart[list.length] = ng;
    this.groupIds = new Int32Array(ng);
    for (let i = 0; i < list.length; i++) this.groupIds.set(groupsOf[i]!, this.groupStart[i]!);
    this.flags = Uint8Array.from(flags);
  }
  /** Per state, 1 when it has outputs. */
  readonly hasOut: Uint8Array;
  readonly groupStart: Int32Array;
  readonly groupIds: Int32Array;
  /** Per anchor id, its length and its word-boundary flags. */
  readonly wordLength: Int32Array;
  readonly flags: Uint8Array;
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

/**
 * Scans `text` once and reports which registered anchors occur in it (ASCII case ignored). Without a `scanner`, a
 * fresh one is used (tests, one-off lookups).
 */
export function scanAnchors(text: string, scanner: AnchorScanner = new AnchorScanner()): Found {
  automaton ??= new Automaton(words);
  const a = automaton;
  if (scanner.marks.length !== words.length || scanner.groupMarks.length !== groupCount) {
    // Plain arrays of small integers: allocated in the young generation, as fast to index as typed arrays.
    scanner.marks = new Array<number>(words.length).fill(0);
    scanner.firstEnd = new Array<number>(words.length).fill(0);
    scanner.groupMarks = new Array<number>(groupCount).fill(0);
    scanner.keptGroups = new Array<number>(groupCount).fill(0);
  }
  const firstEnd = scanner.firstEnd;
  const gm = scanner.groupMarks;
  const gen = ++scanner.generation;
  const has = scanner.marks;
  const { next, outStart, outIds, cls, width, wordLength, hasOut, groupStart, groupIds } = a;
  const fl = a.flags;
  let s = 0;
  let hits = 0;
  const first = scanner.firstMarked;
  first.length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    s = c < ASCII ? next[s * width + cls[c]!]! : a.stepWide(s, c);
    if (hasOut[s] !== 0) {
      const o1 = outStart[s + 1]!;
      let marked = false;
      for (let k = outStart[s]!; k < o1; k++) {
        const id = outIds[k]!;
        const f = fl[id]!;
        if (f !== 0) {
          if (f & 1 && isWordChar(text.charCodeAt(i - wordLength[id]!))) continue;
          if (f & 2 && isWordChar(text.charCodeAt(i + 1))) continue;
        }
        if (has[id] !== gen) {
          has[id] = gen;
          firstEnd[id] = i;
          first.push(id);
          const g1 = groupStart[id + 1]!;
          for (let g = groupStart[id]!; g < g1; g++) gm[groupIds[g]!] = gen;
        }
        marked = true;
      }
      if (marked) hits++;
    }
  }
  scanner.work.chars += text.length;
  scanner.work.hits += hits;
  return { gen, hits, scanner };
}

/** The anchors of a scan, kept beyond the next scan (`restoreAnchors` makes them current again). */
export interface KeptAnchors {
  ids: number[];
  /** `firstEnd` of each id (parallel to `ids`). */
  ends: number[];
  /** The groups the ids mark. */
  groups: number[];
  hits: number;
}

const stale = (found: Found) => found.gen !== found.scanner.generation;

/** Keeps the result of the scanner's latest scan, so that a text scanned twice is scanned once. */
export function keepAnchors(found: Found): KeptAnchors {
  if (stale(found)) throw new Error("scanAnchors result used after a later scan");
  const sc = found.scanner;
  const seen = sc.keptGroups;
  const ids = sc.firstMarked.slice();
  const ends: number[] = new Array(ids.length);
  const groups: number[] = [];
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    ends[k] = sc.firstEnd[id]!;
    const gs = groupsOf[id]!;
    for (let j = 0; j < gs.length; j++) {
      const g = gs[j]!;
      if (seen[g] !== found.gen) {
        seen[g] = found.gen;
        groups.push(g);
      }
    }
  }
  return { ids, ends, groups, hits: found.hits };
}

/** Makes kept anchors the scanner's current result: the same `Found` as scanning the same text again. */
export function restoreAnchors(kept: KeptAnchors, scanner: AnchorScanner): Found {
  const gen = ++scanner.generation;
  const { ids, ends, groups } = kept;
  const first = scanner.firstMarked;
  first.length = 0;
  const marks = scanner.marks;
  for (let k = 0; k < ids.length; k++) {
    marks[ids[k]!] = gen;
    scanner.firstEnd[ids[k]!] = ends[k]!;
    first.push(ids[k]!);
  }
  const gm = scanner.groupMarks;
  for (let k = 0; k < groups.length; k++) gm[groups[k]!] = gen;
  return { gen, hits: kept.hits, scanner };
}

/**
 * Where the earliest occurrence of any of the anchor `ids` starts in the scanned text (ASCII case ignored, word
 * boundaries as registered), or -1 when none occurs.
 */
export function firstAnchorStart(found: Found, ids: readonly number[]): number {
  if (stale(found)) throw new Error("scanAnchors result used after a later scan");
  const sc = found.scanner;
  let best = -1;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    if (sc.marks[id] !== found.gen) continue;
    const at = sc.firstEnd[id]! - words[id]!.length + 1;
    if (best < 0 || at < best) best = at;
  }
  return best;
}

/** True when any of the anchor `ids` occurs (an empty list always matches). */
export function anyOf(found: Found, ids: readonly number[] | undefined): boolean {
  if (stale(found)) throw new Error("scanAnchors result used after a later scan");
  const sc = found.scanner;
  if (!ids || ids.length === 0) {
    sc.work.ruleRuns++;
    return true;
  }
  const g = (ids as AnchorList).group;
  if (g !== undefined) {
    if (sc.groupMarks[g] !== found.gen) return false;
    sc.work.ruleRuns++;
    return true;
  }
  for (const id of ids)
    if (sc.marks[id] === found.gen) {
      sc.work.ruleRuns++;
      return true;
    }
  return false;
}
