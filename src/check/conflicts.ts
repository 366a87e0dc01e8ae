/** @module Conflict checks: a claim against knowledge-base figures of the same series and period, across sources and vintages. */
import type { Claim } from "../extract/schema.ts";
import {
  claimInterval,
  entityKey,
  fmt,
  foundOf,
  overlaps,
  place,
  qty,
  roundingSlack,
  samePeriod,
} from "./compare.ts";
import {
  bestOf,
  type KbMapping,
  kbMapping,
  matchingFigures,
  NO_FIGURE_FOR_PERIOD,
  nearestPeriods,
} from "./kb-match.ts";
import type { KbFigure, KnowledgeBase } from "./knowledge-base.ts";
import type { Reason } from "./verdict.ts";

function figureInterval(f: KbFigure, factor: number): [number, number] | null {
  if (f.value !== null && (f.qualifier === "gt" || f.qualifier === "gte"))
    return [f.value * factor, Number.POSITIVE_INFINITY];
  if (f.value !== null && (f.qualifier === "lt" || f.qualifier === "lte"))
    return [Number.NEGATIVE_INFINITY, f.value * factor];
  if (f.value !== null) return [f.value * factor, f.value * factor];
  if (f.low !== null || f.high !== null)
    return [(f.low ?? Number.NEGATIVE_INFINITY) * factor, (f.high ?? Number.POSITIVE_INFINITY) * factor];
  return null;
}

function describe(f: KbFigure, factor: number, claimUnit: string): string {
  const iv = figureInterval(f, factor);
  const unit = factor === 1 ? f.unit : claimUnit;
  const v = iv && iv[0] === iv[1] ? qty(iv[0], unit) : `${fmt(iv?.[0])}–${qty(iv?.[1], unit)}`;
  return `${v} (${f.source.publisher}${f.vintage ? `, ${f.vintage}` : ""}${f.isDerived ? ", derived" : ""}) [${f.id}]`;
}

/**
 * Says which periods the series does have when none matches the claim's: a figure for 2025 against a series that
 * ends in 2024 is not compared with 2024 (stated, and left unverifiable).
 */
function nearestNote(kb: KnowledgeBase, c: Claim, mapping: KbMapping): string {
  const near = nearestPeriods(kb, c, mapping);
  if (!near) return "";
  const sides = [near.before ? `${near.before} before` : "", near.after ? `${near.after} after` : ""].filter(
    Boolean,
  );
  return ` (${NO_FIGURE_FOR_PERIOD}${sides.length ? `; nearest: ${sides.join(", ")}` : ""}; a nearby period is not compared)`;
}

