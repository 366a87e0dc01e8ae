/** @module Totals inside an article: destinations vs the world total, shares vs part/total, "N times" ratios, year-to-date sums. */
import type { Claim } from "../extract/schema.ts";
import {
  claimRef,
  entityKey,
  fmt,
  materialGroup,
  monthsOf,
  place,
  qty,
  roundingSlack,
  samePeriod,
  seriesKey,
} from "./compare.ts";
import { type CheckContext, level } from "./context.ts";
import { bestOf, kbMapping, matchingFigures } from "./kb-match.ts";
import type { SourceRef } from "./knowledge-base.ts";
import { sameSentence } from "./relation.ts";

/** Relative tolerance for sums of rounded customs figures. */
const SUM_TOLERANCE = 0.005;
/** Absolute tolerance (percentage points) for a share recomputed from two levels. */
const SHARE_TOLERANCE_PP = 0.6;
/** Relative tolerance for "N times" ratios (15% when hedged: "nearly", "about"). */
const RATIO_TOLERANCE = 0.1;

const BLOCS = new Set([
  "european union",
  "eu-27",
  "europe",
  "asia",
  "africa",
  "latin america",
  "north america",
  "southeast asia",
  "asean",
]);
const isTradeLevel = (c: Claim) =>
  /^(export|import) (volume|value)$/.test(c.metric) && level(c) !== null && !!c.period;
const isComposite = (name: string | null) => !!name && /\bvs\b|excl|except|other|rest of/i.test(name);

