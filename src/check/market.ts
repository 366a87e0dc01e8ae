/** @module Market sizes, demand and growth rates against published market estimates, and a CAGR against the values its sentence gives. */
import type { Claim } from "../extract/schema.ts";
import { clauseOf } from "./attribution.ts";
import {
  cagrRoundingPp,
  claimInterval,
  claimRef,
  fmt,
  foundOf,
  overlaps,
  qty,
  roundingSlack,
  yearOf,
} from "./compare.ts";
import { type CheckContext, level } from "./context.ts";
import type { KbMarketEstimate } from "./knowledge-base.ts";

/** A figure quoted from an estimate is copied, rounded at most to three significant digits. */
const EXACT_TOLERANCE = 0.01;
/** A stated growth rate against the estimate's: whole or one-decimal percentages. */
const CAGR_TOLERANCE_PP = 0.2;
/** Published estimates count as a plausibility range only when they agree within this factor (max / min). */
const NARROW_RANGE = 2.5;
/** Off by more than this factor from every estimate of its scope and year: a scale error. */
const SCALE_ERROR = 4;

type Product = "ndfeb" | "re_magnets" | "pm" | "humanoid" | "oxide" | "nev";

/** What a market figure measures, from words in its clause or an estimate's metric and scope. */
function productOf(text: string): Product | null {
  if (/humanoid/i.test(text)) return "humanoid";
  if (/oxide|didymium|magnet rare earths/i.test(text)) return "oxide";
  if (/NEV|electric vehicle/i.test(text) && /magnet/i.test(text)) return "nev";
  if (/NdFeB|neodymium/i.test(text)) return "ndfeb";
  if (/rare[- ]earth (?:permanent )?magnet|RE (?:permanent )?magnet|high-performance/i.test(text))
    return "re_magnets";
  if (/permanent magnet/i.test(text)) return "pm";
  return null;
}

/** The product an estimate measures: from its metric, else from its scope. */
const estimateProduct = (e: KbMarketEstimate) => productOf(e.metric) ?? productOf(e.scopeBasis);

/** China or the world: what a market figure covers. */
const geographyOf = (text: string) => (/\bChina\b|Chinese|国内|我国/i.test(text) ? "china" : "global");
const estimateGeography = (e: KbMarketEstimate) =>
  /china/i.test(e.geography)
    ? "china"
    : /global|world/i.test(e.geography)
      ? "global"
      : e.geography.toLowerCase();

/** NdFeB is nearly all of rare-earth magnets: a figure for one is quoted for the other. */
const compatible = (a: Product, b: Product) =>
  a === b || (a === "ndfeb" && b === "re_magnets") || (a === "re_magnets" && b === "ndfeb");

const measureOf = (unit: string | null) =>
  unit && /^[A-Z]{3}$/.test(unit)
    ? "value"
    : unit === "t" || unit === "t/yr"
      ? "volume"
      : unit === "units"
        ? "units"
        : null;

/** The estimate's value in a year: its base or target, or between them along its own growth rate. */
function estimateAt(e: KbMarketEstimate, year: number): { value: number; how: string } | null {
  if (e.baseYear === year && e.baseValue !== null) return { value: e.baseValue, how: `${year} base` };
  if (e.targetYear === year && e.targetValue !== null) return { value: e.targetValue, how: `${year} target` };
  if (
    e.baseYear !== null &&
    e.targetYear !== null &&
    e.baseValue &&
    e.targetValue &&
    year > e.baseYear &&
    year < e.targetYear
  ) {
    const g = (e.targetValue / e.baseValue) ** (1 / (e.targetYear - e.baseYear));
    return {
      value: e.baseValue * g ** (year - e.baseYear),
      how: `${year}, interpolated at the estimate's own growth`,
    };
  }
  return null;
}

const show = (e: KbMarketEstimate, v: { value: number; how: string }) =>
  `${e.publisher} ${qty(v.value, e.unit, 3)} (${v.how}) [${e.id}]`;

