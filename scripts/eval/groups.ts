/**
 * @module Scores of article groups (whole set, folds, new articles) from one run of the corpus scorer.
 *
 * Counts are micro-averaged over the articles of a group, as `score.mjs` does for its totals (core view: gold claims
 * with `salience: "core"` outside teasers). Attribute accuracies are counted on the matched core claim pairs:
 * entity, period and unit as `score.mjs` judges them; counterparty (which `score.mjs` does not score) right when
 * both are null or equal after lower-casing and dropping everything but letters and digits, as for entities;
 * change right when both its kind and its value are.
 */

export const ATTRIBUTES = ["entity", "counterparty", "period", "unit", "change"] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

interface Counts {
  gold: number;
  tp: number;
  fp: number;
  fn: number;
}

/** What one article contributes to a group. */
export interface ArticleScore {
  id: string;
  claims: Counts & { strictTp: number };
  events: Counts;
  /** Right and matched counts per attribute, on matched core claims. */
  attrs: Record<Attribute, { right: number; of: number }>;
}

/** The parts of `score.mjs --json --verbose` output that are read here. */
export interface ScorerResult {
  per_article: Record<
    string,
    {
      claims: { core: Counts & { strict_tp: number } };
      events: { core: Counts };
    }
  >;
  details?: Record<
    string,
    { claims: { matches: { gold: string | number; pred: number; view: string; wrong: string[] }[] } }
  >;
}

type Item = Record<string, unknown> & { id?: string; counterparty?: unknown };

const norm = (v: unknown): string =>
  typeof v === "string" ? v.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "") : "";

/** Counterparty right: both empty, or equal after normalisation. */
export const counterpartyAgrees = (gold: unknown, pred: unknown): boolean => norm(gold) === norm(pred);

/** One article's contribution, from the scorer's result and the gold and predicted claims of that article. */
export function articleScore(id: string, result: ScorerResult, gold: Item[], pred: Item[]): ArticleScore {
  const a = result.per_article[id];
  if (!a) throw new Error(`scorer result has no article ${id}`);
  const c = a.claims.core;
  const e = a.events.core;
  const attrs = Object.fromEntries(ATTRIBUTES.map((k) => [k, { right: 0, of: 0 }])) as ArticleScore["attrs"];
  const matches = result.details?.[id]?.claims.matches ?? [];
  for (const m of matches) {
    if (m.view !== "core") continue;
    const g = gold.find((x, i) => (x.id ?? i) === m.gold);
    const p = pred[m.pred];
    const wrong = new Set(m.wrong);
    const ok: Record<Attribute, boolean> = {
      entity: !wrong.has("entity"),
      counterparty: counterpartyAgrees(g?.counterparty, p?.counterparty),
      period: !wrong.has("period"),
      unit: !wrong.has("unit"),
      change: !wrong.has("change.kind") && !wrong.has("change.value"),
    };
    for (const k of ATTRIBUTES) {
      attrs[k].of++;
      if (ok[k]) attrs[k].right++;
    }
  }
  return {
    id,
    claims: { gold: c.gold, tp: c.tp, fp: c.fp, fn: c.fn, strictTp: c.strict_tp },
    events: { gold: e.gold, tp: e.tp, fp: e.fp, fn: e.fn },
    attrs,
  };
}

/** Scores of a group of articles. */
export interface GroupScore {
  name: string;
  articles: number;
  claims: Counts & { strictTp: number; p: number; r: number; f1: number; strictF1: number };
  events: Counts & { f1: number };
  /** Accuracy per attribute (null when no claim matched). */
  attrs: Record<Attribute, number | null>;
}

const f1 = (tp: number, fp: number, fn: number): number =>
  tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** Micro-averaged scores over `scores` (the counts are summed first). */
export function groupScore(name: string, scores: readonly ArticleScore[]): GroupScore {
  const c = { gold: 0, tp: 0, fp: 0, fn: 0, strictTp: 0 };
  const e = { gold: 0, tp: 0, fp: 0, fn: 0 };
  const at = Object.fromEntries(ATTRIBUTES.map((k) => [k, { right: 0, of: 0 }])) as ArticleScore["attrs"];
  for (const s of scores) {
    for (const k of ["gold", "tp", "fp", "fn", "strictTp"] as const) c[k] += s.claims[k];
    for (const k of ["gold", "tp", "fp", "fn"] as const) e[k] += s.events[k];
    for (const k of ATTRIBUTES) {
      at[k].right += s.attrs[k].right;
      at[k].of += s.attrs[k].of;
    }
  }
  const pred = c.tp + c.fp;
  return {
    name,
    articles: scores.length,
    claims: {
      ...c,
      p: ratio(c.tp, pred),
      r: ratio(c.tp, c.gold),
      f1: f1(c.tp, c.fp, c.fn),
      // As score.mjs: strict P = strict TP / pred, strict R = strict TP / gold.
      strictF1: f1(c.strictTp, pred - c.strictTp, c.gold - c.strictTp),
    },
    events: { ...e, f1: f1(e.tp, e.fp, e.fn) },
    attrs: Object.fromEntries(
      ATTRIBUTES.map((k) => [k, at[k].of === 0 ? null : at[k].right / at[k].of]),
    ) as GroupScore["attrs"],
  };
}

const fmt = (x: number | null): string => (x === null ? "    -" : x.toFixed(3));

/** A fixed-width table of group scores, one row per group. */
export function formatGroups(groups: readonly GroupScore[]): string {
  const head = [
    "group".padEnd(22),
    "arts",
    "  core F1 (P / R)      ",
    "strict",
    "events",
    ...ATTRIBUTES.map((a) => a.slice(0, 6).padStart(6)),
  ].join(" ");
  const rows = groups.map((g) =>
    [
      g.name.padEnd(22).slice(0, 22),
      String(g.articles).padStart(4),
      `  ${fmt(g.claims.f1)} (${fmt(g.claims.p)} / ${fmt(g.claims.r)})`,
      ` ${fmt(g.claims.strictF1)}`,
      ` ${fmt(g.events.f1)}`,
      ...ATTRIBUTES.map((a) => ` ${fmt(g.attrs[a])}`),
    ].join(" "),
  );
  return [head, ...rows].join("\n");
}
