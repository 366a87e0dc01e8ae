/**
 * @module Implied totals: where a sentence restates a tonnage as a share of global output ("2,000 t, equivalent to 7%
 * of global production"), the total it implies against the known world total of what the share is of.
 */
import type { Claim } from "../extract/schema.ts";
import { clauseOf } from "./attribution.ts";
import { claimInterval, claimRef, fmt, qty, roundingSlack, yearOf } from "./compare.ts";
import { type CheckContext, level } from "./context.ts";
import type { SourceRef } from "./knowledge-base.ts";
import { placesIn } from "./places.ts";
import { mineFigure, type Stage, stageOf } from "./known-share.ts";
import { restatedShare } from "./relation.ts";
import type { Reason, Verdict } from "./verdict.ts";

/** Relative tolerance for an implied world total against the known one (shares are rounded, bases differ). */
const IMPLIED_TOTAL_TOLERANCE = 0.1;
/** Extra tolerance when the share or the amount is hedged ("about 90%"). */
const HEDGE_TOLERANCE = 0.05;

interface KnownTotal {
  low: number;
  high: number;
  unit: string;
  label: string;
  sources: SourceRef[];
}

/** The known world total of a stage for a year: USGS world mine production; global magnet production (reference facts). */
function knownTotal(ctx: CheckContext, stage: Stage, year: number | null): KnownTotal | null {
  if (stage === "mining") {
    const w = mineFigure(ctx, "World", year);
    if (!w?.value) return null;
    return {
      low: w.value,
      high: w.value,
      unit: w.unit,
      label: `world mine production ${qty(w.value, w.unit)} in ${w.period} (${w.vintage || w.source.publisher})`,
      sources: [w.source],
    };
  }
  if (stage !== "magnets" || year === null) return null;
  const facts = ctx.kb.referenceFacts.filter(
    (f) => f.metric === "magnet_production" && f.period === String(year) && (f.value ?? f.low) !== null,
  );
  if (!facts.length) return null;
  const low = Math.min(...facts.map((f) => f.low ?? f.value!));
  const high = Math.max(...facts.map((f) => f.high ?? f.value!));
  return {
    low,
    high,
    unit: facts[0]!.unit,
    label: `global magnet production in ${year}: ${facts.map((f) => `${f.low !== null && f.high !== null ? `${fmt(f.low)}–${fmt(f.high)}` : fmt(f.value)} t (${f.massBasis}) [${f.id}]`).join("; ")}`,
    sources: facts.map((f) => f.source),
  };
}

const isTonnage = (c: Claim) =>
  (c.unit === "t" || c.unit === "t/yr" || c.unit === "t REO") && !!claimInterval(c);

/** The interval an implied total can take, from the amount's interval (bounds stay bounds) and the share. */
function impliedInterval(amount: Claim, sharePct: number): [number, number] {
  const iv = claimInterval(amount)!;
  return [iv[0] / (sharePct / 100), iv[1] / (sharePct / 100)];
}

/** Each share restated from a tonnage in its own sentence: the total it implies against the known world total. */
export function checkImpliedTotals(ctx: CheckContext) {
  for (const share of ctx.claims) {
    const pct = level(share);
    if (share.unit !== "%" || pct === null || pct <= 0 || pct > 100) continue;
    for (const amount of ctx.claims) {
      if (amount === share || !isTonnage(amount)) continue;
      const rel = restatedShare(amount, share);
      if (!rel) continue;
      // The share must be of a world total, and of what the tonnage measures.
      const others = placesIn(rel.base).filter((m) => m.place !== "world");
      if (!/global|world|worldwide|total/i.test(rel.base) || others.length) continue;
      const amountStage =
        stageOf(clauseOf(amount)) ?? stageOf(`${amount.material ?? ""} ${amount.metric}`) ?? null;
      const baseStage = stageOf(rel.base.replace(/\brare earths?\b/gi, " "));
      const year = yearOf(share.period) ?? yearOf(amount.period);
      ctx.lookedFor(share.id, `the known world total of ${rel.base}${year ? ` in ${year}` : ""}`);
      if (baseStage && amountStage && baseStage !== amountStage) {
        ctx.lookedFor(
          share.id,
          `(the share is of ${baseStage} output but ${amount.value_text} measures ${amountStage}: not one base)`,
        );
        continue;
      }
      const stage = baseStage ?? amountStage;
      const known = stage ? knownTotal(ctx, stage, year) : null;
      const implied = impliedInterval(amount, pct);
      const shown =
        implied[0] === implied[1]
          ? qty(implied[0], "t", 0)
          : Number.isFinite(implied[1])
            ? `${fmt(implied[0], 0)}–${qty(implied[1], "t", 0)}`
            : `more than ${qty(implied[0], "t", 0)}`;
      const how = `${rel.how}: ${qty(level(amount) ?? amount.value ?? amount.value_min, amount.unit)} (${amount.id}) as ${fmt(pct)}% implies a world total of ${shown}`;
      if (!known) {
        ctx.lookedFor(
          share.id,
          `${how}, but no known world total of ${stage ?? "that output"}${year ? ` for ${year}` : ""}`,
        );
        continue;
      }
      const tol =
        IMPLIED_TOTAL_TOLERANCE +
        (share.approx || amount.approx ? HEDGE_TOLERANCE : 0) +
        roundingSlack(share) +
        roundingSlack(amount);
      const [lo, hi] = [known.low * (1 - tol), known.high * (1 + tol)];
      const meets = implied[0] <= hi && implied[1] >= lo;
      const bound = implied[0] !== implied[1];
      const outcome: Verdict = !meets ? "inconsistent" : bound ? "unverifiable" : "consistent";
      const reason: Reason = {
        kind: "implied_total",
        outcome,
        dependsOn: ["period"],
        message: `${how}; known ${known.label}; accepted ${fmt(lo, 0)}–${qty(hi, "t", 0)} (±${fmt(tol * 100, 1)}%: world totals are rounded estimates revised between editions)${outcome === "unverifiable" ? "; the amount is a bound, so the implied total is only a bound and confirms nothing" : ""}`,
        expected: {
          value: known.low === known.high ? known.low : null,
          low: known.low,
          high: known.high,
          unit: known.unit,
          period: year ? String(year) : null,
        },
        found: {
          value: bound ? null : Math.round(implied[0]),
          low: implied[0],
          high: implied[1],
          unit: "t",
          period: share.period ?? amount.period,
        },
        sources: [...known.sources, claimRef(amount, ctx.article)],
      };
      ctx.add(share.id, reason);
      // The tonnage is the other half of the same comparison (an accusation is made once, on the share).
      if (outcome === "consistent")
        ctx.add(amount.id, { ...reason, sources: [...known.sources, claimRef(share, ctx.article)] });
    }
  }
}
