/** @module Preference: the written order in which reported values of one quantity are chosen (docs/reconciliation.md). */
import { publishedKey, type SourceTier, tierRank } from "./source.ts";

/** What the preference rules look at in a figure (a Figure with its source's tier and publication date). */
export interface Candidate {
  id: string;
  value: number | null;
  qualifier: string | null;
  approx: boolean;
  excludeReason: string;
  vintage: string;
  isLatest: boolean;
  isDerived: boolean;
  tier: SourceTier;
  /** The source's `published` text (any precision); compared through publishedKey(). */
  published: string;
}

/** True for our own arithmetic: a derived row, or a row citing our own derivation. */
export const isDerivedCandidate = (c: Candidate): boolean => c.isDerived || c.tier === "own";

/** A superseded edition: a vintaged row that is not the newest edition of its series. */
const isOlderEdition = (c: Candidate): boolean => c.vintage !== "" && !c.isLatest;

const isBound = (c: Candidate): boolean => c.value === null || c.qualifier !== null;

interface Rule {
  /** Negative when `a` is better than `b` under this rule alone. */
  compare(a: Candidate, b: Candidate): number;
  /** Why `loser` ranks below `winner` under this rule, in words for people. */
  why(loser: Candidate, winner: Candidate): string;
}

const flag = (f: (c: Candidate) => boolean) => (a: Candidate, b: Candidate) => Number(f(a)) - Number(f(b));

/** The rules, in order; the first that tells two candidates apart decides. */
export const PREFERENCE_RULES: readonly Rule[] = [
  {
    compare: flag((c) => c.excludeReason !== ""),
    why: (l) => `excluded: ${l.excludeReason}`,
  },
  {
    compare: flag(isOlderEdition),
    why: (l, w) => `older edition (${l.vintage}) than ${w.vintage || "the preferred row"}`,
  },
  {
    compare: flag(isDerivedCandidate),
    why: () => "derived by us while a reported value exists",
  },
  {
    compare: flag(isBound),
    why: () => "a bound or range while a point value exists",
  },
  {
    compare: flag((c) => c.approx),
    why: () => "the source hedges (about, around) while another gives an exact value",
  },
  {
    compare: (a, b) => tierRank(a.tier) - tierRank(b.tier),
    why: (l, w) => `lower source tier (${l.tier} below ${w.tier})`,
  },
  {
    compare: (a, b) => -publishedKey(a.published).localeCompare(publishedKey(b.published)),
    why: (l, w) =>
      `published earlier (${publishedKey(l.published) || "undated"} before ${publishedKey(w.published)})`,
  },
  {
    compare: (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    why: () => "equal on every rule; the row with the smaller id is taken (stable tie-break)",
  },
];

/** Orders candidates best first (negative when `a` is preferred to `b`). */
export function comparePreference(a: Candidate, b: Candidate): number {
  for (const r of PREFERENCE_RULES) {
    const d = r.compare(a, b);
    if (d !== 0) return d;
  }
  return 0;
}

/** Why `loser` was not preferred to `winner` (the first rule that separates them). */
export function whyNotPreferred(loser: Candidate, winner: Candidate): string {
  for (const r of PREFERENCE_RULES) if (r.compare(loser, winner) > 0) return r.why(loser, winner);
  return "same row";
}

/** The best candidate that may be preferred (never an excluded one), or undefined when none may. */
export function pickPreferred<C extends Candidate>(candidates: readonly C[]): C | undefined {
  let best: C | undefined;
  for (const c of candidates) {
    if (c.excludeReason !== "") continue;
    if (!best || comparePreference(c, best) < 0) best = c;
  }
  return best;
}