/** Destinations against the world total: a part above the total, or countries summing above it. */
export function checkPartsVsTotal(ctx: CheckContext) {
  const groups = new Map<string, Claim[]>();
  for (const c of ctx.claims.filter(isTradeLevel)) {
    if (isComposite(c.counterparty)) continue;
    const k = [
      c.metric,
      entityKey(c.entity),
      c.period,
      materialGroup(c.material, c.quote),
      c.unit,
      c.currency,
    ].join("|");
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  for (const claims of groups.values()) {
    const total = claims.find((c) => place(c.counterparty) === "world");
    if (!total) continue;
    const t = level(total)!;
    const parts = claims.filter((c) => place(c.counterparty) !== "world");
    const tol = (c: Claim) => SUM_TOLERANCE + roundingSlack(c) + roundingSlack(total);
    for (const p of parts) {
      if (level(p)! <= t * (1 + tol(p))) continue;
      ctx.add(p.id, {
        kind: "parts_vs_total",
        outcome: "inconsistent",
        message: `${p.counterparty} ${qty(level(p), p.unit)} exceeds the world total ${qty(t, total.unit)} stated for ${total.period} (claim ${total.id})`,
        expected: { value: null, low: 0, high: t, unit: total.unit, period: total.period },
        found: { value: level(p), unit: p.unit, period: p.period },
        sources: [claimRef(total, ctx.article)],
      });
    }
    const countries = parts.filter((p) => !BLOCS.has(place(p.counterparty)));
    if (countries.length < 2) continue;
    const sum = countries.reduce((s, p) => s + level(p)!, 0);
    const slack = SUM_TOLERANCE + Math.max(...countries.map(roundingSlack)) + roundingSlack(total);
    const ok = sum <= t * (1 + slack);
    const listed = countries.map((p) => `${p.counterparty} ${qty(level(p), p.unit)} (${p.id})`).join(" + ");
    ctx.add(total.id, {
      kind: "parts_vs_total",
      outcome: ok ? "consistent" : "inconsistent",
      message: `destinations ${listed} = ${qty(sum, total.unit)} ${ok ? "fit within" : "exceed"} the stated total ${qty(t, total.unit)} (tolerance +${fmt(slack * 100)}%)`,
      expected: { value: null, low: sum, high: null, unit: total.unit, period: total.period },
      found: { value: t, unit: total.unit, period: total.period },
      sources: countries.map((p) => claimRef(p, ctx.article)),
    });
  }
}

interface Amount {
  value: number;
  slack: number;
  label: string;
  source: SourceRef;
}

function tradeLevel(ctx: CheckContext, like: Claim, counterparty: string | null): Amount | null {
  const probe: Claim = {
    ...like,
    metric: "export volume",
    unit: "t",
    counterparty,
    qualifier: null,
    value: 0,
  };
  const key = seriesKey(probe).replace(/^[^|]*\|/, "");
  for (const c of ctx.claims) {
    if (!isTradeLevel(c) || c.metric !== "export volume" || !samePeriod(c.period, like.period)) continue;
    if (seriesKey(c).replace(/^[^|]*\|/, "") !== key) continue;
    return {
      value: level(c)!,
      slack: roundingSlack(c),
      label: `${qty(level(c), c.unit)} (claim ${c.id})`,
      source: claimRef(c, ctx.article),
    };
  }
  const mapping = kbMapping(probe);
  const hit = mapping
    ? bestOf(
        matchingFigures(ctx.kb, probe, mapping).filter((m) => m.figure.value !== null && !m.figure.isDerived),
      )
    : undefined;
  if (!hit) return null;
  return {
    value: hit.figure.value!,
    slack: 0.0005,
    label: `${qty(hit.figure.value, "t")} (${hit.figure.source.publisher} [${hit.figure.id}])`,
    source: hit.figure.source,
  };
}

/** A destination's stated share of exports against its level divided by the total (article first, then the KB). */
export function checkShares(ctx: CheckContext) {
  for (const c of ctx.claims) {
    if (
      c.unit !== "%" ||
      !/share/.test(c.metric) ||
      c.metric_family !== "trade" ||
      !c.counterparty ||
      !c.period
    )
      continue;
    if (level(c) === null || isComposite(c.counterparty)) continue;
    ctx.lookedFor(c.id, `export volumes to ${c.counterparty} and to the world for ${c.period}`);
    const part = tradeLevel(ctx, c, c.counterparty);
    const total = tradeLevel(ctx, c, null);
    if (!part || !total || total.value === 0) continue;
    const implied = (part.value / total.value) * 100;
    const tol = SHARE_TOLERANCE_PP + (c.approx ? 1 : 0) + (part.slack + total.slack) * implied;
    const ok = Math.abs(implied - level(c)!) <= tol;
    ctx.add(c.id, {
      kind: "share_vs_parts",
      outcome: ok ? "consistent" : "inconsistent",
      message: `stated share ${fmt(level(c))}%; ${c.counterparty} ${part.label} ÷ world ${total.label} = ${fmt(implied)}% (tolerance ±${fmt(tol)} pp)`,
      expected: { value: Math.round(implied * 100) / 100, unit: "%", period: c.period },
      found: { value: level(c), unit: "%", period: c.period },
      sources: [part.source, total.source],
    });
  }
}

/**
 * "N times" (unit `x`) against the ratio of two same-unit values stated nearby (within 300 characters). Agreement
 * with any such pair is consistent; an accusation needs the pair in the ratio's own sentence.
 */
export function checkRatios(ctx: CheckContext) {
  for (const c of ctx.claims) {
    if (c.unit !== "x" || c.value === null || c.value <= 0) continue;
    const near = ctx.claims.filter(
      (o) =>
        o !== c &&
        o.unit &&
        !["x", "%", "pp"].includes(o.unit) &&
        level(o) !== null &&
        level(o)! > 0 &&
        Math.abs(o.quote_start - c.quote_start) <= 300,
    );
    ctx.lookedFor(c.id, "two values in the same unit stated near the ratio");
    const pairs: [Claim, Claim][] = [];
    for (const a of near)
      for (const b of near)
        if (a !== b && a.unit === b.unit && a.currency === b.currency && level(a)! > level(b)!)
          pairs.push([a, b]);
    if (!pairs.length) continue;
    const tol = c.approx ? RATIO_TOLERANCE * 1.5 : RATIO_TOLERANCE;
    const fits = (r: number) =>
      c.qualifier === "gt" || c.qualifier === "gte"
        ? r >= c.value! * (1 - tol)
        : Math.abs(r / c.value! - 1) <= tol;
    const ratio = ([a, b]: [Claim, Claim]) => level(a)! / level(b)!;
    const match = pairs.find((p) => fits(ratio(p)));
    const show = ([a, b]: [Claim, Claim]) =>
      `${qty(level(a), a.unit)} (${a.id}) ÷ ${qty(level(b), b.unit)} (${b.id}) = ${fmt(ratio([a, b]))}×`;
    if (match) {
      ctx.add(c.id, {
        kind: "ratio",
        outcome: "consistent",
        message: `stated ${fmt(c.value)}×; ${show(match)} (tolerance ±${fmt(tol * 100)}%)`,
        expected: { value: Math.round(ratio(match) * 100) / 100, unit: "x" },
        found: { value: c.value, unit: "x" },
        sources: match.map((x) => claimRef(x, ctx.article)),
      });
    } else {
      // An accusation needs both values in the ratio's own sentence, and at most two ways to pair them.
      const own = pairs.filter(([a, b]) => sameSentence(c, a) && sameSentence(c, b));
      if (!own.length || own.length > 2) continue;
      const p = own[0]!;
      ctx.add(c.id, {
        kind: "ratio",
        outcome: "inconsistent",
        message: `stated ${fmt(c.value)}×, but the values of its sentence give ${own.map(show).join("; ")} (tolerance ±${fmt(tol * 100)}%)`,
        expected: { value: Math.round(ratio(p) * 100) / 100, unit: "x" },
        found: { value: c.value, unit: "x" },
        sources: p.map((x) => claimRef(x, ctx.article)),
      });
    }
  }
}

/** A year-to-date (month-range) total against the sum of its months (from the article, completed from the KB). */
export function checkYtdSums(ctx: CheckContext) {
  for (const c of ctx.claims) {
    const months = c.period ? monthsOf(c.period) : null;
    if (!months || months.length < 2 || level(c) === null || !isTradeLevel(c)) continue;
    ctx.lookedFor(c.id, `monthly values for ${months[0]} to ${months[months.length - 1]} to sum`);
    const parts: Amount[] = [];
    for (const m of months) {
      const inArticle = ctx.claims.find(
        (o) => o.period === m && level(o) !== null && seriesKey(o) === seriesKey(c),
      );
      if (inArticle) {
        parts.push({
          value: level(inArticle)!,
          slack: roundingSlack(inArticle),
          label: `${m} ${qty(level(inArticle), c.unit)} (${inArticle.id})`,
          source: claimRef(inArticle, ctx.article),
        });
        continue;
      }
      const probe = { ...c, period: m };
      const mapping = kbMapping(probe);
      const hits = mapping
        ? matchingFigures(ctx.kb, probe, mapping).filter((h) => h.figure.value !== null)
        : [];
      const hit = bestOf(hits);
      if (!hit) break;
      parts.push({
        value: hit.figure.value! * hit.factor,
        slack: hit.figure.isDerived ? 0.01 : 0.0005,
        label: `${m} ${qty(hit.figure.value, c.unit)} (${hit.figure.source.publisher} [${hit.figure.id}])`,
        source: hit.figure.source,
      });
    }
    if (parts.length !== months.length || !parts.some((p) => p.source.id.startsWith("article:"))) continue;
    const sum = parts.reduce((s, p) => s + p.value, 0);
    const tol = SUM_TOLERANCE + roundingSlack(c) + Math.max(...parts.map((p) => p.slack));
    const ok = Math.abs(sum - level(c)!) <= sum * tol;
    ctx.add(c.id, {
      kind: "ytd_sum",
      outcome: ok ? "consistent" : "inconsistent",
      message: `stated ${c.period} total ${qty(level(c), c.unit)}; the months sum to ${qty(sum, c.unit)} (${parts.map((p) => p.label).join(" + ")}; tolerance ±${fmt(tol * 100)}%)`,
      expected: { value: sum, unit: c.unit, period: c.period },
      found: { value: level(c), unit: c.unit, period: c.period },
      sources: parts.map((p) => p.source),
    });
  }
}
