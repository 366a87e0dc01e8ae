/** @module Which knowledge-base figures describe the same series as a claim (metric, entity, counterparty, material, period). */
import { periodSpan } from "../domain/period.ts";
import { conversionFactor, definedMassBasis, isUnit } from "../domain/quantity-dimension.ts";
import type { Claim } from "../extract/schema.ts";
import { entityKey, materialGroup, place, samePeriod, squash } from "./compare.ts";
import type { KbFigure, KnowledgeBase } from "./knowledge-base.ts";

/** How a claim metric maps onto figure metrics, with the tolerance (relative) used to compare them. */
export interface KbMapping {
  metrics: string[];
  /** Relative tolerance for reported rows (derived rows get twice this). */
  tolerance: number;
  why: string;
}

const ELEMENTS: [RegExp, string][] = [
  [/praseodymium[- /]neodymium|neodymium[- /]praseodymium|prnd|didymium/g, "ndpr"],
  [/neodymium/g, "nd"],
  [/praseodymium/g, "pr"],
  [/dysprosium/g, "dy"],
  [/terbium/g, "tb"],
  [/samarium/g, "sm"],
  [/cerium/g, "ce"],
  [/lanthanum/g, "la"],
  [/yttrium/g, "y"],
];

/** Material name with element names replaced by symbols, squashed: `dysprosium oxide` = `Dy oxide`. */
export function materialKey(m: string | null | undefined): string {
  let s = (m ?? "").toLowerCase();
  for (const [re, sym] of ELEMENTS) s = s.replace(re, sym);
  return squash(s.replace(/\(.*?\)/g, ""));
}

