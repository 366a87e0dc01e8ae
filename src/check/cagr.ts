/** @module CAGR checks inside an article: a stated CAGR against its endpoints, and against a cumulative growth stated with it. */
import type { Claim } from "../extract/schema.ts";
import { cagrRoundingPp, claimRef, fmt, qty, round, roundingSlack, statedRounding } from "./compare.ts";
import { type CheckContext, level } from "./context.ts";
import { sameSentence } from "./relation.ts";

/** Absolute tolerance (percentage points) for a CAGR computed from two endpoints. */
const CAGR_TOLERANCE_PP = 0.3;

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
