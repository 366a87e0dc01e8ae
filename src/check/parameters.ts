/**
 * @module Sourced parameter ranges: a stated share of technology or recycling (the share of EVs with permanent-magnet
 * motors, of wind turbines with NdFeB generators, of magnets recycled) against
 * the sourced range in application-parameters.csv. A plausibility check: agreement is weak evidence, and a figure
 * outside the range gets no verdict (the range was measured on another basis: fleet or new sales, another year).
 */
import { clauseOf } from "./attribution.ts";
import { claimInterval, fmt, foundOf, overlaps, yearOf } from "./compare.ts";
import { type CheckContext, level } from "./context.ts";
import type { KbParameter } from "./knowledge-base.ts";

/** Extra slack (percentage points) for a hedged figure ("about 95%"), as for production shares. */
const HEDGE_PP = 2;
/** Parameters describe the present technology mix; older figures are another question. */
const EARLIEST_YEAR = 2018;

/** One rule per parameter: which application row, and the words a clause must (and must not) contain. */
interface ParameterRule {
  application: string;
  parameter: string;
  what: string;
  all: RegExp[];
  none: RegExp;
}

const MAGNET = /permanent[- ]magnets?|\bPM\b|NdFeB|neodymium|rare[- ]earth magnets?|PMSMs?|PMSG/i;

const RULES: ParameterRule[] = [
  {
    application: "passenger EV",
    parameter: "pm_motor_share",
    what: "share of passenger EVs with permanent-magnet traction motors",
    all: [
      MAGNET,
      /\b(?:EVs?|NEVs?|electric (?:vehicles?|cars?)|motors?)\b/i,
      /\b(?:EVs?|NEVs?|electric|vehicles?|cars?|platforms?|models?)\b/i,
    ],
    none: /\bwind|cost|price|value|revenue|market share|demand|exports?|imports?/i,
  },
  {
    application: "wind turbine",
    parameter: "ndfeb_generator_share",
    what: "share of wind turbines with NdFeB generators",
    all: [MAGNET, /\bwind\b/i, /\b(?:turbines?|projects?|installations?|generators?|capacity)\b/i],
    none: /\bcost|price|value|revenue|demand|offshore|onshore|exports?|imports?/i,
  },
  {
    application: "all magnets",
    parameter: "eol_recycling_rate",
    what: "share of rare-earth magnets recycled at end of life",
    all: [/recycl|recover/i, /rare[- ]earths?|\bREEs?\b|magnets?/i],
    none: /capacity|content|requirement|target|benchmark|quota|mandat|minimum|by 20[3-9]\d/i,
  },
];

function range(p: KbParameter): [number, number] | null {
  const low = p.low ?? p.value;
  const high = p.high ?? (p.value !== null && p.low !== null ? Math.max(p.value, p.low) : p.value);
  return low === null || high === null ? null : [low, high];
}

/** Stated technology and recycling shares against sourced parameter ranges (plausibility, never an accusation). */
export function checkParameterRanges(ctx: CheckContext) {
  for (const c of ctx.claims) {
    const iv = claimInterval(c);
    if (c.unit !== "%" || !iv || c.is_forecast) continue;
    const year = yearOf(c.period);
    if (year !== null && year < EARLIEST_YEAR) continue;
    const clause = clauseOf(c);
    const rule = RULES.find((r) => r.all.every((re) => re.test(clause)) && !r.none.test(clause));
    if (!rule) continue;
    const p = ctx.kb.applicationParameters.find(
      (x) => x.application === rule.application && x.parameter === rule.parameter,
    );
    ctx.lookedFor(c.id, `the sourced ${rule.what} (${rule.parameter})`);
    const r = p ? range(p) : null;
    if (!p || !r) continue;
    const written = level(c) ?? c.value ?? 0;
    const slack = 0.5 * 10 ** -(String(written).split(".")[1] ?? "").length + (c.approx ? HEDGE_PP : 0);
    const ok = overlaps([iv[0] - slack, iv[1] + slack], r, 0);
    ctx.add(c.id, {
      kind: "parameter_range",
      outcome: ok ? "consistent" : "unverifiable",
      confidence: 0.4,
      message: `stated ${fmt(c.value ?? c.value_min)}% against the ${rule.what}, ${fmt(r[0])}–${fmt(r[1])}% (${p.application} ${p.parameter} [${p.id}]${slack ? `; ±${fmt(slack, 1)} pp for the rounding${c.approx ? " and hedge" : ""} of the stated figure` : ""})${ok ? "" : "; outside the sourced range, which was measured on another basis (fleet or new sales, another year), so no verdict"}`,
      expected: { value: null, low: r[0], high: r[1], unit: "%" },
      found: foundOf(c),
      sources: [p.source],
    });
  }
}
