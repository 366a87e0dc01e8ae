/** @module Change checks inside an article: stated m/m, y/y, q/q and CAGR against the levels the article (or the KB) gives. */
import type { Change, Claim } from "../extract/schema.ts";
import {
  basePeriod,
  cagrRoundingPp,
  claimRef,
  fmt,
  qty,
  roundingSlack,
  samePeriod,
  seriesKey,
} from "./compare.ts";
import { type CheckContext, level } from "./context.ts";
import { bestOf, kbMapping, matchingFigures } from "./kb-match.ts";
import type { SourceRef } from "./knowledge-base.ts";
import { sameSentence } from "./relation.ts";

const KIND_LABEL: Record<string, string> = { mom: "m/m", yoy: "y/y", qoq: "q/q", hoh: "h/h" };

/** Absolute tolerance (percentage points) for a change computed from two rounded levels. */
const CHANGE_TOLERANCE_PP = 0.2;
/** Absolute tolerance (percentage points) for a CAGR computed from two endpoints. */
const CAGR_TOLERANCE_PP = 0.3;

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

/** Half a unit of the last digit of a stated percentage: a whole "21%" stands for 20.5–21.5%. */
function statedRounding(v: number): number {
  const decimals = (String(v).split(".")[1] ?? "").length;
  return 0.5 * 10 ** -decimals;
}

const round = (v: number, d = 2) => Math.round(v * 10 ** d) / 10 ** d;

/** Recomputes each stated m/m, y/y, q/q and h/h percentage change from the two levels it relates. */
export function checkChanges(ctx: CheckContext) {
  for (const c of ctx.claims)
    for (const ch of [c.change, ...c.additional_changes]) checkOneChange(ctx, c, ch);
}

const yearRange = (p: string | null | undefined): [number, number] | null => {
  const m = /^(\d{4})(?:\s*(?:\.\.|-|–|to)\s*(\d{4}))?$/.exec(p ?? "");
  return m ? [Number(m[1]), Number(m[2] ?? m[1])] : null;
};

/** Recomputes a stated CAGR from the article's values at the start and end years. */
export function checkCagr(ctx: CheckContext) {
  for (const c of ctx.claims) {
    const ch = c.change;
    if (ch.kind !== "cagr" || ch.value === null) continue;
    const sameSeries = (o: Claim) =>
      o.metric === c.metric &&
      (o.entity ?? "") === (c.entity ?? "") &&
      o.unit === c.unit &&
      o.currency === c.currency;
    const points = new Map<number, Claim>();
    for (const o of ctx.claims) {
      const y = yearRange(o.period);
      const v = level(o);
      if (!y || y[0] !== y[1] || v === null || !sameSeries(o) || points.has(y[0])) continue;
      points.set(y[0], o);
    }
    const span = yearRange(ch.period);
    const years = [...points.keys()].sort((a, b) => a - b);
    const y0 = span ? span[0] : years[0];
    const y1 = span && span[1] !== span[0] ? span[1] : years[years.length - 1];
    ctx.lookedFor(
      c.id,
      `values of ${c.metric} at the start and end years of the CAGR${span ? ` (${ch.period})` : ""}`,
    );
    if (y0 === undefined || y1 === undefined || y1 <= y0) continue;
    const a = points.get(y0);
    const b = points.get(y1);
    if (!a || !b || !level(a) || level(b) === null) continue;
    const rate = (n: number) => ((level(b)! / level(a)!) ** (1 / n) - 1) * 100;
    const n = y1 - y0;
    const tolOf = (m: number) =>
      CAGR_TOLERANCE_PP +
      statedRounding(ch.value!) +
      (ch.approx ? 0.5 : 0) +
      cagrRoundingPp(level(b)! / level(a)!, roundingSlack(a), roundingSlack(b), m);
    const tol = tolOf(n);
    const implied = rate(n);
    let ok = Math.abs(implied - ch.value) <= tol;
    let note = "";
    if (!ok && !span) {
      // Reports often count the forecast period from the year after the base year.
      for (const m of [n - 1, n + 1])
        if (m > 0 && Math.abs(rate(m) - ch.value) <= tolOf(m)) {
          ok = true;
          note = `; it matches over ${m} years (${fmt(rate(m))}%), a common base-year convention`;
        }
    }
    // Endpoints from other sentences may be another series that shares the metric: they can confirm, not accuse.
    const related = sameSentence(c, a) && sameSentence(c, b);
    ctx.add(c.id, {
      kind: "cagr",
      outcome: ok ? "consistent" : related ? "inconsistent" : "unverifiable",
      message: `stated CAGR ${fmt(ch.value)}%; ${qty(level(a), a.unit ?? a.currency)} (${y0}, claim ${a.id}) to ${qty(level(b), b.unit ?? b.currency)} (${y1}, claim ${b.id}) over ${n} years gives ${fmt(implied)}% (tolerance ±${fmt(tol)} pp)${note}${!ok && !related ? "; the values stand in other sentences and may be another series, so no verdict" : ""}`,
      expected: { value: round(implied), unit: "%", period: `${y0}..${y1}` },
      found: { value: ch.value, unit: "%", period: ch.period ?? `${y0}..${y1}` },
      sources: [claimRef(a, ctx.article), claimRef(b, ctx.article)],
    });
  }
}