/** The figure metrics a claim can be compared with, or null when the knowledge base has no such series. */
export function kbMapping(c: Claim): KbMapping | null {
  const metric = c.metric.toLowerCase();
  const period = c.period ?? "";
  if (metric === "export volume" && c.unit === "t")
    return {
      metrics: ["export_volume", "export_volume_ytd"],
      tolerance: 0.01,
      why: "customs volumes are exact counts; 1% covers rounding and minor revisions",
    };
  if (metric === "export value" && c.currency === "USD")
    return {
      metrics: ["export_value", "export_value_ytd"],
      tolerance: 0.01,
      why: "customs values are exact; 1% covers rounding",
    };
  if (metric === "share of exports" && c.unit === "%")
    return { metrics: ["export_share"], tolerance: 0.02, why: "shares are rounded to whole percent" };
  if (
    /production/.test(metric) &&
    /^(t|t REO)$/.test(c.unit ?? "") &&
    /\bmin(e|ed|ing)\b/i.test(c.quote) &&
    /^\d{4}$/.test(period)
  )
    return {
      metrics: ["mine_production"],
      tolerance: 0.02,
      why: "USGS estimates are rounded to 1,000 t or 2 significant digits; 2% covers rounding",
    };
  if ((metric === "price" || metric === "transaction price") && c.unit && /\//.test(c.unit))
    return {
      metrics: ["price", "oxide_price_annual"],
      tolerance: 0.1,
      why: "price assessments differ by assessor, VAT, incoterm and purity; 10% allows for basis differences",
    };
  return null;
}

/**
 * The factor from the figure's unit to the claim's (src/domain conversions), or null when they are different dimensions.
 * A claim's bare `t` states no basis, so it compares with `t REO` only when a basis is stated: the claim names oxide or
 * REO, or the figure's metric is defined on the oxide basis alone (mine production is REO by definition).
 */
function unitFactor(c: Claim, f: KbFigure): number | null {
  if (!c.unit) return null;
  const saysOxide = /\bREO\b|\boxides?\b/i.test(`${c.unit_text ?? ""} ${c.material ?? ""}`);
  const oxide = saysOxide || definedMassBasis(f.metric) === "oxide";
  const factor = conversionFactor({ unit: f.unit }, { unit: c.unit, massBasis: oxide ? "oxide" : null });
  return factor ?? (c.unit === f.unit && !isUnit(c.unit) ? 1 : null);
}

function placeMatches(claimPlace: string, kbPlace: string): boolean {
  if (claimPlace === kbPlace) return true;
  return claimPlace === "european union" && kbPlace === "eu-27";
}

/** True when figure `f` belongs to the claim's series (metric, unit dimension, material or entity, place), whatever its period. */
function sameSeries(c: Claim, f: KbFigure, mapping: KbMapping): boolean {
  if (!mapping.metrics.includes(f.metric)) return false;
  if (f.isForecast !== c.is_forecast) return false;
  if (mapping.metrics.includes("price")) {
    if (materialKey(f.material || f.entity) !== materialKey(c.material ?? c.entity)) return false;
    return !(
      c.location &&
      f.location &&
      !f.location.toLowerCase().includes(c.location.toLowerCase().split(" ")[0]!)
    );
  }
  if (entityKey(f.entity) !== entityKey(c.entity)) return false;
  if (!placeMatches(place(c.counterparty), place(f.counterparty))) return false;
  if (mapping.metrics.includes("export_volume"))
    return materialGroup(c.material, c.quote) === materialGroup(f.material, f.dataset);
  return true;
}

/**
 * Figures of the claim's series and period, each with the factor that converts the figure's unit to the claim's.
 * Entities and places compare by canonical name (EU = EU-27, empty counterparty = World); magnets of every kind are one material.
 */
export function matchingFigures(
  kb: KnowledgeBase,
  c: Claim,
  mapping: KbMapping,
): { figure: KbFigure; factor: number }[] {
  if (!c.period || !c.unit) return [];
  const span = periodSpan(c.period);
  if (!span) return [];
  const out: { figure: KbFigure; factor: number }[] = [];
  const isPrice = mapping.metrics.includes("price");
  for (const f of kb.figures) {
    if (!sameSeries(c, f, mapping)) continue;
    const factor = unitFactor(c, f);
    if (factor === null) continue;
    if (isPrice) {
      const fs = periodSpan(f.period);
      const samePoint =
        samePeriod(f.period, c.period) ||
        (!!fs && fs.start >= span.start && fs.end <= span.end && /^\d{4}-\d{2}-\d{2}$/.test(c.period));
      if (!samePoint) continue;
    } else if (!samePeriod(f.period, c.period)) continue;
    out.push({ figure: f, factor });
  }
  return out;
}

/** Marks a "looked for" message whose series exists in the knowledge base, but not for the claim's period. */
export const NO_FIGURE_FOR_PERIOD = "the series has figures, none for this period";

/**
 * The periods of the claim's series nearest before and after the claim's period, when the knowledge base has the
 * series but no figure for that period: "no data for this period" rather than "no such series". Null when the
 * knowledge base has no figure of the series at all (or the claim has no period).
 */
export function nearestPeriods(
  kb: KnowledgeBase,
  c: Claim,
  mapping: KbMapping,
): { before: string | null; after: string | null } | null {
  const span = c.period ? periodSpan(c.period) : null;
  if (!span) return null;
  let before: { end: string; period: string } | null = null;
  let after: { start: string; period: string } | null = null;
  let any = false;
  for (const f of kb.figures) {
    if (!sameSeries(c, f, mapping) || unitFactor(c, f) === null) continue;
    const fs = periodSpan(f.period);
    if (!fs) continue;
    any = true;
    if (fs.end < span.start && (!before || fs.end > before.end)) before = { end: fs.end, period: f.period };
    if (fs.start > span.end && (!after || fs.start < after.start))
      after = { start: fs.start, period: f.period };
  }
  return any ? { before: before?.period ?? null, after: after?.period ?? null } : null;
}

/**
 * The figure to take a level from among several of one series and period: the knowledge base's preferred value
 * (docs/reconciliation.md), else a reported rather than a derived one, else the first.
 */
export function bestOf<T extends { figure: KbFigure }>(hits: readonly T[]): T | undefined {
  return hits.find((h) => h.figure.preferred) ?? hits.find((h) => !h.figure.isDerived) ?? hits[0];
}