/** A market size, demand volume or unit count against the estimates of its product and year. */
function checkLevel(ctx: CheckContext, c: Claim) {
  const found = claimInterval(c);
  const unit = c.currency && /^[A-Z]{3}$/.test(c.currency) ? c.currency : c.unit;
  const measure = measureOf(unit);
  const year = yearOf(c.period);
  const clause = clauseOf(c);
  const product = productOf(clause) ?? productOf(`${c.entity ?? ""} ${c.material ?? ""}`);
  if (!found || !measure || !year || !product || (c.qualifier && c.qualifier !== "range")) return;
  // A company's or a country's own output is not a market total: only figures worded as market-wide are compared.
  if (
    measure !== "value" &&
    !/global|world|market|industry|total (?:demand|consumption)|全球|全国/i.test(clause)
  )
    return;
  const geography = geographyOf(clause);
  ctx.lookedFor(c.id, `published ${product} ${measure} estimates for ${year}`);
  const rows = ctx.kb.marketEstimates.filter(
    (e) =>
      !e.excludeReason &&
      measureOf(e.unit) === measure &&
      e.unit.replace("/yr", "") === unit?.replace("/yr", "") &&
      estimateGeography(e) === geography,
  );
  const points = rows.flatMap((e) => {
    const p = estimateProduct(e);
    const v = p && compatible(p, product) ? estimateAt(e, year) : null;
    return v ? [{ e, v, exact: !v.how.includes("interpolated"), same: p === product }] : [];
  });
  if (!points.length) return;
  const tol = EXACT_TOLERANCE + roundingSlack(c) + (c.approx ? 0.03 : 0);
  const exact = points.find((p) => p.exact && overlaps(found, [p.v.value, p.v.value], tol));
  if (exact) {
    ctx.add(c.id, {
      kind: "market_estimate",
      outcome: "consistent",
      confidence: 0.8,
      message: `${qty(c.value ?? c.value_min, unit, 3)} for ${year} is the estimate of ${show(exact.e, exact.v)} (tolerance ±${fmt(tol * 100)}%)`,
      expected: { value: exact.v.value, unit: exact.e.unit, period: String(year) },
      found: foundOf(c),
      sources: [exact.e.source],
    });
    return;
  }
  const same = points.filter((p) => p.same);
  if (new Set(same.map((p) => p.e.publisher)).size < 2) return;
  const lo = Math.min(...same.map((p) => p.v.value));
  const hi = Math.max(...same.map((p) => p.v.value));
  const mid = ((found[0] + found[1]) / 2) as number;
  const listed = same.map((p) => show(p.e, p.v)).join("; ");
  const scale = mid > hi * SCALE_ERROR || mid < lo / SCALE_ERROR;
  const narrow = hi / lo <= NARROW_RANGE;
  const inside = mid >= lo * 0.8 && mid <= hi * 1.25;
  ctx.add(c.id, {
    kind: "market_estimate",
    outcome: scale ? "inconsistent" : narrow && inside ? "consistent" : "unverifiable",
    confidence: scale ? 0.5 : 0.35,
    message: scale
      ? `${qty(mid, unit, 3)} for ${year} is more than ${SCALE_ERROR}× away from every published ${product} estimate (${listed}): a scale or unit error`
      : narrow && inside
        ? `${qty(mid, unit, 3)} for ${year} lies within the published ${product} estimates (${listed}), which agree within ${fmt(hi / lo, 1)}×`
        : `${qty(mid, unit, 3)} for ${year} matches none of the published ${product} estimates (${listed}); ${narrow ? "it lies outside their range" : `they differ by ${fmt(hi / lo, 1)}×`}, so no verdict`,
    expected: { value: null, low: lo, high: hi, unit, period: String(year) },
    found: foundOf(c),
    sources: same.map((p) => p.e.source),
  });
}

