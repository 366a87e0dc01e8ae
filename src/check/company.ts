/** @module Company results: a company's revenue, profit, margin, output or growth against its published results. */
import type { Claim } from "../extract/schema.ts";
import { valueIndex } from "./attribution.ts";
import { clausesOf } from "./clauses.ts";
import {
  basePeriod,
  claimInterval,
  fmt,
  foundOf,
  overlaps,
  qty,
  roundingSlack,
  samePeriod,
  within,
} from "./compare.ts";
import { type CheckContext, level } from "./context.ts";
import { NO_FIGURE_FOR_PERIOD } from "./kb-match.ts";
import type { KbCompanyResult } from "./knowledge-base.ts";
import { isKnownPlace } from "./places.ts";

/** Relative tolerance for a reported result: companies publish exact figures; 0.5% covers unit conversion. */
const RESULT_TOLERANCE = 0.005;
/** Absolute tolerance (pp) for a growth rate recomputed from two reported levels. */
const GROWTH_TOLERANCE_PP = 0.3;

/** Words that name a result item, most specific first; `items` are company-results items (`*` = any suffix). */
const ITEMS: { re: RegExp; items: string[]; family: string }[] = [
  {
    re: /non[- ]?recurring|deduct(?:ed|ing)?|excluding (?:one-off|extraordinary)|扣非/i,
    items: ["net_profit_excl_nonrecurring"],
    family: "profit",
  },
  {
    re: /attributable|to (?:the )?(?:mother|parent)|shareholders|归母/i,
    items: ["net_profit_attributable"],
    family: "profit",
  },
  { re: /\bEBITDA\b/i, items: ["ebitda", "adjusted_ebitda"], family: "ebitda" },
  { re: /gross (?:profit )?margin|毛利率/i, items: ["gross_margin"], family: "margin" },
  {
    re: /net (?:profit|income|loss|earnings)|profit after tax|净利润/i,
    items: ["net_profit_attributable", "net_profit", "net_profit_after_tax", "net_profit_excl_nonrecurring"],
    family: "profit",
  },
  {
    re: /segment|division|business|from (?:sales of )?\w+ (?:magnets?|products?)/i,
    items: ["revenue_*"],
    family: "revenue",
  },
  { re: /revenue|turnover|sales revenue|营收|营业收入/i, items: ["revenue", "revenue_*"], family: "revenue" },
  {
    re: /\braised?\b|\bround\b|series [A-F]\b|financing/i,
    items: ["equity_raised"],
    family: "equity",
  },
  {
    re: /(?:average )?(?:selling|realised|realized) price/i,
    items: ["average_selling_price"],
    family: "price",
  },
  { re: /utili[sz]ation/i, items: ["capacity_utilisation"], family: "utilisation" },
  { re: /NdPr[^.;]{0,20}sales|sales volumes?/i, items: ["ndpr_sales"], family: "sales" },
  {
    re: /NdPr|neodymium[- ](?:and )?praseodymium|praseodymium[- ](?:and )?neodymium/i,
    items: ["ndpr_production", "ndpr_sales"],
    family: "output",
  },
  { re: /\bREOt?\b|rare earth oxide/i, items: ["reo_production"], family: "output" },
  { re: /blanks?/i, items: ["magnet_blank_production"], family: "output" },
  { re: /magnets?/i, items: ["finished_magnet_production", "magnet_blank_production"], family: "output" },
];

const GENERIC =
  /^(?:the|of|and|co|ltd|inc|corp|corporation|company|limited|plc|group|holdings?|rare|earths?|materials?|magnetic|magnets?|permanent|high|tech|new|industries|technology|international)$/;

/** Distinctive words of a company name: "JL Mag Rare-Earth" → jl, mag; "Yantai Zhenghai Magnetic Material" → yantai, zhenghai. */
function nameWords(name: string): Set<string> {
  return new Set(
    name
      .toLowerCase()
      .replace(/\(.*?\)/g, " ")
      .split(/[^a-z0-9\u4e00-\u9fff]+/)
      .filter((w) => w && !GENERIC.test(w)),
  );
}

/** Same company when the distinctive words of one name are all in the other (never for a place name). */
export function sameCompany(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b || isKnownPlace(a) || isKnownPlace(b)) return false;
  const x = nameWords(a);
  const y = nameWords(b);
  if (!x.size || !y.size) return false;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return [...small].every((w) => large.has(w));
}