const CAGR_WORDS =
  /CAGR|compound|annuali[sz]ed|average annual|a year on average|per (?:year|annum)|复合|年均/i;
const YEARS = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;

/** Where a percentage `v` is written in `text` ("63.18%", "63.18 percent"), or -1. */
function percentAt(text: string, v: number): number {
  const re = new RegExp(`(?<![\\d.])${String(Math.abs(v)).replace(".", "\\.")}\\s?(?:%|per ?cent)`, "i");
  return re.exec(text)?.index ?? -1;
}

/**
 * A cumulative growth and a CAGR stated on one figure in one sentence ("capacity will reach 200,000 t in 2025, up
 * 63.18% on 2022, a CAGR of 17.73%"): the CAGR the cumulative growth implies over the years between the sentence's
 * base year and the figure's year. The CAGR is the change its words call compound or annual.
 */
export function checkCumulativeVsCagr(ctx: CheckContext) {
  for (const c of ctx.claims) {
    const changes = [c.change, ...c.additional_changes].filter(
      (ch) => ch.value !== null && (!ch.unit || ch.unit === "%") && ch.qualifier === null,
    );
    const year = c.period && /^\d{4}$/.test(c.period) ? Number(c.period) : null;
    if (changes.length < 2 || year === null) continue;
    const at = changes.map((ch) => percentAt(c.quote, ch.value!));
    if (at.some((i) => i < 0)) continue;
    // The words between the number and the figure before it (at most 40 characters) say whether it is the CAGR.
    const lead = (i: number) => {
      const before = c.quote.slice(Math.max(0, i - 40), i);
      const lastDigit = before.search(/\d[^\d]*$/);
      return lastDigit < 0 ? before : before.slice(lastDigit + 1);
    };
    const isCagr = at.map((i) => CAGR_WORDS.test(lead(i)));
    const k = isCagr.indexOf(true);
    if (k < 0 || isCagr.filter(Boolean).length !== 1 || changes.length !== 2) continue;
    const cagr = changes[k]!;
    const total = changes[1 - k]!;
    const bases = [...new Set([...c.quote.matchAll(YEARS)].map((m) => Number(m[0])))].filter((y) => y < year);
    if (bases.length !== 1) continue;
    const n = year - bases[0]!;
    const implied = ((1 + total.value! / 100) ** (1 / n) - 1) * 100;
    const tol =
      CAGR_TOLERANCE_PP +
      statedRounding(cagr.value!) +
      statedRounding(total.value!) / (1 + total.value! / 100) / n +
      (cagr.approx || total.approx ? 0.5 : 0);
    const ok = Math.abs(implied - cagr.value!) <= tol;
    ctx.add(c.id, {
      kind: "cagr",
      outcome: ok ? "consistent" : "inconsistent",
      confidence: 0.75,
      dependsOn: [],
      message: `stated CAGR ${fmt(cagr.value)}%; the stated growth of ${fmt(total.value)}% from ${bases[0]} to ${year} is ${fmt(implied)}% a year over ${n} years (tolerance ±${fmt(tol)} pp)`,
      expected: { value: round(implied), unit: "%", period: `${bases[0]}..${year}` },
      found: { value: cagr.value, unit: "%", period: `${bases[0]}..${year}` },
      sources: [claimRef(c, ctx.article)],
    });
  }
}
