/** @module Plausibility against parameters: magnet mass per unit, stated or implied by tonnes for a number of units. */
import type { Claim } from "../extract/schema.ts";
import { claimRef, fmt, qty } from "./compare.ts";
import { type CheckContext, level } from "./context.ts";
import type { KbParameter, SourceRef } from "./knowledge-base.ts";
import { perUnitLinked } from "./relation.ts";
import type { Reason } from "./verdict.ts";

/** A per-unit mass is plausible inside the parameter range widened by these factors (mass bases differ by 20–60%). */
const PER_UNIT_LOW = 0.8;
const PER_UNIT_HIGH = 1.25;

const APPLICATIONS: [RegExp, string][] = [
  [/humanoid/i, "humanoid robot"],
  [/industrial robot|robot arm|robotic arm/i, "industrial robot"],
  [/e-?bikes?|electric bicycle/i, "e-bike"],
  [/plug-in|\bPHEVs?\b/i, "PHEV"],
  [/\bBEVs?\b|battery[- ]electric/i, "BEV"],
  [/\bHEVs?\b|hybrid/i, "HEV"],
  [/\bN?EVs?\b|electric (?:vehicle|car)s?|new energy vehicles?/i, "NEV fleet average (all uses)"],
  [/direct[- ]drive/i, "wind turbine, direct-drive PMSG"],
  [/wind/i, "wind"],
  [/hard (?:disk|drive)|\bHDDs?\b/i, "hard disk drive"],
  [/smartphones?|mobile phones?/i, "smartphone"],
  [/compressors?|air[- ]condition/i, "inverter air-conditioner compressor"],
];

function applicationOf(text: string): string | null {
  for (const [re, name] of APPLICATIONS) if (re.test(text)) return name;
  return null;
}

interface Range {
  low: number;
  high: number;
  unit: string;
  label: string;
  sources: SourceRef[];
}

function parameterRange(params: readonly KbParameter[], application: string): Range | null {
  const rows = params.filter(
    (p) =>
      p.parameter === "magnet_mass_per_unit" &&
      (application === "wind"
        ? /^wind turbine, (direct|medium|high)/.test(p.application)
        : p.application === application),
  );
  if (!rows.length) return null;
  const low = Math.min(...rows.map((p) => p.low ?? p.value ?? Number.POSITIVE_INFINITY));
  const high = Math.max(...rows.map((p) => p.high ?? p.value ?? 0));
  return {
    low,
    high,
    unit: rows[0]!.unit,
    label: rows
      .map((p) => `${p.application} ${fmt(p.low ?? p.value)}–${qty(p.high ?? p.value, p.unit)} [${p.id}]`)
      .join("; "),
    sources: rows.map((p) => p.source),
  };
}

/** Converts a per-unit mass to `unit` (kg/unit, g/unit, kg/MW), or null when the dimensions differ. */
function toUnit(v: number, from: string, to: string): number | null {
  const kg: Record<string, number> = {
    "kg/unit": 1,
    "g/unit": 0.001,
    "kg/MW": 1,
    "t/MW": 1000,
    kg: 1,
    g: 0.001,
  };
  const perMw = (u: string) => u.endsWith("/MW");
  if (!(from in kg) || !(to in kg) || (perMw(from) !== perMw(to) && from !== "kg" && from !== "g"))
    return null;
  return (v * kg[from]!) / kg[to]!;
}

/**
 * A per-unit mass (or a stated range of them, `[low, high]`) against the application's sourced range: consistent when
 * it lies inside the accepted band, inconsistent when it lies wholly outside, no verdict when a stated range straddles
 * the band's edge (part of it may be another basis or another technology).
 */