/** The result item the sentence gives for the number at `at`: the nearest item word before it (else just after). */
function itemOf(c: Claim): { items: string[]; family: string; word: string } | null {
  const at = valueIndex(c);
  const text = c.quote;
  // Within the number's clause, the most specific item named before it ("net profit after deducting ... to mother"
  // is the deducted one); failing that, the nearest item word before the number in the sentence.
  const clause = at < 0 ? null : clausesOf(text).find((k) => k.start <= at && at < k.end);
  if (clause) {
    const before = text.slice(clause.start, at);
    const specific = ITEMS.find(({ re }) => re.test(before));
    if (specific) return { items: specific.items, family: specific.family, word: re0(specific.re, before) };
    // "$8.1 million in Adjusted EBITDA", "1,864 tons of neodymium and praseodymium": the item just after the number.
    const after = text.slice(at + (c.value_text?.length ?? 0), clause.end);
    const next = ITEMS.map((i) => ({ i, m: i.re.exec(after) }))
      .filter((x) => x.m && x.m.index <= 40)
      .sort((a, b) => a.m!.index - b.m!.index)[0];
    if (next) return { items: next.i.items, family: next.i.family, word: next.m![0] };
  }
  let best: { items: string[]; family: string; word: string; pos: number } | null = null;
  ITEMS.forEach(({ re, items, family }) => {
    const g = new RegExp(re.source, "gi");
    for (let m = g.exec(text); m; m = g.exec(text)) {
      const pos = m.index;
      const before = at < 0 || pos <= at;
      const score = at < 0 ? -pos : before ? pos : -1e9 + (at - pos);
      if (!best || score > best.pos) best = { items, family, word: m[0], pos: score };
    }
  });
  if (best) return best;
  // A table cell ("3,650 REOt") names its item only in its unit, material or metric.
  const m = `${c.unit_text ?? ""} ${c.material ?? ""} ${c.metric}`.toLowerCase();
  const byMetric = ITEMS.find((i) => i.re.test(m));
  return byMetric ? { items: byMetric.items, family: byMetric.family, word: m } : null;
}

const re0 = (re: RegExp, text: string) => re.exec(text)?.[0] ?? "";

const itemMatches = (pattern: string, item: string) =>
  pattern.endsWith("*") ? item.startsWith(pattern.slice(0, -1)) : item === pattern;

const unitOf = (c: Claim) => (c.currency && (!c.unit || c.unit === c.currency) ? c.currency : c.unit);
const unitsAgree = (claimUnit: string | null, r: KbCompanyResult) =>
  !!claimUnit &&
  (claimUnit === r.unit ||
    (claimUnit === "t" && r.unit === "t REO") ||
    (claimUnit === "t REO" && r.unit === "t"));

function interval(r: KbCompanyResult): [number, number] | null {
  if (r.value !== null && r.value !== 0) return [r.value, r.value];
  if (r.low !== null || r.high !== null)
    return [r.low ?? Number.NEGATIVE_INFINITY, r.high ?? Number.POSITIVE_INFINITY];
  return null;
}

const describe = (r: KbCompanyResult) =>
  `${r.company} ${r.item} ${r.period} ${r.value !== null ? qty(r.value, r.unit) : `${r.qualifier === "gt" ? ">" : ""}${qty(r.low, r.unit)}`} (${r.source.publisher}) [${r.id}]`;

/** The company results of the claim's company, period and unit (excluded rows never count). */
function resultsFor(ctx: CheckContext, c: Claim, period: string | null): KbCompanyResult[] {
  return ctx.kb.companyResults.filter(
    (r) =>
      !r.excludeReason &&
      sameCompany(c.entity, r.company) &&
      (samePeriod(r.period, period) ||
        (!!period &&
          /^\d{4}-\d{2}-\d{2}$/.test(period) &&
          within(period, r.period) &&
          r.period.length === 7)) &&
      unitsAgree(unitOf(c), r),
  );
}

/**
 * A claim without a period, or without a year (`XXXX-Q2`, an undated article), can still name a figure the company
 * published: an exact match of the same item, in any period that fits, is reported as agreement (never as conflict).
 */
