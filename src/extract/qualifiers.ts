/** @module Bounds and hedges written before a figure (`more than`, `up to`, `about`), and comparison bases (`from`). */
import type { Claim } from "./schema.ts";

const GT =
  /(?:more than|over|exceed(?:ing|s|ed)?|above|surpass(?:ing|es|ed)?|greater than|in excess of|upwards of)\s*$/i;
const GTE = /(?:at least|a minimum(?: of)?|minimum(?: of)?|no less than|not less than)\s*$/i;
const LT = /(?:less than|under|below|fewer than)\s*$/i;
const LTE = /(?:up to|at most|no more than|a maximum of|maximum of)\s*$/i;
const APPROX =
  /(?:about|around|roughly|approximately|approx\.?|~|some|nearly|almost|close to|estimated at|接近|约|近)\s*$/i;

/**
 * All four bounds in one pattern: the leftmost phrase that ends the text wins, so `no more than` (lte) beats
 * `more than` (gt) and `not less than` (gte) beats `less than` (lt), as when the patterns ran one by one in the
 * order gte, lte, gt, lt.
 */
const BOUND = new RegExp(
  `(?:(${GTE.source.slice(0, -4)})|(${LTE.source.slice(0, -4)})|(${GT.source.slice(0, -4)})|(${LT.source.slice(0, -4)}))\\s*$`,
  "i",
);
const SPACE = /\s/;
export const isSpaceAt = (t: string, i: number): boolean => {
  const c = t.charCodeAt(i);
  return c === 32 || c === 10 || c === 9 || c === 13 || (c > 127 && SPACE.test(t[i]!));
};

/** True when the text's last non-space character can end a bound or hedge phrase (a letter, `.`, `~`, 约, 近). */
function boundEnd(t: string): boolean {
  let i = t.length - 1;
  while (i >= 0 && isSpaceAt(t, i)) i--;
  if (i < 0) return false;
  const c = t.charCodeAt(i) | 32;
  return (c >= 97 && c <= 122) || c === 46 || c === 126 || t[i] === "约" || t[i] === "近";
}

/**
 * Last characters (lower case) that a BOUND or APPROX phrase can end with: a text ending otherwise (`RMB `, `was `)
 * matches neither, and the regexes are not run.
 */
const BOUND_LAST = new Set("tmfnordgsew");
const APPROX_LAST = new Set("tdyx.~eo约近");

export interface Qualified {
  qualifier: Claim["qualifier"];
  approx: boolean;
  /** Length of the phrase at the end of the text (to cut before looking further back). */
  cut: number;
}
const NO_QUALIFIER: Qualified = Object.freeze({ qualifier: null, approx: false, cut: 0 });

/** The bound (`gt`, `gte`, `lt`, `lte`) and hedge that end `before`, the text just before a figure. */
export function qualify(before: string): Qualified {
  const t = before.length > 30 ? before.slice(-30) : before;
  if (!boundEnd(t)) return NO_QUALIFIER;
  let i = t.length - 1;
  while (i >= 0 && isSpaceAt(t, i)) i--;
  const last = t[i]!.toLowerCase();
  const maybeBound = BOUND_LAST.has(last);
  if (!maybeBound && !APPROX_LAST.has(last)) return NO_QUALIFIER;
  const b = maybeBound ? BOUND.exec(t) : null;
  if (b) {
    const q = b[1] !== undefined ? "gte" : b[2] !== undefined ? "lte" : b[3] !== undefined ? "gt" : "lt";
    const rest = t.slice(0, b.index);
    const a = APPROX.test(rest);
    return { qualifier: q, approx: a, cut: t.length - b.index };
  }
  const m = APPROX.exec(t);
  if (m) return { qualifier: null, approx: true, cut: t.length - m.index };
  return NO_QUALIFIER;
}

/** Words before a figure that make it a comparison base (`down from 5,774 tons`, `compared with RMB 2 billion`). */
export const BASE_BEFORE =
  /(?:\bfrom|\bcompared (?:to|with)|\bthan|\bversus|\bvs\.?|\bagainst)(?: (?:a|an|the|its|about|around|roughly|some|nearly))?(?: (?!to\b|reach|but\b|while\b|whereas\b|yet\b)[\w-]+){0,4} ?$/i;