function judgePerUnit(
  ctx: CheckContext,
  c: Claim,
  perUnit: number | readonly [number, number],
  unit: string,
  how: string,
  extra: SourceRef[],
): Reason | null {
  const text = `${c.quote} ${c.entity ?? ""} ${c.material ?? ""}`;
  const app = applicationOf(text);
  ctx.lookedFor(c.id, "a magnet-mass-per-unit parameter for the application named in the quote");
  if (!app) return null;
  const range = parameterRange(ctx.kb.applicationParameters, app);
  if (!range) return null;
  const [statedLow, statedHigh] = typeof perUnit === "number" ? [perUnit, perUnit] : perUnit;
  const vLow = toUnit(statedLow, unit, range.unit);
  const vHigh = toUnit(statedHigh, unit, range.unit);
  if (vLow === null || vHigh === null) return null;
  // Element content (NdPr, rare earths) rather than magnet mass: about 25–35% of the magnet.
  const element = !/magnet|ndfeb/i.test(c.quote) && /ndpr|neodymium|praseodymium|rare earth/i.test(text);
  const low = range.low * (element ? 0.25 : 1) * PER_UNIT_LOW;
  const high = range.high * (element ? 0.35 : 1) * PER_UNIT_HIGH;
  const ok = vLow >= low && vHigh <= high;
  const outside = vHigh < low || vLow > high;
  const factor =
    vLow > high ? vLow / (range.high * (element ? 0.35 : 1)) : (range.low * (element ? 0.25 : 1)) / vHigh;
  const stated = vLow === vHigh ? qty(vLow, range.unit) : `${fmt(vLow)}–${qty(vHigh, range.unit)}`;
  const verdict = ok
    ? ""
    : outside
      ? `, off by a factor of ${fmt(factor, 1)}`
      : ": the stated range straddles the accepted band, no verdict";
  const reason: Reason = {
    kind: "per_unit",
    outcome: ok ? "consistent" : outside ? "inconsistent" : "unverifiable",
    message: `${how} ${stated}${element ? " of rare-earth content" : " of magnet"}; known range ${range.label}${element ? " (× 0.25–0.35 for element content)" : ""}; accepted ${fmt(low)}–${qty(high, range.unit)}${verdict}`,
    expected: { value: null, low, high, unit: range.unit },
    found:
      vLow === vHigh
        ? { value: Math.round(vLow * 1000) / 1000, unit: range.unit, period: c.period }
        : { value: null, low: vLow, high: vHigh, unit: range.unit, period: c.period },
    sources: [...range.sources, ...extra],
  };
  ctx.add(c.id, reason);
  return reason;
}

const isMass = (c: Claim) => (c.unit === "t" || c.unit === "kg") && level(c) !== null;
const isCount = (c: Claim) =>
  (c.unit === "units" || c.unit === "count" || c.unit === "vehicles") && level(c) !== null;

/** Per-unit magnet mass: stated directly (kg/unit), or implied by tonnes ÷ units that one sentence links ("for", "per"). */
export function checkPerUnit(ctx: CheckContext) {
  for (const c of ctx.claims) {
    const v = level(c);
    if (!c.unit || !/\/(unit|MW)$/.test(c.unit)) continue;
    if (v !== null) judgePerUnit(ctx, c, v, c.unit, "stated", []);
    else if (c.value_min !== null && c.value_max !== null && c.value_min <= c.value_max)
      judgePerUnit(ctx, c, [c.value_min, c.value_max], c.unit, "stated", []);
  }
  for (const m of ctx.claims.filter(isMass)) {
    const app = applicationOf(m.quote);
    if (!app) continue;
    const counts = ctx.claims.filter(
      (n) =>
        isCount(n) &&
        applicationOf(n.quote) === app &&
        // Only where the sentence links the two ("300 t of magnets for 100,000 robots"), never across sentences.
        perUnitLinked(m, n),
    );
    const n = counts[0];
    if (!n || level(n)! <= 0) continue;
    const tonnes = m.unit === "t" ? level(m)! : level(m)! / 1000;
    const perUnit = (tonnes * 1000) / level(n)!;
    const reason = judgePerUnit(
      ctx,
      m,
      perUnit,
      "kg",
      `${qty(level(m), m.unit)} (${m.id}) ÷ ${fmt(level(n))} units (${n.id}) implies`,
      [claimRef(n, ctx.article)],
    );
    // The unit count is half of the same comparison.
    if (reason)
      ctx.add(n.id, { ...reason, sources: [...reason.sources.slice(0, -1), claimRef(m, ctx.article)] });
  }
}