function checkUndated(ctx: CheckContext, c: Claim): string | null {
  const found = claimInterval(c);
  const item = itemOf(c);
  if (!found || !item || (c.period && !/XXXX/.test(c.period))) return null;
  const pattern = c.period
    ? new RegExp(`^\\d{4}${c.period.slice(4).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`)
    : null;
  ctx.lookedFor(
    c.id,
    `${c.entity}'s ${item.word} in any period of company-results (the article gives ${c.period ? "no year" : "no period"})`,
  );
  const tol = RESULT_TOLERANCE + roundingSlack(c);
  const hits = ctx.kb.companyResults.filter(
    (r) =>
      !r.excludeReason &&
      sameCompany(c.entity, r.company) &&
      unitsAgree(unitOf(c), r) &&
      (!pattern || pattern.test(r.period)) &&
      item.items.some((p) => itemMatches(p, r.item)) &&
      !!interval(r) &&
      overlaps(found, interval(r)!, tol),
  );
  const periods = [...new Set(hits.map((r) => r.period))];
  if (periods.length !== 1) return null;
  const r = hits[0]!;
  ctx.add(c.id, {
    kind: "company_result",
    outcome: "consistent",
    confidence: 0.6,
    message: `${qty(c.value ?? c.value_min, unitOf(c))} (the article gives ${c.period ? `no year for ${c.period}` : "no period"}) is ${describe(r)} (tolerance ±${fmt(tol * 100)}%); read as ${r.period}`,
    expected: { value: r.value, low: r.low, high: r.high, unit: r.unit, period: r.period },
    found: foundOf(c),
    sources: [r.source],
  });
  return r.period;
}

/** A company's stated result against company-results: agreement with any item of the family the sentence names. */
function checkLevel(ctx: CheckContext, c: Claim) {
  const found = claimInterval(c);
  if (!found || !c.period) return;
  const item = itemOf(c);
  if (!item) return;
  const inFamily = (r: KbCompanyResult) =>
    ITEMS.some((i) => i.family === item.family && i.items.some((p) => itemMatches(p, r.item)));
  const candidates = resultsFor(ctx, c, c.period).filter((r) => interval(r));
  // The company's other periods of the item, named when none is the claim's (a nearby period is not compared).
  const elsewhere = candidates.some(inFamily)
    ? []
    : ctx.kb.companyResults
        .filter((r) => !r.excludeReason && sameCompany(c.entity, r.company) && inFamily(r))
        .map((r) => r.period);
  const periods = [...new Set(elsewhere)].sort();
  ctx.lookedFor(
    c.id,
    `${c.entity}'s ${item.word} for ${c.period} in company-results${periods.length ? ` (${NO_FIGURE_FOR_PERIOD}: ${periods.slice(-4).join(", ")})` : ""}`,
  );
  const family = candidates.filter(inFamily);
  if (!family.length) return;
  const tol = RESULT_TOLERANCE + roundingSlack(c) + (c.approx ? 0.02 : 0);
  const agrees = family.filter((r) => overlaps(found, interval(r)!, tol));
  const named = family.filter((r) => item.items.some((p) => itemMatches(p, r.item)));
  const unit = unitOf(c);
  if (agrees.length) {
    const best = agrees.find((r) => named.includes(r)) ?? agrees[0]!;
    ctx.add(c.id, {
      kind: "company_result",
      outcome: "consistent",
      confidence: named.includes(best) ? 0.85 : 0.7,
      message: `${qty(c.value ?? c.value_min, unit)} for ${c.period} agrees with ${describe(best)} (tolerance ±${fmt(tol * 100)}%)${named.includes(best) ? "" : `; the sentence says "${item.word}", the matching item is ${best.item}`}`,
      expected: { value: best.value, low: best.low, high: best.high, unit: best.unit, period: best.period },
      found: foundOf(c),
      sources: [best.source],
    });
    return;
  }
  // Only an unambiguous item that the company reported for the period can contradict the figure.
  const unambiguous = item.items.length === 1 && named.length > 0;
  const r = (unambiguous ? named : family)[0]!;
  const off = r.value ? ` (${fmt((((c.value ?? 0) - r.value) / r.value) * 100, 1)}%)` : "";
  ctx.add(c.id, {
    kind: "company_result",
    outcome: unambiguous && !c.is_forecast ? "inconsistent" : "unverifiable",
    message: `${qty(c.value ?? c.value_min, unit)} for ${c.period} differs from ${family.map(describe).join("; ")}${off} (tolerance ±${fmt(tol * 100)}%)${c.is_forecast ? "; the claim reads as a forecast, which is not held against reported results" : unambiguous ? "" : `; the sentence's "${item.word}" may be another item the knowledge base does not hold for this period, so no verdict`}`,
    expected: { value: r.value, low: r.low, high: r.high, unit: r.unit, period: r.period },
    found: foundOf(c),
    sources: family.map((x) => x.source),
  });
}

