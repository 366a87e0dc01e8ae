/** @module Prices with their basis: material, currency (sourced exchange rates), VAT, China domestic against outside China, date. */
import { chinaVatOn, convertCurrency, priceBasisOf, vatTreatment } from "../domain/price-basis.ts";
import type { Claim } from "../extract/schema.ts";
import { valueIndex } from "./attribution.ts";
import { claimInterval, fmt, spanOf } from "./compare.ts";
import type { CheckContext } from "./context.ts";
import type { KbExchangeRate, KbFigure, KnowledgeBase, SourceRef } from "./knowledge-base.ts";

/** Same basis, same day or the KB date inside the claim's period: assessors differ by a few percent. */
const SAME_DAY_TOLERANCE = 0.05;
/** Same basis within a week: prices move. */
const SAME_WEEK_TOLERANCE = 0.1;
/** Extra tolerance when a currency was converted with an average rate (a month's or a year's average). */
const FX_TOLERANCE = { month: 0.02, year: 0.05 } as const;
/** China domestic against outside China (FOB, CIF, Europe): only the order of magnitude is comparable. */
const CROSS_BASIS_BAND: [number, number] = [0.5, 2];
/** Off by more than this factor across bases: a unit or scale error (per kg read as per tonne), not a spread. */
const SCALE_ERROR = 3;

/** Price materials as the knowledge base names them, with the spellings news uses (most specific first). */
const MATERIALS: [string, RegExp][] = [
  [
    "NdPr oxide",
    /(?:Pr-?Nd|Nd-?Pr|PrNd|NdPr|praseodymium[- /]neodymium|neodymium[- /]praseodymium|didymium) oxide/i,
  ],
  ["NdPr metal", /(?:Pr-?Nd|Nd-?Pr|PrNd|NdPr|praseodymium[- /]neodymium|neodymium[- /]praseodymium) metal/i],
  ["Dy-Fe alloy", /dysprosium[- ]iron|Dy-?Fe/i],
  ["Dy oxide", /dysprosium oxide|\bDy oxide/i],
  ["Tb oxide", /terbium oxide|\bTb oxide/i],
  ["Tb metal", /terbium metal/i],
  ["Nd oxide", /(?<!praseodymium[- /])neodymium oxide|(?<![-/])\bNd oxide/i],
  ["Nd metal", /(?<!praseodymium[- /])neodymium metal|(?<![-/])\bNd metal/i],
  ["Pr oxide", /(?<!neodymium[- /])praseodymium oxide|(?<![-/])\bPr oxide/i],
  ["La oxide", /lanthanum oxide|\bLa oxide/i],
  ["Ce oxide", /cerium oxide|\bCe oxide/i],
  ["NdPr oxide", /\bNdPr\b|\bPrNd\b|neodymium[- ]praseodymium/i],
];

/** The material whose price the number is: the nearest material named before it in the sentence (else the claim's). */
export function priceMaterial(c: Claim): string | null {
  const at = valueIndex(c);
  const before = at >= 0 ? c.quote.slice(0, at) : c.quote;
  let best: { name: string; index: number } | null = null;
  for (const [name, re] of MATERIALS) {
    const g = new RegExp(re.source, "gi");
    for (let m = g.exec(before); m; m = g.exec(before))
      if (!best || m.index > best.index || (m.index === best.index && name.length > best.name.length))
        best = { name, index: m.index };
  }
  if (best) return best.name;
  for (const [name, re] of MATERIALS) if (re.test(c.material ?? "")) return name;
  return null;
}

const basisOf = priceBasisOf;
const vatOf = vatTreatment;

/** China's VAT rate on a day (sourced tax-rates table), or null. */
function vatRate(kb: KnowledgeBase, day: string): { pct: number; source: SourceRef } | null {
  const t = chinaVatOn(kb.taxRates, day);
  return t ? { pct: t.ratePct, source: t.source } : null;
}