/** Compares a claim with every figure of its series: same source agreement, conflicts between sources, vintages. */
export function checkAgainstFigures(
  kb: KnowledgeBase,
  c: Claim,
): { reasons: Reason[]; lookedFor: string | null } {
  const mapping: KbMapping | null = kbMapping(c);
  if (!mapping) return { reasons: [], lookedFor: null };
  const lookedFor = `knowledge-base figures ${mapping.metrics.join("/")} for ${c.entity ?? "?"}${c.counterparty ? ` → ${c.counterparty}` : ""}${c.material ? ` (${c.material})` : ""}, ${c.period ?? "no period"}`;
  const found = claimInterval(c);
  if (!found) return { reasons: [], lookedFor };
  const matches = matchingFigures(kb, c, mapping);
  if (!matches.length) return { reasons: [], lookedFor: `${lookedFor}${nearestNote(kb, c, mapping)}` };
  const slack = roundingSlack(c) + (c.approx ? 0.02 : 0);
  const tolOf = (f: KbFigure) => (f.isDerived ? 2 : 1) * mapping.tolerance + slack;
  const agrees = (m: { figure: KbFigure; factor: number }) => {
    const iv = figureInterval(m.figure, m.factor);
    return !!iv && overlaps(found, iv, tolOf(m.figure));
  };
  const unit = c.unit ?? "";
  const tolText = `tolerance ±${fmt(mapping.tolerance * 100, 1)}%${slack ? ` + ${fmt(slack * 100, 2)}% for the rounding of the stated value` : ""} (${mapping.why})`;
  // Editions of revised statistics (and rows the store marks superseded) are compared as revisions, not conflicts.
  const current = (f: KbFigure) => f.isLatest && f.quality !== "superseded";
  const vintaged =
    (matches.some((m) => m.figure.vintage) && new Set(matches.map((m) => m.figure.vintage)).size > 1) ||
    matches.some((m) => m.figure.quality === "superseded");
  const latest = vintaged ? matches.filter((m) => current(m.figure)) : matches;
  const older = vintaged ? matches.filter((m) => !current(m.figure)) : [];
  const ok = latest.filter(agrees);
  const reasons: Reason[] = [];
  const expectedOf = (m: { figure: KbFigure; factor: number }) => {
    const iv = figureInterval(m.figure, m.factor);
    return iv && iv[0] === iv[1]
      ? { value: iv[0], unit, period: m.figure.period }
      : { value: null, low: iv?.[0] ?? null, high: iv?.[1] ?? null, unit, period: m.figure.period };
  };
  if (ok.length) {
    const others = latest.filter((m) => !agrees(m));
    const best = bestOf(ok)!;
    reasons.push({
      kind: "source_conflict",
      outcome: "consistent",
      message: `${qty(c.value ?? c.value_min, unit)} for ${c.period} agrees with ${describe(best.figure, best.factor, unit)}; ${tolText}.${
        others.length
          ? ` Other sources differ: ${others.map((m) => describe(m.figure, m.factor, unit)).join("; ")}.`
          : ""
      }`,
      expected: expectedOf(best),
      found: foundOf(c),
      sources: [...ok, ...others].map((m) => m.figure.source),
    });
    return { reasons, lookedFor };
  }
  const oldOk = older.filter(agrees);
  if (oldOk.length && latest.length) {
    const o = oldOk[0]!;
    const l = latest[0]!;
    reasons.push({
      kind: "revision",
      outcome: "consistent",
      message: `${qty(c.value, unit)} for ${c.period} is consistent with the ${o.figure.vintage} edition: ${describe(o.figure, o.factor, unit)}; revised to ${describe(l.figure, l.factor, unit)}.`,
      expected: expectedOf(l),
      found: foundOf(c),
      sources: [o.figure.source, l.figure.source],
    });
    return { reasons, lookedFor };
  }
  const cited = (latest.length ? latest : matches).slice(0, 4);
  const first = bestOf(cited)!;
  const iv = figureInterval(first.figure, first.factor);
  const off =
    iv && c.value !== null && iv[0] === iv[1] && iv[0] !== 0
      ? ` (${fmt(((c.value - iv[0]) / iv[0]) * 100, 1)}%)`
      : "";
  // The same number under another destination usually means the destination was misread, not that the figure is wrong.
  const elsewhere = kb.figures.find(
    (f) =>
      mapping.metrics.includes(f.metric) &&
      f.value !== null &&
      samePeriod(f.period, c.period) &&
      entityKey(f.entity) === entityKey(c.entity) &&
      place(f.counterparty) !== place(c.counterparty) &&
      f.unit === c.unit &&
      overlaps(found, [f.value, f.value], tolOf(f)),
  );
  const hint = elsewhere
    ? ` The value matches ${elsewhere.entity} → ${elsewhere.counterparty} (${qty(elsewhere.value, elsewhere.unit)}, ${elsewhere.source.publisher}) [${elsewhere.id}]: check which destination the sentence means.`
    : "";
  reasons.push({
    kind: "source_conflict",
    outcome: "inconsistent",
    message: `${qty(c.value ?? c.value_min, unit)} for ${c.period} differs from ${cited.map((m) => describe(m.figure, m.factor, unit)).join("; ")}${off}; ${tolText}.${hint}`,
    expected: expectedOf(first),
    found: foundOf(c),
    sources: [...cited.map((m) => m.figure.source), ...(elsewhere ? [elsewhere.source] : [])],
  });
  return { reasons, lookedFor };
}