/** A stated y/y or q/q growth of a company result against the two reported levels (or the reported growth). */
function checkGrowth(ctx: CheckContext, c: Claim) {
  const ch = c.change;
  if (
    (ch.kind !== "yoy" && ch.kind !== "qoq") ||
    ch.value === null ||
    (ch.unit && ch.unit !== "%") ||
    !c.period
  )
    return;
  const item = itemOf(c);
  if (!item) return;
  const base = basePeriod(c.period, ch.kind === "yoy" ? "yoy" : "qoq");
  if (!base) return;
  const pick = (period: string) =>
    resultsFor(ctx, c, period).find(
      (r) => r.value !== null && r.value !== 0 && item.items.some((p) => itemMatches(p, r.item)),
    );
  const now = level(c);
  const cur = pick(c.period);
  const prev = pick(base);
  ctx.lookedFor(
    c.id,
    `${c.entity}'s ${item.word} for ${c.period} and ${base} to recompute the ${ch.kind} growth`,
  );
  // The company's own reported growth, when the knowledge base has it for the item and period.
  const withGrowth = resultsFor(ctx, c, c.period).filter(
    (r) =>
      ch.kind === "yoy" &&
      r.yoyPct !== null &&
      r.value !== null &&
      item.items.some((p) => itemMatches(p, r.item)),
  );
  // Of several items with a reported growth, the one whose level is the claim's own number.
  const reported = withGrowth.sort(
    (a, b) =>
      Math.abs((a.value ?? 0) - (now ?? a.value ?? 0)) - Math.abs((b.value ?? 0) - (now ?? b.value ?? 0)),
  )[0];
  if (reported && (!prev?.value || now === null)) {
    const tolPp = 0.1 + 0.5 * 10 ** -(String(ch.value).split(".")[1] ?? "").length + (ch.approx ? 1 : 0);
    const ok = Math.abs(reported.yoyPct! - ch.value) <= tolPp;
    ctx.add(c.id, {
      kind: "company_result",
      outcome: ok ? "consistent" : "inconsistent",
      confidence: 0.8,
      message: `stated y/y growth ${ch.value > 0 ? "+" : ""}${fmt(ch.value)}%; the company reported ${reported.yoyPct! > 0 ? "+" : ""}${fmt(reported.yoyPct)}% for ${describe(reported)} (tolerance ±${fmt(tolPp)} pp)`,
      expected: { value: reported.yoyPct, unit: "%", period: reported.period },
      found: { value: ch.value, unit: "%", period: c.period },
      sources: [reported.source],
    });
    return;
  }
  const curValue = now ?? cur?.value ?? null;
  if (curValue === null || !prev?.value) return;
  const implied = (curValue / prev.value - 1) * 100;
  const decimals = (String(ch.value).split(".")[1] ?? "").length;
  const tol =
    GROWTH_TOLERANCE_PP +
    0.5 * 10 ** -decimals +
    (now !== null ? roundingSlack(c) * 100 : 0) +
    (ch.approx ? 1 : 0);
  const ok = Math.abs(implied - ch.value) <= tol;
  ctx.add(c.id, {
    kind: "company_result",
    outcome: ok ? "consistent" : "inconsistent",
    confidence: 0.8,
    message: `stated ${ch.kind === "yoy" ? "y/y" : "q/q"} growth ${ch.value > 0 ? "+" : ""}${fmt(ch.value)}%; ${now !== null ? `${qty(now, unitOf(c))} (this claim)` : describe(cur!)} against ${describe(prev)} gives ${implied > 0 ? "+" : ""}${fmt(implied)}% (tolerance ±${fmt(tol)} pp)`,
    expected: { value: Math.round(implied * 100) / 100, unit: "%", period: `${base}..${c.period}` },
    found: { value: ch.value, unit: "%", period: c.period },
    sources: [...(now === null && cur ? [cur.source] : []), prev.source],
  });
}

/** Company results: levels and growth rates of companies the knowledge base holds results for. */
export function checkCompanyResults(ctx: CheckContext) {
  for (const c of ctx.claims) {
    if (!c.entity || !ctx.kb.companyResults.some((r) => sameCompany(c.entity, r.company))) continue;
    const period = checkUndated(ctx, c);
    if (!period) checkLevel(ctx, c);
    checkGrowth(ctx, period ? { ...c, period } : c);
  }
}