/** `amount` of `from` in `to`, with the sourced rate used: the monthly average of the month, else the annual average. */
export function convert(
  kb: KnowledgeBase,
  amount: number,
  from: string,
  to: string,
  day: string,
): { value: number; rate: KbExchangeRate; precision: "month" | "year"; text: string } | null {
  const c = convertCurrency(kb.exchangeRates, amount, from, to, day);
  if (!c) return null;
  const r = c.rate;
  const text = c.direct
    ? `${fmt(r.rate, 4)} ${to} per ${from} (${r.period} average)`
    : `${fmt(r.rate, 4)} ${from} per ${to} (${r.period} average)`;
  return { value: c.value, rate: r, precision: c.precision, text };
}

interface Price {
  low: number;
  high: number;
  currency: string;
  perKg: boolean;
}

function priceOf(unit: string | null, low: number, high: number): Price | null {
  const m = /^([A-Z]{3})\/(kg|t)$/.exec(unit ?? "");
  if (!m) return null;
  const f = m[2] === "t" ? 0.001 : 1;
  return { low: low * f, high: high * f, currency: m[1]!, perKg: true };
}

const days = (a: string, b: string) =>
  Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;

/** How close the KB observation is to the claim's date: same (inside the claim's period), within a week, or farther. */
function dateFit(claimPeriod: string, kbPeriod: string): "same" | "week" | "far" {
  const c = spanOf(claimPeriod);
  const k = spanOf(kbPeriod);
  if (!c || !k) return "far";
  if (k.start >= c.start && k.end <= c.end) return "same";
  if (c.start >= k.start && c.end <= k.end && kbPeriod.length <= 4 && claimPeriod.length > 4) return "far";
  const gap = k.end < c.start ? days(k.end, c.start) : c.end < k.start ? days(c.end, k.start) : 0;
  if (gap === 0 && c.end === c.start) return "same";
  return gap <= 7 ? "week" : "far";
}

/** A KB price converted to the claim's currency and VAT treatment, per kg, with the steps taken. */
function toClaimBasis(
  kb: KnowledgeBase,
  f: KbFigure,
  claim: { currency: string; vatIncl: boolean; day: string },
): {
  low: number;
  high: number;
  steps: string[];
  sources: SourceRef[];
  fx: "none" | "month" | "year";
} | null {
  const p = priceOf(f.unit, f.low ?? f.value ?? Number.NaN, f.high ?? f.value ?? Number.NaN);
  if (!p || !Number.isFinite(p.low) || !Number.isFinite(p.high)) return null;
  const text = `${f.location} ${f.note}`;
  const basis = basisOf(text, p.currency);
  const vat = vatOf(text, p.currency, basis);
  let { low, high } = p;
  const steps: string[] = [];
  const sources: SourceRef[] = [];
  let fx: "none" | "month" | "year" = "none";
  if (p.currency !== claim.currency) {
    const lo = convert(kb, low, p.currency, claim.currency, claim.day);
    const hi = convert(kb, high, p.currency, claim.currency, claim.day);
    if (!lo || !hi) return null;
    low = lo.value;
    high = hi.value;
    fx = lo.precision;
    steps.push(`converted at ${lo.text} [${lo.rate.source.id}]`);
    sources.push(lo.rate.source);
  }
  if (vat.incl !== claim.vatIncl && basis === "domestic") {
    const v = vatRate(kb, claim.day);
    if (!v) return null;
    const k = 1 + v.pct / 100;
    low = claim.vatIncl ? low * k : low / k;
    high = claim.vatIncl ? high * k : high / k;
    steps.push(
      `${claim.vatIncl ? "with" : "without"} ${v.pct}% VAT${vat.stated ? "" : " (the KB price is taken to include VAT, China's convention for yuan spot prices)"}`,
    );
    sources.push(v.source);
  }
  return { low, high, steps, sources, fx };
}

