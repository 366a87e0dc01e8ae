/** @module checkClaims: every extracted claim and event of an article, checked inside the article and against the KB. */
import type { Claim, Extraction, ExtractedEvent } from "../extract/schema.ts";
import { abstainWhereAmbiguous } from "./abstain.ts";
import {
  type ArticleAttribution,
  type AttributionResult,
  articleAttribution,
  attributionOf,
  clauseOf,
  type Reading,
} from "./attribution.ts";
import { spanOf } from "./compare.ts";
import { checkCagr, checkCumulativeVsCagr } from "./cagr.ts";
import { checkChanges } from "./changes.ts";
import { checkCompanyResults } from "./company.ts";
import { checkAgainstFigures } from "./conflicts.ts";
import type { CheckContext } from "./context.ts";
import { type KnowledgeBase, withoutExcluded } from "./knowledge-base.ts";
import { checkImpliedTotals } from "./implied-total.ts";
import { checkParameterRanges } from "./parameters.ts";
import { checkProductionShares } from "./known-share.ts";
import { checkPerUnit } from "./plausibility.ts";
import { checkEvents, checkProvisions } from "./policy.ts";
import { echoArithmetic } from "./echo-arithmetic.ts";
import { checkEvSales } from "./ev-sales.ts";
import { checkLevelPairs } from "./level-pairs.ts";
import { checkMarket } from "./market.ts";
import { checkModelPlausibility } from "./model-plausibility.ts";
import { checkPrices } from "./prices.ts";
import { checkRegisterAmounts } from "./register.ts";
import { checkReportedChanges } from "./reported-changes.ts";
import { checkReserves } from "./reserves.ts";
import { markSelfSourced } from "./self-sourced.ts";
import { checkWindCapacity } from "./wind.ts";
import { checkStatedParts } from "./stated-parts.ts";
import { checkSubPeriods } from "./sub-periods.ts";
import { checkPartsVsTotal, checkRatios, checkShares, checkYtdSums } from "./totals.ts";
import {
  type ArticleWarning,
  type CheckReport,
  type ClaimCheck,
  combineVerdict,
  type Reason,
  verdictConfidence,
} from "./verdict.ts";

const CLAIM_CHECKS: ((ctx: CheckContext) => void)[] = [
  checkChanges,
  checkReportedChanges,
  checkCagr,
  checkCumulativeVsCagr,
  checkPartsVsTotal,
  checkShares,
  checkRatios,
  checkLevelPairs,
  checkStatedParts,
  checkYtdSums,
  checkSubPeriods,
  checkPerUnit,
  checkProductionShares,
  checkReserves,
  checkImpliedTotals,
  checkParameterRanges,
  checkProvisions,
  checkCompanyResults,
  checkRegisterAmounts,
  checkPrices,
  checkMarket,
  checkEvSales,
  checkWindCapacity,
];

/**
 * Trade claims without a material take the dominant material of the article's trade claims ("exports fell to
 * 5,000 t" in a story about magnet exports is about magnets). Only the checks see the filled-in copy; the report keeps the claim as extracted.
 */
function withArticleMaterial(claims: readonly Claim[]): Claim[] {
  const counts = new Map<string, number>();
  // Among trade figures only: a production or price figure's material says nothing about what was shipped.
  for (const c of claims)
    if (c.material && c.metric_family === "trade") counts.set(c.material, (counts.get(c.material) ?? 0) + 1);
  const dominant = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!dominant) return [...claims];
  return claims.map((c) => (c.material || c.metric_family !== "trade" ? c : { ...c, material: dominant }));
}

/** Words that make a clause speak of a forecast or a plan rather than a record. */
const FORECAST_WORDS =
  /\b(?:expect|forecast|project|estimat|predict|anticipat|will|would|could|may|might|should|outlook|target|plan|aim|guidance)/i;

/**
 * A figure for a period that ended before the article's date, whose own clause speaks of no forecast, is a record
 * even when the sentence mentions forecasts elsewhere ("the July figure, in line with forecasts, …, compared with the
 * 5,000 t of July last year"): the checks compare it with recorded figures. The report keeps the claim as extracted.
 */
function pastAsRecorded(claims: readonly Claim[], date: string | null): Claim[] {
  if (!date) return [...claims];
  return claims.map((c) => {
    if (!c.is_forecast) return c;
    const span = spanOf(c.period);
    if (!span || span.end >= date.slice(0, 10) || FORECAST_WORDS.test(clauseOf(c))) return c;
    return { ...c, is_forecast: false };
  });
}

function nothingToCompare(what: readonly string[]): Reason {
  return {
    kind: "nothing_to_compare",
    outcome: "unverifiable",
    message: what.length
      ? `looked for ${[...new Set(what)].join("; ")}`
      : "no check covers this metric, and the article states no related figure",
    expected: null,
    found: null,
    sources: [],
  };
}

/** Warnings about the whole article: the extractor's own, and a missing year (every period is then a guess). */
function articleWarnings(extraction: Extraction, article: ArticleAttribution): ArticleWarning[] {
  const out: ArticleWarning[] = (extraction.meta.warnings ?? []).map((w) => ({
    code: w.code,
    message: w.message,
  }));
  if (article.yearless && !out.some((w) => w.code === "no_year"))
    out.push({
      code: "no_year",
      message: `${article.dated ? "" : "the article has no date and "}${article.yearless} period${article.yearless === 1 ? " has" : "s have"} no year (XXXX): no figure is held inconsistent on a guessed year; pass the publication date with --date YYYY-MM-DD`,
    });
  return out;
}

