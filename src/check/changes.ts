/** @module Change checks inside an article: stated m/m, y/y, q/q and h/h changes against the levels the article (or the KB) gives. */
import type { Change, Claim } from "../extract/schema.ts";
import {
  basePeriod,
  claimRef,
  fmt,
  qty,
  round,
  roundingSlack,
  samePeriod,
  seriesKey,
  statedRounding,
} from "./compare.ts";
import { type CheckContext, level } from "./context.ts";
import { bestOf, kbMapping, matchingFigures } from "./kb-match.ts";
import type { SourceRef } from "./knowledge-base.ts";

const KIND_LABEL: Record<string, string> = { mom: "m/m", yoy: "y/y", qoq: "q/q", hoh: "h/h" };

/** Absolute tolerance (percentage points) for a change computed from two rounded levels. */
const CHANGE_TOLERANCE_PP = 0.2;

interface Level {
  value: number;
  slack: number;
  label: string;
  source: SourceRef;
}

function levelInArticle(ctx: CheckContext, like: Claim, period: string): Level | null {
  const key = seriesKey(like);
  for (const c of ctx.claims) {
    const v = level(c);
    if (v === null || !samePeriod(c.period, period) || seriesKey(c) !== key) continue;
    return {
      value: v,
      slack: roundingSlack(c),
      label: `${qty(v, c.unit)} (${c.period}, claim ${c.id})`,
      source: claimRef(c, ctx.article),
    };
  }
  return null;
}

function levelInKb(ctx: CheckContext, like: Claim, period: string): Level | null {
  const probe = { ...like, period };
  const mapping = kbMapping(probe);
  if (!mapping) return null;
  const hits = matchingFigures(ctx.kb, probe, mapping).filter(
    (m) => m.figure.value !== null && m.figure.isLatest,
  );
  const m = bestOf(hits);
  if (!m) return null;
  const v = m.figure.value! * m.factor;
  return {
    value: v,
    slack: m.figure.isDerived ? 0.01 : 0.0005,
    label: `${qty(v, like.unit)} (${period}, ${m.figure.source.publisher} [${m.figure.id}])`,
    source: m.figure.source,
  };
}

interface Recomputed {
  kind: string;
  base: string;
  implied: number;
  tol: number;
  ok: boolean;
  cur: Level;
  prev: Level;
}

/** The change of `kind` the levels imply (the claim's own level or the article's or KB's, and the base period's). */
function recompute(ctx: CheckContext, c: Claim, ch: Change, kind: string): Recomputed | null {
  if (!c.period || ch.value === null) return null;
  const base = basePeriod(c.period, kind);
  if (!base) return null;
  const ownLevel = level(c);
  const cur: Level | null =
    ownLevel !== null
      ? {
          value: ownLevel,
          slack: roundingSlack(c),
          label: `${qty(ownLevel, c.unit)} (${c.period}, this claim)`,
          source: claimRef(c, ctx.article),
        }
      : (levelInArticle(ctx, c, c.period) ?? levelInKb(ctx, c, c.period));
  if (!cur) return null;
  const prev = levelInArticle(ctx, c, base) ?? levelInKb(ctx, c, base);
  if (!prev || prev.value === 0) return null;
  const implied = (cur.value / prev.value - 1) * 100;
  const stated = ch.value;
  const tol =
    CHANGE_TOLERANCE_PP +
    statedRounding(stated) +
    (cur.slack + prev.slack) * (cur.value / prev.value) * 100 +
    (ch.approx ? 1 : 0);
  const ok =
    ch.qualifier === "gt" || ch.qualifier === "gte"
      ? implied >= stated - tol
      : ch.qualifier === "lt" || ch.qualifier === "lte"
        ? implied <= stated + tol
        : Math.abs(implied - stated) <= tol;
  return { kind, base, implied, tol, ok, cur, prev };
}

const signed = (v: number) => `${v > 0 ? "+" : ""}${fmt(v)}%`;

function checkOneChange(ctx: CheckContext, c: Claim, ch: Change) {
  if (ch.value === null || (ch.unit && ch.unit !== "%") || !c.period) return;
  if (!ch.kind) return checkUnstatedBasis(ctx, c, ch);
  if (!(ch.kind in KIND_LABEL)) return;
  const label = KIND_LABEL[ch.kind]!;
  const base = basePeriod(c.period, ch.kind);
  if (!base) return;
  ctx.lookedFor(c.id, `levels for ${c.period} and ${base} to recompute the ${label} change`);
  const r = recompute(ctx, c, ch, ch.kind);
  if (!r) return;
  ctx.add(c.id, {
    kind: "change_vs_levels",
    outcome: r.ok ? "consistent" : "inconsistent",
    message: `stated ${label} change ${signed(ch.value)}; the levels ${r.cur.label} and ${r.prev.label} give ${signed(r.implied)} (tolerance ±${fmt(r.tol)} pp for the rounding of the levels and of the stated change)`,
    expected: { value: round(r.implied), unit: "%", period: `${r.base}..${c.period}` },
    found: { value: ch.value, unit: "%", period: c.period },
    sources: [r.cur.source, r.prev.source],
  });
}

/**
 * A change whose basis the article does not state ("jumped 21% in August"), read as y/y and as m/m (q/q for a
 * quarter): consistent when one reading agrees (the message names it), never an accusation, since the article may
 * compare with something else.
 */
function checkUnstatedBasis(ctx: CheckContext, c: Claim, ch: Change) {
  const kinds = /-Q\d$/.test(c.period ?? "")
    ? ["yoy", "qoq"]
    : /^\d{4}-\d{2}$/.test(c.period ?? "")
      ? ["yoy", "mom"]
      : ["yoy"];
  ctx.lookedFor(
    c.id,
    `levels to recompute the change as ${kinds.map((k) => KIND_LABEL[k]).join(" or ")} (no basis stated)`,
  );
  const results = kinds.map((k) => recompute(ctx, c, ch, k)).filter((r): r is Recomputed => r !== null);
  const r = results.find((x) => x.ok);
  if (!r) return;
  ctx.add(c.id, {
    kind: "change_vs_levels",
    outcome: "consistent",
    confidence: 0.5,
    message: `stated change ${signed(ch.value!)} (no basis stated; read as ${KIND_LABEL[r.kind]}); the levels ${r.cur.label} and ${r.prev.label} give ${signed(r.implied)} (tolerance ±${fmt(r.tol)} pp)`,
    expected: { value: round(r.implied), unit: "%", period: `${r.base}..${c.period}` },
    found: { value: ch.value, unit: "%", period: c.period },
    sources: [r.cur.source, r.prev.source],
  });
}

/** Recomputes each stated m/m, y/y, q/q and h/h percentage change from the two levels it relates. */
export function checkChanges(ctx: CheckContext) {
  for (const c of ctx.claims)
    for (const ch of [c.change, ...c.additional_changes]) checkOneChange(ctx, c, ch);
}