/** A price claim against KB price observations of the same material: same basis tightly, across bases loosely. */
function checkPrice(ctx: CheckContext, c: Claim) {
  const iv = claimInterval(c);
  const price = iv ? priceOf(c.unit, iv[0], iv[1]) : null;
  const material = priceMaterial(c);
  if (!price || !material || !Number.isFinite(price.low) || !Number.isFinite(price.high)) return;
  const period = c.period ?? ctx.article.date;
  if (!period) return;
  const day = spanOf(period)?.start;
  if (!day) return;
  const basis = basisOf(c.quote, price.currency);
  const vat = vatOf(c.quote, price.currency, basis);
  ctx.lookedFor(c.id, `${material} prices around ${period} in the knowledge base`);
  const candidates = ctx.kb.figures.filter(
    (f) =>
      (f.metric === "price" || f.metric === "oxide_price_annual") && f.material === material && !f.isForecast,
  );
  const compared: {
    f: KbFigure;
    fit: ReturnType<typeof dateFit>;
    cross: boolean;
    conv: NonNullable<ReturnType<typeof toClaimBasis>>;
  }[] = [];
  for (const f of candidates) {
    const fit = dateFit(period, f.period);
    const fBasis = basisOf(`${f.location} ${f.note}`, /^([A-Z]{3})/.exec(f.unit)?.[1] ?? "");
    const cross = fBasis !== basis;
    if (!cross && fit === "far") continue;
    if (cross && !(fit === "same" || (f.period.length === 4 && f.period === day.slice(0, 4)))) continue;
    const conv = toClaimBasis(ctx.kb, f, { currency: price.currency, vatIncl: vat.incl, day });
    if (conv) compared.push({ f, fit, cross, conv });
  }
  if (!compared.length) return;
  const same = compared.filter((x) => !x.cross);
  const unit = `${price.currency}/kg`;
  const show = (x: (typeof compared)[number]) =>
    `${fmt(x.conv.low)}${x.conv.high !== x.conv.low ? `–${fmt(x.conv.high)}` : ""} ${unit} (${x.f.location}, ${x.f.period}, ${x.f.source.publisher}${x.conv.steps.length ? `; ${x.conv.steps.join(", ")}` : ""}) [${x.f.id}]`;
  const claimText = `${fmt(price.low)}${price.high !== price.low ? `–${fmt(price.high)}` : ""} ${unit}${vat.incl ? " incl. VAT" : " ex VAT"}${vat.stated ? "" : " (as is usual for its basis)"}`;
  if (same.length) {
    const tolOf = (x: (typeof same)[number]) =>
      (x.fit === "same" ? SAME_DAY_TOLERANCE : SAME_WEEK_TOLERANCE) +
      (x.conv.fx === "none" ? 0 : FX_TOLERANCE[x.conv.fx]) +
      (c.approx ? 0.03 : 0);
    const agree = same.filter(
      (x) => price.low <= x.conv.high * (1 + tolOf(x)) && price.high >= x.conv.low * (1 - tolOf(x)),
    );
    const best = agree[0] ?? same[0]!;
    const tol = tolOf(best);
    ctx.add(c.id, {
      kind: "price",
      outcome: agree.length ? "consistent" : "inconsistent",
      confidence: best.fit === "same" ? 0.75 : 0.6,
      message: `${material} ${claimText} on the ${basis === "domestic" ? "China domestic" : basis === "listed" ? "listed-price" : "outside-China"} basis ${agree.length ? "agrees with" : "differs from"} ${(agree.length ? agree : same).slice(0, 3).map(show).join("; ")} (tolerance ±${fmt(tol * 100)}%${best.fit === "week" ? " for a price up to 7 days apart" : ""})`,
      expected: { value: null, low: best.conv.low, high: best.conv.high, unit, period: best.f.period },
      found: { value: null, low: price.low, high: price.high, unit, period },
      sources: [best.f.source, ...best.conv.sources],
    });
    return;
  }
  // Across bases, a domestic price is compared without VAT (exports carry none).
  const x = compared[0]!;
  const exVat = vat.incl && basis === "domestic" ? vatRate(ctx.kb, day) : null;
  const k = exVat ? 1 + exVat.pct / 100 : 1;
  const mid = (price.low + price.high) / 2 / k;
  const ref = (x.conv.low + x.conv.high) / 2;
  const ratio = mid / ref;
  const inside = ratio >= CROSS_BASIS_BAND[0] && ratio <= CROSS_BASIS_BAND[1];
  const scaleError = ratio > SCALE_ERROR || ratio < 1 / SCALE_ERROR;
  ctx.add(c.id, {
    kind: "price",
    outcome: inside ? "consistent" : scaleError ? "inconsistent" : "unverifiable",
    confidence: inside ? 0.35 : 0.5,
    message: `${material} ${claimText}${exVat ? ` (${fmt(price.low / k)}${price.high !== price.low ? `–${fmt(price.high / k)}` : ""} without ${exVat.pct}% VAT)` : ""} on the ${basis === "domestic" ? "China domestic" : basis} basis is ${fmt(ratio)}× ${show(x)}; prices in and outside China differ, so only the order of magnitude is checked (accepted ${CROSS_BASIS_BAND[0]}–${CROSS_BASIS_BAND[1]}×${scaleError ? `; off by more than ${SCALE_ERROR}×, a unit or scale error` : inside ? "" : "; outside that band but not a scale error, so no verdict"})`,
    expected: { value: null, low: x.conv.low, high: x.conv.high, unit, period: x.f.period },
    found: { value: null, low: price.low, high: price.high, unit, period },
    sources: [x.f.source, ...x.conv.sources, ...(exVat ? [exVat.source] : [])],
  });
}