function eventAttribution(ev: ExtractedEvent, article: ArticleAttribution): AttributionResult {
  const doubts: AttributionResult["doubts"] = [];
  if (ev.date && (/XXXX/.test(ev.date) || (!article.dated && !/\b(?:19|20)\d{2}\b/.test(ev.quote))))
    doubts.push({
      kind: "no_year",
      message:
        "the article has no date and the sentence names no year: the event's year is a guess (pass --date)",
      weight: 0.3,
      blocking: true,
    });
  else if (ev.date && (!ev.date_text || !ev.quote.toLowerCase().includes(ev.date_text.toLowerCase())))
    doubts.push({
      kind: "period_not_in_sentence",
      message: `the date ${ev.date} is not stated in the sentence of the event`,
      weight: 0.7,
      blocking: true,
    });
  return { confidence: doubts.reduce((p, d) => p * d.weight, 1), doubts, readings: [], complete: true };
}

function finish(
  subject: ClaimCheck["subject"],
  claim: ClaimCheck["claim"],
  reasons: Reason[],
  attribution: AttributionResult,
): ClaimCheck {
  const verdict = combineVerdict(reasons);
  const { readings: _readings, complete: _complete, ...attr } = attribution;
  return {
    subject,
    claim,
    verdict,
    confidence: verdictConfidence(verdict, reasons, attr),
    attribution: attr,
    reasons,
  };
}

type ArticleRef = CheckContext["article"];

/** Runs every claim check and the knowledge-base comparison; returns the reasons and what was looked for, by claim id. */
function runClaimChecks(claims: readonly Claim[], kb: KnowledgeBase, article: ArticleRef) {
  const reasons = new Map<string, Reason[]>();
  const looked = new Map<string, string[]>();
  const ctx: CheckContext = {
    claims,
    kb,
    article,
    add: (id, r) => reasons.set(id, [...(reasons.get(id) ?? []), r]),
    reasonsOf: (id) => reasons.get(id) ?? [],
    lookedFor: (id, what) => looked.set(id, [...(looked.get(id) ?? []), what]),
  };
  for (const check of CLAIM_CHECKS) check(ctx);
  echoArithmetic(claims, reasons);
  for (const c of claims) {
    const { reasons: rs, lookedFor } = checkAgainstFigures(kb, c);
    for (const r of rs) ctx.add(c.id, r);
    if (lookedFor) ctx.lookedFor(c.id, lookedFor);
  }
  // Last: the model only where no recorded or published figure was compared.
  checkModelPlausibility(ctx);
  markSelfSourced(reasons, article.source);
  return { reasons, looked };
}

/**
 * Checks an extraction against itself (arithmetic) and against `kb` (conflicts, plausibility, policy).
 * Pure: no I/O. Returns one check per claim and per event, in the extraction's order, and article warnings.
 */
export function checkClaims(extraction: Extraction, knowledgeBase: KnowledgeBase): CheckReport {
  const kb = withoutExcluded(knowledgeBase);
  const ref: ArticleRef = {
    publisher: extraction.meta.publisher,
    source: extraction.meta.source,
    date: extraction.meta.docDate ?? extraction.meta.date,
  };
  const claims = pastAsRecorded(withArticleMaterial(extraction.claims), ref.date);
  const { reasons, looked } = runClaimChecks(claims, kb, ref);
  const warningCodes = (extraction.meta.warnings ?? []).map((w) => w.code);
  const article = articleAttribution(claims, extraction.meta, warningCodes);
  const attributions = new Map(claims.map((c) => [c.id, attributionOf(c, claims, article)]));
  // Every check re-run with the claim read another way (another destination named in its clause).
  const reread = (c: Claim, reading: Reading): Reason[] => {
    const alt = claims.map((o) => (o === c ? { ...c, [reading.field]: reading.value } : o));
    return runClaimChecks(alt, kb, ref).reasons.get(c.id) ?? [];
  };
  const checks: ClaimCheck[] = claims.map((c, i) => {
    const attribution = attributions.get(c.id)!;
    const rs = abstainWhereAmbiguous({
      claim: c,
      reasons: reasons.get(c.id) ?? [],
      attribution,
      attributions,
      reread: (reading) => reread(c, reading),
    });
    const all = rs.length ? rs : [nothingToCompare(looked.get(c.id) ?? [])];
    return finish("claim", extraction.claims[i]!, all, attribution);
  });
  const events = checkEvents(kb, extraction.events, ref.date);
  for (const ev of extraction.events) {
    const r = events.get(ev.id);
    const attribution = eventAttribution(ev, article);
    const rs = r?.reasons.length
      ? abstainWhereAmbiguous({ claim: ev, reasons: r.reasons, attribution, attributions, reread: () => [] })
      : [nothingToCompare(r ? [r.lookedFor] : [])];
    checks.push(finish("event", ev, rs, attribution));
  }
  return { checks, warnings: articleWarnings(extraction, article) };
}