/** A stated growth rate against the estimate whose years (and product) it names. */
function checkCagrAgainstEstimates(ctx: CheckContext, c: Claim) {
  const ch = c.change;
  if (ch.kind !== "cagr" || ch.value === null) return;
  const span = /^(\d{4})\.\.(\d{4})$/.exec(ch.period ?? c.period ?? "");
  const product = productOf(clauseOf(c)) ?? productOf(`${c.entity ?? ""} ${c.material ?? ""}`);
  if (!span || !product) return;
  const [y0, y1] = [Number(span[1]), Number(span[2])];
  const hit = ctx.kb.marketEstimates.find((e) => {
    const p = estimateProduct(e);
    return (
      !e.excludeReason &&
      p === product &&
      e.baseYear === y0 &&
      e.targetYear === y1 &&
      e.statedCagrPct !== null
    );
  });
  if (!hit) return;
  const tol = CAGR_TOLERANCE_PP + (ch.approx ? 0.5 : 0);
  const ok = Math.abs(hit.statedCagrPct! - ch.value) <= tol;
  ctx.add(c.id, {
    kind: "market_estimate",
    outcome: ok ? "consistent" : "unverifiable",
    confidence: 0.7,
    message: `stated CAGR ${fmt(ch.value)}% for ${y0}–${y1}; ${hit.publisher} [${hit.id}] published ${fmt(hit.statedCagrPct)}% for the same years (${hit.metric}; tolerance ±${fmt(tol)} pp)${ok ? "" : "; another publisher's forecast may differ, so no verdict"}`,
    expected: { value: hit.statedCagrPct, unit: "%", period: `${y0}..${y1}` },
    found: { value: ch.value, unit: "%", period: `${y0}..${y1}` },
    sources: [hit.source],
  });
}

/** Years, also glued to words by scraping ("in2025and"). */
const YEAR_IN_TEXT = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;

/**
 * A CAGR against the start and end values its own sentence gives ("from $3.0 billion in 2025 to $3.8 billion in
 * 2030, a CAGR of 4.5%"): values and years are paired in the order written.
 */
function checkCagrInSentence(ctx: CheckContext, c: Claim) {
  const ch = c.change;
  if (ch.kind !== "cagr" || ch.value === null) return;
  const unit = c.currency ?? c.unit;
  const values = ctx.claims
    .filter(
      (o) => o.quote === c.quote && (o.currency ?? o.unit) === unit && level(o) !== null && o.value_text,
    )
    .map((o) => ({ o, at: c.quote.indexOf(o.value_text!) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at);
  const distinct = values.filter((x, i) => values.findIndex((y) => level(y.o) === level(x.o)) === i);
  const years = [...new Set([...c.quote.matchAll(YEAR_IN_TEXT)].map((m) => Number(m[0])))];
  if (distinct.length !== 2 || years.length < 2) return;
  const [a, b] = [distinct[0]!.o, distinct[1]!.o];
  const [y0, y1] = [years[0]!, years[years.length - 1]!];
  if (y1 <= y0 || !level(a)) return;
  const rate = (n: number) => ((level(b)! / level(a)!) ** (1 / n) - 1) * 100;
  const tolOf = (m: number) =>
    0.3 +
    0.5 * 10 ** -(String(ch.value).split(".")[1] ?? "").length +
    (ch.approx ? 0.5 : 0) +
    cagrRoundingPp(level(b)! / level(a)!, roundingSlack(a), roundingSlack(b), m);
  const n = y1 - y0;
  const tol = tolOf(n);
  const match = [n, n - 1, n + 1].find((m) => m > 0 && Math.abs(rate(m) - ch.value!) <= tolOf(m));
  ctx.add(c.id, {
    kind: "cagr",
    outcome: match !== undefined ? "consistent" : "inconsistent",
    confidence: 0.7,
    dependsOn: [],
    message: `stated CAGR ${fmt(ch.value)}%; the sentence's ${qty(level(a), unit)} (${y0}) to ${qty(level(b), unit)} (${y1}) gives ${fmt(rate(n))}% over ${n} years${match !== undefined && match !== n ? ` and ${fmt(rate(match))}% over ${match} years (a common base-year convention)` : ""} (tolerance ±${fmt(tol)} pp)`,
    expected: { value: Math.round(rate(match ?? n) * 100) / 100, unit: "%", period: `${y0}..${y1}` },
    found: { value: ch.value, unit: "%", period: `${y0}..${y1}` },
    sources: [claimRef(a, ctx.article), claimRef(b, ctx.article)],
  });
}

/** Market sizes, demand volumes and growth rates of magnets and humanoid robots. */
export function checkMarket(ctx: CheckContext) {
  for (const c of ctx.claims) {
    if (
      !/market|demand|consumption|sales|shipments|output|production/i.test(c.metric) &&
      c.metric_family !== "market"
    )
      continue;
    checkLevel(ctx, c);
    checkCagrAgainstEstimates(ctx, c);
    if (!ctx.reasonsOf(c.id).some((r) => r.kind === "cagr")) checkCagrInSentence(ctx, c);
  }
}