/** A conversion the article states ("RMB 400,000/t ($55,000)"): the rate it implies against the sourced rate. */
function checkConversion(ctx: CheckContext, c: Claim) {
  const v = c.value ?? c.value_min;
  const conv = c.conversions.find((x) => (x.value ?? x.value_min) !== null && (x.currency ?? x.unit));
  const from = c.currency;
  const to = conv?.currency ?? /^([A-Z]{3})/.exec(conv?.unit ?? "")?.[1];
  const day = spanOf(c.period ?? ctx.article.date ?? "")?.start;
  if (!conv || !v || !from || !to || from === to || !day) return;
  const stated = (conv.value ?? conv.value_min)! / v;
  const sourced = convert(ctx.kb, 1, from, to, day);
  ctx.lookedFor(c.id, `a sourced ${from}/${to} rate for ${day.slice(0, 7)} to check the stated conversion`);
  if (!sourced) return;
  const tol = FX_TOLERANCE[sourced.precision] + 0.01;
  const ok = Math.abs(stated / sourced.value - 1) <= tol;
  ctx.add(c.id, {
    kind: "price",
    outcome: ok ? "consistent" : "unverifiable",
    confidence: 0.6,
    message: `the article converts at ${fmt(stated, 4)} ${to} per ${from}; the sourced rate is ${sourced.text} [${sourced.rate.source.id}] (tolerance ±${fmt(tol * 100)}%)${ok ? "" : "; a conversion at another day's rate is not an error in the figure, so no verdict"}`,
    expected: {
      value: Math.round(sourced.value * 10000) / 10000,
      unit: `${to}/${from}`,
      period: sourced.rate.period,
    },
    found: { value: Math.round(stated * 10000) / 10000, unit: `${to}/${from}`, period: c.period },
    sources: [sourced.rate.source],
  });
}

/** Prices against KB observations and stated currency conversions against sourced rates. */
export function checkPrices(ctx: CheckContext) {
  for (const c of ctx.claims) {
    if (c.metric_family !== "price" && !/price/i.test(c.metric)) continue;
    checkPrice(ctx, c);
    checkConversion(ctx, c);
  }
}
